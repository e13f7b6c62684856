import type { Clock } from '../../bot/ports/runtime.js';
import type { StoredMessage } from '../../bot/ports/store.js';
import type { RepMessageStore } from '../../bot/ports/rep-messages.js';
import { findConversation } from './conversations.js';
import type { SqlDriver } from './driver.js';
import { json, MESSAGE_COLUMNS, type MessageRow, toMessage } from './records.js';
import { insertMessage } from './writes.js';

/** What reps write to the visitor: saved like a turn, under the conversation's lock, once per chat message id. */
export function repMessageStore(driver: SqlDriver, clock: Clock): RepMessageStore {
  return {
    addRepMessage(conversationId, externalId, decide) {
      return driver.transaction(async (tx) => {
        const conversation = await findConversation(tx, conversationId, true);
        if (!conversation) return { kind: 'not_found' } as const;
        const seen = await tx.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND external_id = $2`, [conversationId, externalId]);
        if (seen.length) return { kind: 'duplicate', messages: seen.map(toMessage) } as const;
        const commit = decide(conversation);
        const now = clock.now();
        const messages: StoredMessage[] = [];
        for (const m of commit.messages) {
          messages.push(await insertMessage(tx, conversationId, { role: m.role, text: m.text, ...(m.role === 'rep' ? { externalId } : {}) }, now));
        }
        await tx.query(`UPDATE conversation_turns SET state = $2, updated_at = $3, active_on = ($3::timestamptz AT TIME ZONE 'UTC')::date WHERE id = $1`, [conversationId, json(commit.state), now.toISOString()]);
        return { kind: 'processed', messages } as const;
      });
    },
  };
}
