import { qualifiedAfter } from '../../bot/lead/events.js';
import type { ConversationLead, TurnCommit } from '../../bot/ports/store.js';
import type { SqlExecutor } from './driver.js';
import { type LeadEventSinks, recordLeadEvents } from './lead-events.js';
import { json } from './records.js';

/**
 * The lead's part of a turn, kept apart so the turn's writes can be batched around it: the lead is
 * locked before the turn decides (two conversations of one lead update it one at a time), then
 * saved with the turn's events in the turn's transaction.
 */

export async function conversationLead(db: SqlExecutor, leadId: string, lock = false): Promise<ConversationLead | null> {
  const [row] = await db.query<{ conversation_id: string; status: ConversationLead['status']; qualified_as: ConversationLead['qualifiedAs'] }>(
    `SELECT conversation_id, status, qualified_as FROM leads WHERE conversation_id = $1${lock ? ' FOR UPDATE' : ''}`,
    [leadId],
  );
  return row ? { id: row.conversation_id, status: row.status, qualifiedAs: row.qualified_as } : null;
}

export interface TurnLeadWrite {
  leadId: string;
  /** The conversation whose turn it is: the lead's own, or a later one of the same person. */
  conversationId: string;
  before: ConversationLead | null;
  definitionVersion: number;
  commit: Pick<TurnCommit, 'lead' | 'leadEvents' | 'email'>;
  sinks: LeadEventSinks;
  now: Date;
}

export async function saveTurnLead(tx: SqlExecutor, write: TurnLeadWrite): Promise<void> {
  const { leadId, commit, now } = write;
  const { lead } = commit;
  const qualifiedAs = qualifiedAfter(write.before?.qualifiedAs ?? null, commit.leadEvents);
  // A later conversation of the person that has not got far yet does not undo what an earlier one decided.
  const keepsVerdict = leadId !== write.conversationId && lead.decision === 'incomplete';
  await tx.query(
    `INSERT INTO leads (conversation_id, score, decision, definition_version, owner_id, qualified_as, email, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8)
     ON CONFLICT (conversation_id) DO UPDATE SET
       score = CASE WHEN $9 THEN leads.score ELSE excluded.score END,
       decision = CASE WHEN $9 THEN leads.decision ELSE excluded.decision END,
       definition_version = CASE WHEN $9 THEN leads.definition_version ELSE excluded.definition_version END,
       owner_id = CASE WHEN $9 THEN leads.owner_id ELSE excluded.owner_id END,
       qualified_as = excluded.qualified_as, email = COALESCE(excluded.email, leads.email), updated_at = excluded.updated_at`,
    [leadId, json(lead.score), lead.decision, write.definitionVersion, lead.ownerId, qualifiedAs, commit.email, now.toISOString(), keepsVerdict],
  );
  await recordLeadEvents(tx, leadId, commit.leadEvents, write.sinks, now);
}
