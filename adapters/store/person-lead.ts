import type { ConversationLead, ConversationRecord, LoadedConversation, TurnCommit } from '../../bot/ports/store.js';
import type { SqlExecutor } from './driver.js';
import { findConversation } from './conversations.js';
import { CONVERSATION_COLUMNS, type ConversationRow, OPEN, toConversation } from './records.js';

/**
 * One person, one open lead. A turn of a conversation that has no lead yet belongs to the open lead
 * of the same visitor's other conversations; a turn that leaves a consented e-mail address belongs to
 * the open lead with that address (any case) — the conversation joins it, and a lead of its own that
 * sales never had folds into it. "Open" is anything sales may still act on.
 */

/**
 * Lock order (contract C14), for every transaction that locks a conversation and a lead:
 *   1. conversations, in id order, FOR NO KEY UPDATE — a turn takes all of its lead's;
 *   2. their lead(s), FOR UPDATE;
 *   3. only then other leads, older before younger (the open lead a turn joins is always older).
 * A transaction holding a lead writes rows that merely refer to a conversation (KEY SHARE: messages,
 * audit rows, outbox rows), never updates a conversation it has not locked in step 1. A turn joining
 * an older lead moves its lead's conversations — it holds them all, so no turn of theirs is waiting
 * for the lead it holds (what deadlocked before, 40P01).
 */
const LOCK_PERSON = `SELECT ${CONVERSATION_COLUMNS} FROM conversations
  WHERE lead_id = (SELECT lead_id FROM conversation_records WHERE id = $1) ORDER BY id FOR NO KEY UPDATE`;

/**
 * Step 1 for a turn of `conversationId`: locks every conversation of its lead and returns the one
 * asked for, as the last turn holding the lock left it. When a concurrent turn moved it to another
 * lead meanwhile (its lead was read before the wait), the lock is taken again on the new lead's
 * conversations. Null when there is no such conversation.
 */
export async function lockPerson(tx: SqlExecutor, conversationId: string) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const rows = await tx.query<ConversationRow>(LOCK_PERSON, [conversationId]);
    const row = rows.find((r) => r.id === conversationId);
    if (row) return toConversation(row);
    if (!(await findConversation(tx, conversationId))) return null;
  }
  // Moved three times while we waited: take the conversation's own lock, as before C14.
  return findConversation(tx, conversationId, true);
}
const COLUMNS = 'conversation_id, status, qualified_as';

type LeadRow = { conversation_id: string; status: ConversationLead['status']; qualified_as: ConversationLead['qualifiedAs'] };
const toLead = (row: LeadRow | undefined): ConversationLead | null =>
  row ? { id: row.conversation_id, status: row.status, qualifiedAs: row.qualified_as } : null;

/**
 * The oldest open lead with this e-mail address other than `current`, created before it, locked. Only
 * older ones: of two leads of one person, the younger joins the older, never both each other.
 */
async function emailOpenLead(tx: SqlExecutor, email: string, current: string): Promise<ConversationLead | null> {
  const [row] = await tx.query<LeadRow>(
    `SELECT ${COLUMNS} FROM leads
     WHERE email = $1 AND status IN ${OPEN} AND conversation_id <> $2
       AND created_at < COALESCE((SELECT created_at FROM leads WHERE conversation_id = $2), 'infinity')
     ORDER BY created_at, conversation_id LIMIT 1 FOR UPDATE`,
    [email, current],
  );
  return toLead(row);
}

export interface PersonTurn {
  commit: TurnCommit;
  /** The lead the turn writes to: the conversation's own id, or the person's open lead it joined. */
  leadId: string;
  before: ConversationLead | null;
}

/**
 * Decides the turn against the person's lead. `decide` is pure, so when the turn itself tells who the
 * person is (a consented e-mail address) it is asked again with their lead in hand. `found` is what
 * the caller read, locked: the conversation's own lead (null before its first turn) and, without
 * one, the visitor's newest open lead of another conversation.
 */
export async function decideForPerson(
  tx: SqlExecutor,
  loaded: Omit<LoadedConversation, 'lead'>,
  found: { current: ConversationLead | null; visitorOpen: ConversationLead | null },
  decide: (loaded: LoadedConversation) => TurnCommit,
): Promise<PersonTurn> {
  const { conversation } = loaded;
  const { current } = found;
  let lead = current ?? found.visitorOpen;
  let commit = decide({ ...loaded, lead });
  // A lead already with sales keeps its conversations; one they never had may still find its person.
  if (commit.email && (current === null || current.status === 'open')) {
    const byEmail = await emailOpenLead(tx, commit.email, lead?.id ?? conversation.leadId);
    if (byEmail) {
      lead = byEmail;
      commit = decide({ ...loaded, lead });
    }
  }
  const leadId = lead?.id ?? conversation.leadId;
  if (leadId !== conversation.leadId) await joinLead(tx, conversation, current, leadId);
  return { commit, leadId, before: lead };
}

/** The conversation (with any other conversation of its former lead) joins `leadId`; the former lead's events move along. */
async function joinLead(tx: SqlExecutor, conversation: ConversationRecord, former: ConversationLead | null, leadId: string): Promise<void> {
  if (!former) {
    await tx.query('UPDATE conversation_records SET lead_id = $2 WHERE id = $1', [conversation.id, leadId]);
    return;
  }
  await tx.query('UPDATE conversation_records SET lead_id = $2 WHERE lead_id = $1', [former.id, leadId]);
  await tx.query('UPDATE lead_events SET lead_id = $2 WHERE lead_id = $1', [former.id, leadId]);
  await tx.query('DELETE FROM leads WHERE conversation_id = $1', [former.id]);
}
