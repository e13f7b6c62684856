import { LeadEvent } from '../../bot/lead/events.js';
import { type LeadView, toLeadView } from '../../bot/lead/view.js';
import type { LeadStatus } from '../../bot/lead/status.js';
import { LeadDefinition } from '../../qualification/definition/schema.js';
import type { Decision, ScoreResult } from '../../qualification/score/result.js';
import type { Channel, VisitContext } from '../../bot/ports/store.js';
import type { Locale } from '../../qualification/definition/schema.js';
import type { SqlExecutor } from './driver.js';
import { ANSWER_COLUMNS, type AnswerRow, iso, isoOrNull, toAnswer } from './records.js';

interface LeadRow {
  conversation_id: string;
  status: LeadStatus;
  decision: Decision;
  score: ScoreResult;
  owner_id: string | null;
  assignee: string | null;
  definition_version: number;
  created_at: Date | string;
  handed_off_at: Date | string | null;
}

interface ConversationRow {
  id: string;
  channel: Channel;
  locale: Locale;
  context: VisitContext;
}

/** The lead's conversations, oldest first. */
const CONVERSATIONS = 'SELECT id, channel, locale, context FROM conversations WHERE lead_id = $1 ORDER BY created_at, id';

/** Everything the view shows, read in one snapshot of the lead and its conversations. */
export async function readLeadView(db: SqlExecutor, leadId: string): Promise<LeadView | null> {
  const [lead] = await db.query<LeadRow>(
    `SELECT conversation_id, status, decision, score::json AS score, owner_id, assignee, definition_version, created_at, handed_off_at
     FROM leads WHERE conversation_id = $1`,
    [leadId],
  );
  if (!lead) return null;
  const conversations = await db.query<ConversationRow>(CONVERSATIONS, [leadId]);
  const ids = JSON.stringify(conversations.map((c) => c.id));
  const answers = await db.query<AnswerRow>(
    `SELECT DISTINCT ON (criterion) ${ANSWER_COLUMNS} FROM answers
     WHERE conversation_id IN (SELECT jsonb_array_elements_text($1::jsonb))
     ORDER BY criterion, at DESC, seq DESC`,
    [ids],
  );
  const [consent] = await db.query<{ granted: boolean }>(
    `SELECT granted FROM consents
     WHERE visitor_id IN (SELECT visitor_id FROM conversations WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)))
     ORDER BY seq DESC LIMIT 1`,
    [ids],
  );
  const [outcome] = await db.query<{ id: string; type: string; data: unknown; created_at: Date | string }>(
    `SELECT id, type, data, created_at FROM lead_events
     WHERE lead_id = $1 AND type IN ('lead.won', 'lead.lost', 'lead.rejected') ORDER BY seq DESC LIMIT 1`,
    [leadId],
  );
  const [version] = await db.query<{ definition: unknown }>('SELECT definition FROM definition_versions WHERE version = $1', [lead.definition_version]);
  if (!version) throw new Error(`definition version ${lead.definition_version} of lead ${leadId} is missing`);
  return toLeadView(LeadDefinition.parse(version.definition), {
    lead: {
      id: lead.conversation_id,
      status: lead.status,
      decision: lead.decision,
      score: lead.score,
      ownerId: lead.owner_id,
      assignee: lead.assignee,
      createdAt: iso(lead.created_at),
      handedOffAt: isoOrNull(lead.handed_off_at),
    },
    conversations,
    answers: answers.map(toAnswer),
    consented: consent?.granted ?? false,
    outcome: outcome ? LeadEvent.parse({ id: outcome.id, type: outcome.type, leadId, createdAt: iso(outcome.created_at), data: outcome.data }) : null,
  });
}
