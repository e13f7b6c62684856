import type { ConversationLead, ConversationRecord } from '../../bot/ports/store.js';
import type { SqlExecutor } from './driver.js';
import { type ConversationRow, OPEN, toConversation } from './records.js';

/** What a turn is decided on, read in one query outside any lock; its write checks it still holds (turn-write.ts). */
export interface TurnRead {
  conversation: ConversationRecord;
  /**
   * The lead the turn writes to, as the locked turn would find it: the conversation's own; without a
   * row of its own yet, the visitor's newest open lead of another conversation (which it would join).
   */
  lead: ConversationLead | null;
  /** The conversation row's version (its xmin): any write to the row changes it. */
  version: string;
}

type LeadJson = { id: string; status: ConversationLead['status']; qualifiedAs: ConversationLead['qualifiedAs'] };

const LEAD = (alias: string) => `json_build_object('id', ${alias}.conversation_id, 'status', ${alias}.status, 'qualifiedAs', ${alias}.qualified_as)`;

/** The conversation's two rows (migration 031): its version is its conversation_turns row's. */
const READ_TURN = `
SELECT c.id, c.visitor_id, c.lead_id, c.channel, c.external_id, t.locale, c.context, c.definition_version, t.state, c.created_at, t.updated_at,
  t.xmin::text AS version,
  COALESCE(CASE WHEN l.conversation_id IS NOT NULL THEN ${LEAD('l')} END,
    (SELECT ${LEAD('o')} FROM leads o
     WHERE l.conversation_id IS NULL AND o.status IN ${OPEN}
       AND o.conversation_id IN (SELECT lead_id FROM conversation_records WHERE visitor_id = c.visitor_id AND id <> c.id)
     ORDER BY o.updated_at DESC LIMIT 1)) AS lead,
  (SELECT id FROM messages WHERE conversation_id = $1 AND client_message_id = $2) AS answered
FROM conversation_records c JOIN conversation_turns t ON t.id = c.id LEFT JOIN leads l ON l.conversation_id = c.lead_id
WHERE c.id = $1`;

export type TurnReadRow = ConversationRow & { version: string; lead: LeadJson | null; answered: string | null };

/** The conversation with its lead and version, and the message already answering `clientMessageId` if any; null without such a conversation. */
export async function readTurnRow(db: SqlExecutor, conversationId: string, clientMessageId: string): Promise<TurnReadRow | null> {
  const [row] = await db.query<TurnReadRow>(READ_TURN, [conversationId, clientMessageId]);
  return row ?? null;
}

export function toTurnRead(row: TurnReadRow): TurnRead {
  return { conversation: toConversation(row), lead: row.lead, version: row.version };
}
