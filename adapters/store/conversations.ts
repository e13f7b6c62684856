import { randomUUID } from 'node:crypto';
import type { Answer } from '../../qualification/answer.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { ConversationRecord, ConversationStore, LeadStatus, StoredMessage } from '../../bot/ports/store.js';
import type { Decision } from '../../qualification/score/result.js';
import { constantTimeEqual } from '../http/constant-time.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import {
  ANSWER_COLUMNS,
  type AnswerRow,
  CONVERSATION_COLUMNS,
  type ConversationRow,
  iso,
  MESSAGE_COLUMNS,
  type MessageRow,
  toAnswer,
  toConversation,
  toMessage,
} from './records.js';
import { startConversation } from './conversation-start.js';
import type { TurnCache } from './turn-cache.js';
import { type TurnTypes, turnTypes } from './turn-write.js';
import { readTurnRow, toTurnRead } from './turn-read.js';

/**
 * `lock` takes the row FOR NO KEY UPDATE: turns of one conversation still wait for each other, while
 * a transaction that holds the conversation's lead (a rep's action) can still add rows referring to
 * the conversation (audit records, outbox rows) instead of deadlocking with a turn waiting for the lead.
 */
export async function findConversation(db: SqlExecutor, id: string, lock = false) {
  const rows = await db.query<ConversationRow>(
    `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE id = $1${lock ? ' FOR NO KEY UPDATE' : ''}`,
    [id],
  );
  return rows[0] ? toConversation(rows[0]) : null;
}

/** Whether `visitorId` (when given) owns the conversation; compared in constant time, it is the visitor's secret. */
export function belongsTo(conversation: Pick<ConversationRecord, 'visitorId'>, visitorId: string | undefined): boolean {
  return visitorId === undefined || constantTimeEqual(conversation.visitorId, visitorId);
}

/** The visitor's answers from all their conversations, the newest per criterion: found by conversation (migration 024). */
async function visitorAnswers(db: SqlExecutor, visitorId: string): Promise<Answer[]> {
  const rows = await db.query<AnswerRow>(
    `SELECT DISTINCT ON (criterion) ${ANSWER_COLUMNS} FROM answers
     WHERE conversation_id IN (SELECT id FROM conversations WHERE visitor_id = $1)
     ORDER BY criterion, at DESC, seq DESC`,
    [visitorId],
  );
  return rows.map(toAnswer);
}

export async function messagesOf(db: SqlExecutor, conversationId: string): Promise<StoredMessage[]> {
  const rows = await db.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 ORDER BY seq`, [
    conversationId,
  ]);
  return rows.map(toMessage);
}

type Lifecycle = Pick<
  ConversationStore,
  'createConversation' | 'findByExternalId' | 'load' | 'peekTurn' | 'offeredChoices' | 'visitorAnswers' | 'rememberedConsent' | 'transcript'
>;

/**
 * `turns`: the turn runner's memory (turns.ts), told of each conversation started, so that its first turn needs no read either.
 * `known`: the oids of the types the first rows are sent as (turn-write.ts), else read at the first start.
 */
export function conversationLifecycle(driver: SqlDriver, clock: Clock, turns?: TurnCache, known: TurnTypes | null = null): Lifecycle {
  let types = known;
  return {
    async createConversation(input) {
      const now = clock.now();
      const visitorId = input.visitorId ?? randomUUID();
      types ??= await turnTypes(driver);
      const started = await startConversation(driver, types, input, { id: randomUUID(), visitorId }, now);
      if (started) {
        const { conversation, messages, version } = started;
        // A new conversation has no lead row yet; a visitor's open lead elsewhere fails the turn's check, which then reads.
        turns?.wrote(conversation, { version, lead: null });
        return { conversation, messages, created: true };
      }
      // Another request started this channel conversation first (committed: its key stopped ours): both callers get that one.
      const [existing] = await driver.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE channel = $1 AND external_id = $2`, [
        input.channel,
        input.externalId,
      ]);
      return { conversation: toConversation(existing!), messages: await messagesOf(driver, existing!.id), created: false };
    },

    async findByExternalId(channel, externalId) {
      const rows = await driver.query<ConversationRow>(
        `SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE channel = $1 AND external_id = $2`,
        [channel, externalId],
      );
      return rows[0] ? toConversation(rows[0]) : null;
    },

    async load(conversationId) {
      const [row] = await driver.query<ConversationRow & { lead_status: LeadStatus | null; qualified_as: Decision | null }>(
        `SELECT ${CONVERSATION_COLUMNS.split(', ').map((c) => `c.${c}`).join(', ')}, l.status AS lead_status, l.qualified_as
         FROM conversations c LEFT JOIN leads l ON l.conversation_id = c.lead_id WHERE c.id = $1`,
        [conversationId],
      );
      if (!row) return null;
      const lead = row.lead_status === null ? null : { id: row.lead_id, status: row.lead_status, qualifiedAs: row.qualified_as };
      return { conversation: toConversation(row), lead };
    },

    async peekTurn(conversationId, clientMessageId, visitorId) {
      const row = await readTurnRow(driver, conversationId, clientMessageId);
      // Ownership first, in constant time: a stranger learns nothing about which client ids were answered.
      if (!row || !constantTimeEqual(row.visitor_id, visitorId)) return { kind: 'not_found' };
      // An answered message needs no state: its state is not parsed.
      return row.answered ? { kind: 'answered' } : { kind: 'open', ...toTurnRead(row) };
    },

    async offeredChoices(conversationId) {
      const [latest] = await driver.query<Pick<MessageRow, 'choices'>>(
        `SELECT choices FROM messages WHERE conversation_id = $1 AND role = 'bot' ORDER BY seq DESC LIMIT 1`,
        [conversationId],
      );
      return latest?.choices ?? [];
    },

    visitorAnswers: (visitorId) => visitorAnswers(driver, visitorId),

    async rememberedConsent(visitorId) {
      const [latest] = await driver.query<{ granted: boolean; at: Date | string; text_version: string | null }>(
        'SELECT granted, at, text_version FROM consents WHERE visitor_id = $1 ORDER BY seq DESC LIMIT 1',
        [visitorId],
      );
      return latest?.granted ? { at: iso(latest.at), textVersion: latest.text_version } : null;
    },

    async transcript(conversationId) {
      const [exists] = await driver.query('SELECT 1 FROM conversations WHERE id = $1', [conversationId]);
      return exists ? messagesOf(driver, conversationId) : null;
    },
  };
}
