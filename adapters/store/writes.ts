import { randomUUID } from 'node:crypto';
import type { Answer } from '../../qualification/answer.js';
import type { BotEvent, Reply } from '../../bot/conversation.js';
import type { StoredMessage } from '../../bot/ports/store.js';
import type { SqlExecutor } from './driver.js';
import { json, MESSAGE_COLUMNS, type MessageRow, toMessage } from './records.js';

export interface NewMessage {
  role: StoredMessage['role'];
  text: string;
  choice?: string;
  choices?: Reply['choices'];
  asking?: string | null;
  clientMessageId?: string;
  externalId?: string;
  replyTo?: string;
}

export async function insertMessage(tx: SqlExecutor, conversationId: string, message: NewMessage, now: Date): Promise<StoredMessage> {
  const [row] = await tx.query<MessageRow>(
    `INSERT INTO messages (id, conversation_id, role, text, choice, choices, asking, client_message_id, external_id, reply_to, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
     RETURNING ${MESSAGE_COLUMNS}`,
    [
      randomUUID(),
      conversationId,
      message.role,
      message.text,
      message.choice ?? null,
      message.choices ? json(message.choices) : null,
      message.asking ?? null,
      message.clientMessageId ?? null,
      message.externalId ?? null,
      message.replyTo ?? null,
      now.toISOString(),
    ],
  );
  return toMessage(row!);
}

/** Bot replies in order; `replyTo` links them to the visitor message they answer. */
export async function insertReplies(tx: SqlExecutor, conversationId: string, replies: Reply[], replyTo: string | undefined, now: Date) {
  const saved: StoredMessage[] = [];
  for (const reply of replies) {
    saved.push(
      await insertMessage(tx, conversationId, { role: 'bot', text: reply.text, choices: reply.choices, asking: reply.asking ?? null, replyTo }, now),
    );
  }
  return saved;
}

export async function insertAnswers(
  tx: SqlExecutor,
  owner: { conversationId: string; visitorId: string; messageId: string },
  answers: Answer[],
) {
  for (const answer of answers) {
    await tx.query(
      `INSERT INTO answers (conversation_id, visitor_id, message_id, criterion, value, raw, source, confidence, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [owner.conversationId, owner.visitorId, owner.messageId, answer.criterionId, json(answer.value), answer.raw, answer.source, answer.confidence, answer.at],
    );
  }
}

export async function insertAudit(
  tx: SqlExecutor,
  conversationId: string,
  entry: { actor: string; type: string; data: Record<string, unknown> },
  now: Date,
) {
  await tx.query('INSERT INTO audit_events (conversation_id, actor, type, data, at) VALUES ($1, $2, $3, $4, $5)', [
    conversationId,
    entry.actor,
    entry.type,
    json(entry.data),
    now.toISOString(),
  ]);
}

/** The engine's events become the audit trail; consent changes are also kept as consent records. */
export async function recordEvents(tx: SqlExecutor, owner: { conversationId: string; visitorId: string }, events: BotEvent[], now: Date) {
  for (const event of events) {
    if (event.type === 'consent_changed') {
      await tx.query('INSERT INTO consents (visitor_id, conversation_id, granted, at) VALUES ($1, $2, $3, $4)', [
        owner.visitorId,
        owner.conversationId,
        event.consent === 'granted',
        now.toISOString(),
      ]);
    }
    await insertAudit(tx, owner.conversationId, { actor: 'bot', type: event.type, data: event }, now);
  }
}
