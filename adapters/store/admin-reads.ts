import type { Channel, ConversationStore, LeadRecord } from '../../bot/ports/store.js';
import type { Decision, ScoreResult } from '../../qualification/score/result.js';
import type { SqlExecutor } from './driver.js';
import { findConversation, messagesOf } from './conversations.js';
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

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

interface SummaryRow {
  id: string;
  visitor_id: string;
  channel: Channel;
  locale: 'en' | 'fi' | 'sv' | 'pl';
  decision: Decision;
  status: LeadRecord['status'] | null;
  owner_id: string | null;
  created_at: Date;
  updated_at: Date;
}

interface LeadRow {
  conversation_id: string;
  score: ScoreResult;
  decision: Decision;
  owner_id: string | null;
  status: LeadRecord['status'];
  definition_version: number;
  updated_at: Date;
}

async function leadRecord(db: SqlExecutor, leadId: string): Promise<LeadRecord | null> {
  const [lead] = await db.query<LeadRow>(
    `SELECT conversation_id, score::json AS score, decision, owner_id, status, definition_version, updated_at FROM leads WHERE conversation_id = $1`,
    [leadId],
  );
  return lead
    ? {
        conversationId: lead.conversation_id,
        score: lead.score,
        decision: lead.decision,
        ownerId: lead.owner_id,
        status: lead.status,
        definitionVersion: lead.definition_version,
        updatedAt: iso(lead.updated_at),
      }
    : null;
}

export function adminReads(db: SqlExecutor): Pick<ConversationStore, 'listConversations' | 'conversationDetail' | 'leadDetail'> {
  return {
    async listConversations(filter) {
      const limit = Math.min(Math.max(filter.limit ?? DEFAULT_PAGE, 1), MAX_PAGE);
      const rows = await db.query<SummaryRow>(
        `SELECT c.id, c.visitor_id, c.channel, c.locale, c.decision, l.status, l.owner_id, c.created_at, c.updated_at
         FROM conversations c LEFT JOIN leads l ON l.conversation_id = c.lead_id
         WHERE ($1::text IS NULL OR c.decision = $1)
           AND ($2::timestamptz IS NULL OR c.created_at >= $2)
           AND ($3::timestamptz IS NULL OR c.created_at < $3)
         ORDER BY c.created_at DESC, c.id DESC
         LIMIT $4 OFFSET $5`,
        [filter.decision ?? null, filter.from ?? null, filter.to ?? null, limit, Math.max(filter.offset ?? 0, 0)],
      );
      return rows.map((r) => ({
        id: r.id,
        visitorId: r.visitor_id,
        channel: r.channel,
        locale: r.locale,
        decision: r.decision,
        status: r.status,
        ownerId: r.owner_id,
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
      }));
    },

    async conversationDetail(conversationId) {
      const conversation = await findConversation(db, conversationId);
      if (!conversation) return null;
      const answers = await db.query<AnswerRow>(`SELECT ${ANSWER_COLUMNS} FROM answers WHERE conversation_id = $1 ORDER BY seq`, [conversationId]);
      return {
        conversation,
        messages: await messagesOf(db, conversationId),
        answers: answers.map(toAnswer),
        lead: await leadRecord(db, conversation.leadId),
      };
    },

    // Four reads that need only the lead's id, sent at once: each Slack card is drawn from this, and on
    // PGlite one after another they queued behind the visitors' turns four times (bench/handoff.ts).
    async leadDetail(leadId) {
      const [lead, [newest], messages, answers] = await Promise.all([
        leadRecord(db, leadId),
        db.query<ConversationRow>(`SELECT ${CONVERSATION_COLUMNS} FROM conversations WHERE lead_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [leadId]),
        db.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id IN (SELECT id FROM conversations WHERE lead_id = $1) ORDER BY seq`, [leadId]),
        db.query<AnswerRow & { seq: string }>(
          `SELECT * FROM (SELECT DISTINCT ON (criterion) seq, ${ANSWER_COLUMNS} FROM answers
             WHERE conversation_id IN (SELECT id FROM conversations WHERE lead_id = $1)
             ORDER BY criterion, at DESC, seq DESC) newest ORDER BY seq`,
          [leadId],
        ),
      ]);
      if (!newest) return null;
      return { conversation: toConversation(newest), messages: messages.map(toMessage), answers: answers.map(toAnswer), lead };
    },
  };
}
