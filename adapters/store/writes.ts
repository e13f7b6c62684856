import { randomUUID } from 'node:crypto';
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

/** One statement for a list of rows, kept in list order (each turn writes several of each). */
const ROWS = 'jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(v, n)';

/** Bot replies in order; `replyTo` links them to the visitor message they answer. */
export async function insertReplies(tx: SqlExecutor, conversationId: string, replies: Reply[], replyTo: string | undefined, now: Date) {
  if (replies.length === 0) return [];
  const rows = await tx.query<MessageRow & { seq: string | number }>(
    `INSERT INTO messages (id, conversation_id, role, text, choices, asking, reply_to, created_at)
     SELECT r.v->>'id', $2, 'bot', r.v->>'text', NULLIF(r.v->'choices', 'null'::jsonb), r.v->>'asking', $3, $4
     FROM ${ROWS} ORDER BY r.n
     RETURNING seq, ${MESSAGE_COLUMNS}`,
    [
      json(replies.map((reply) => ({ id: randomUUID(), text: reply.text, choices: reply.choices ?? null, asking: reply.asking ?? null }))),
      conversationId,
      replyTo ?? null,
      now.toISOString(),
    ],
  );
  return rows.sort((a, b) => Number(a.seq) - Number(b.seq)).map(toMessage);
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
    if (event.type !== 'consent_changed') continue;
    await tx.query('INSERT INTO consents (visitor_id, conversation_id, granted, at, text, text_version) VALUES ($1, $2, $3, $4, $5, $6)', [
      owner.visitorId,
      owner.conversationId,
      event.consent === 'granted',
      now.toISOString(),
      event.text ?? null,
      event.textVersion ?? null,
    ]);
  }
  if (events.length === 0) return;
  await tx.query(
    `INSERT INTO audit_events (conversation_id, actor, type, data, at)
     SELECT $2, 'bot', r.v->>'type', r.v, $3 FROM ${ROWS} ORDER BY r.n`,
    [json(events), owner.conversationId, now.toISOString()],
  );
}
