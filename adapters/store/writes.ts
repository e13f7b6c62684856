import { randomUUID } from 'node:crypto';
import type { Reply } from '../../bot/conversation.js';
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
