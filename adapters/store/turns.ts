import type { Clock } from '../../bot/ports/runtime.js';
import type { ConversationLead, ConversationRecord, ConversationStore, StoredMessage, TurnCommit, TurnOutcome } from '../../bot/ports/store.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { belongsTo } from './conversations.js';
import type { LeadEventSinks } from './lead-events.js';
import { decideForPerson, lockPerson } from './person-lead.js';
import { MESSAGE_COLUMNS, type MessageRow, OPEN, toConversation, toMessage } from './records.js';
import { readTurnRow, type TurnRead, toTurnRead } from './turn-read.js';
import { type TurnCache, turnCache } from './turn-cache.js';
import { type TurnTypes, type TurnWrite, turnTypes, writeTurn, writeTurnIf } from './turn-write.js';

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
               AND status IN ${OPEN} AND conversation_id IN (SELECT lead_id FROM conversation_records WHERE visitor_id = $4 AND id <> $2)
             ORDER BY updated_at DESC LIMIT 1 FOR UPDATE) AS visitor_open,
            (SELECT id FROM messages WHERE conversation_id = $2 AND client_message_id = $3) AS answered`,
    [conversation.leadId, conversation.id, clientMessageId, conversation.visitorId],
  );
  return { current: row?.current ?? null, visitorOpen: row?.visitor_open ?? null, answered: row?.answered ?? null };
}

/** The replies to a visitor's message, found within its conversation (a conversation's messages are one index range). */
async function repliesTo(tx: SqlExecutor, conversationId: string, messageId: string): Promise<StoredMessage[]> {
  const rows = await tx.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND reply_to = $2 ORDER BY seq`, [
    conversationId,
    messageId,
  ]);
  return rows.map(toMessage);
}

/** Optimistic tries before a turn takes the locks: each one lost to a turn or a rep who wrote first. */
const TRIES = 3;

/**
 * The common turn in one round trip and no transaction: decided on what this process's last turn of the
 * conversation left (turn-cache.ts), else on one read (the service's peek, or its own), then one
 * statement writing everything if what the turn was decided on still holds (turn-write.ts); when
 * another writer came first, read and decide again. A turn that joins the person's other open lead
 * (see person-lead.ts) — or keeps losing — takes the locks instead (`locked`).
 */
export function turnRunner(
  driver: SqlDriver,
  clock: Clock,
  sinks: LeadEventSinks,
  cache: TurnCache = turnCache(),
  known: TurnTypes | null = null,
): Pick<ConversationStore, 'runTurn' | 'remembered'> {
  // The oids of the types a turn's rows are sent as (record-array.ts), read as the store opens, else
  // on its first turn. A type made anew (a restore from a dump) has another oid; PostgreSQL (15 to 18)
  // reads an array's records by the type it expects and does not hold the array to the oid it names.
  let types = known;
  return {
    remembered: (conversationId) => cache.remembered(conversationId),
    async runTurn(conversationId, clientMessageId, decide, visitorId, peeked) {
      types ??= await turnTypes(driver);
      // Each read's owner is checked once, where it comes from (a check hashes both ids).
      let read: TurnRead | null = null;
      if (peeked?.kind === 'open' && peeked.conversation.id === conversationId) {
        if (!belongsTo(peeked.conversation, visitorId)) return { kind: 'not_found' };
        read = peeked;
      } else {
        const cached = cache.read(conversationId, clientMessageId);
        // Someone else's id gets no answer from memory: the read below tells not_found in constant time.
        if (cached && belongsTo(cached.conversation, visitorId)) read = cached;
      }
      for (let attempt = 0; attempt < TRIES; attempt++) {
        if (!read) {
          const row = await readTurnRow(driver, conversationId, clientMessageId);
          // Ownership first, in constant time (a replayed client id of someone else's is not_found too).
          if (!row || !belongsTo({ visitorId: row.visitor_id }, visitorId)) return { kind: 'not_found' };
          if (row.answered) return { kind: 'duplicate', messages: await repliesTo(driver, conversationId, row.answered), state: toConversation(row).state };
          read = toTurnRead(row);
        }
        const { conversation, lead, version } = read;
        // Joining the person's other open lead moves rows of both: a locked turn's work.
        if (lead && lead.id !== conversation.leadId) break;
        const commit = decide({ conversation, lead });
        const now = clock.now();
        const stored = await writeTurnIf(driver, { version, lead }, turnWrite(conversation, lead, clientMessageId, commit, now));
        if (stored.written) {
          const { messages, version, lead: after } = stored.written;
          cache.wrote({ ...conversation, state: commit.state, locale: commit.state.locale, updatedAt: now.toISOString() }, { version, lead: after }, clientMessageId);
          return { kind: 'processed', messages, state: commit.state };
        }
        cache.forget(conversationId);
        if (stored.joins) break;
        read = null;
      }
      return locked(conversationId, clientMessageId, decide, visitorId);
    },
  };

  function turnWrite(conversation: ConversationRecord, before: ConversationLead | null, clientMessageId: string, commit: TurnCommit, now: Date, leadId = conversation.leadId): TurnWrite {
    const { id: conversationId, visitorId, definitionVersion } = conversation;
    return { types: types!, conversationId, leadId, visitorId, definitionVersion, clientMessageId, commit, leadBefore: before, sinks, now };
  }

  /**
   * The turn in one transaction of five round trips: BEGIN, the row locks, the turn's context, one
   * statement writing everything, COMMIT. (A turn that brings a consented e-mail address looks further
   * for the person's open lead, and one that joins it moves the lead's rows: see person-lead.ts.)
   */
  function locked(...[conversationId, clientMessageId, decide, visitorId]: Parameters<ConversationStore['runTurn']>): Promise<TurnOutcome> {
    // What it writes may move the conversation to another lead: its next turn reads.
    cache.forget(conversationId);
    return driver.transaction(async (tx) => {
      // The row locks serialise turns of one person's conversations across instances (C14, see
      // person-lead.ts): the second waits and then reads the first one's state.
      const conversation = await lockPerson(tx, conversationId);
      if (!conversation || !belongsTo(conversation, visitorId)) return { kind: 'not_found' } as const;
      const { answered, ...found } = await turnContext(tx, conversation, clientMessageId);
      if (answered) return { kind: 'duplicate', messages: await repliesTo(tx, conversation.id, answered), state: conversation.state } as const;

      const { commit, leadId, before } = await decideForPerson(tx, { conversation }, found, decide);
      const { messages } = await writeTurn(tx, turnWrite(conversation, before, clientMessageId, commit, clock.now(), leadId));
      return { kind: 'processed', messages, state: commit.state } as const;
    });
  }
}
