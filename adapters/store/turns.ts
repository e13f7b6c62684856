import type { Clock } from '../../bot/ports/runtime.js';
import type { ConversationLead, ConversationRecord, ConversationStore, StoredMessage } from '../../bot/ports/store.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { belongsTo } from './conversations.js';
import type { LeadEventSinks } from './lead-events.js';
import { decideForPerson, lockPerson, OPEN } from './person-lead.js';
import { MESSAGE_COLUMNS, type MessageRow, toMessage } from './records.js';
import { writeTurn } from './turn-write.js';

type LeadJson = { id: string; status: ConversationLead['status']; qualifiedAs: ConversationLead['qualifiedAs'] } | null;

/**
 * What a turn reads once it holds the conversation, in one query: the conversation's lead (locked, so
 * two conversations of one lead update it one at a time); without one, the visitor's newest open lead
 * of another conversation (locked: the turn may join it, see person-lead.ts); and whether this client
 * message was already answered. A statement of its own after the lock, so that it sees what a turn
 * we waited for committed.
 */
async function turnContext(tx: SqlExecutor, conversation: ConversationRecord, clientMessageId: string) {
  const lead = `json_build_object('id', conversation_id, 'status', status, 'qualifiedAs', qualified_as)`;
  const [row] = await tx.query<{ current: LeadJson; visitor_open: LeadJson; answered: string | null }>(
    `SELECT (SELECT ${lead} FROM leads WHERE conversation_id = $1 FOR UPDATE) AS current,
            (SELECT ${lead} FROM leads
             WHERE NOT EXISTS (SELECT 1 FROM leads WHERE conversation_id = $1)
               AND status IN ${OPEN} AND conversation_id IN (SELECT lead_id FROM conversations WHERE visitor_id = $4 AND id <> $2)
             ORDER BY updated_at DESC LIMIT 1 FOR UPDATE) AS visitor_open,
            (SELECT id FROM messages WHERE conversation_id = $2 AND client_message_id = $3) AS answered`,
    [conversation.leadId, conversation.id, clientMessageId, conversation.visitorId],
  );
  return { current: row?.current ?? null, visitorOpen: row?.visitor_open ?? null, answered: row?.answered ?? null };
}

async function repliesTo(tx: SqlExecutor, messageId: string): Promise<StoredMessage[]> {
  const rows = await tx.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE reply_to = $1 ORDER BY seq`, [messageId]);
  return rows.map(toMessage);
}

/**
 * One turn in five round trips whatever it writes: BEGIN, the row lock, the turn's context, one
 * statement writing everything, COMMIT. (A turn that brings a consented e-mail address looks further
 * for the person's open lead, and one that joins it moves the lead's rows: see person-lead.ts.)
 */
export function turnRunner(driver: SqlDriver, clock: Clock, sinks: LeadEventSinks): Pick<ConversationStore, 'runTurn'> {
  return {
    runTurn(conversationId, clientMessageId, decide, visitorId) {
      return driver.transaction(async (tx) => {
        // The row locks serialise turns of one person's conversations across instances (C14, see
        // person-lead.ts): the second waits and then reads the first one's state.
        const conversation = await lockPerson(tx, conversationId);
        if (!conversation || !belongsTo(conversation, visitorId)) return { kind: 'not_found' } as const;
        const { answered, ...found } = await turnContext(tx, conversation, clientMessageId);
        if (answered) return { kind: 'duplicate', messages: await repliesTo(tx, answered), state: conversation.state } as const;

        const { commit, leadId, before } = await decideForPerson(tx, { conversation }, found, decide);
        const messages = await writeTurn(tx, {
          conversationId,
          leadId,
          visitorId: conversation.visitorId,
          definitionVersion: conversation.definitionVersion,
          clientMessageId,
          commit,
          leadBefore: before,
          sinks,
          now: clock.now(),
        });
        return { kind: 'processed', messages, state: commit.state } as const;
      });
    },
  };
}
