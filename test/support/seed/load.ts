import { randomUUID } from 'node:crypto';
import type { SqlExecutor } from '../../../adapters/store/driver.js';
import { newConversationState } from '../../../bot/conversation.js';
import type { SeedConversation } from './plan.js';

const EVENT_OF = { accepted: 'lead.accepted', rejected: 'lead.rejected', won: 'lead.won', lost: 'lead.lost' } as const;

/**
 * Writes a planned history into the store's tables, a batch per statement (jsonb_to_recordset), as
 * the store would have written it turn by turn: conversations with their state, answers (their
 * events), leads, the rep actions in the audit trail and the lead events. No transcript: nothing here reads one.
 */
export async function loadSeed(db: SqlExecutor, conversations: SeedConversation[], batch = 2_000): Promise<void> {
  for (let i = 0; i < conversations.length; i += batch) {
    const part = conversations.slice(i, i + batch);
    const param = (rows: unknown[]) => [JSON.stringify(rows)];
    await db.query(
      `INSERT INTO visitors (id, created_at) SELECT id, created_at FROM jsonb_to_recordset($1::jsonb) AS r(id text, created_at timestamptz)`,
      param(part.map((c) => ({ id: c.visitorId, created_at: c.createdAt }))),
    );
    await db.query(
      `WITH r AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id text, visitor_id text, channel text, locale text, context jsonb, definition_version int,
           state jsonb, decision text, answered boolean, created_at timestamptz, updated_at timestamptz)),
       c AS (
         INSERT INTO conversation_records (id, lead_id, visitor_id, channel, context, definition_version, created_at)
         SELECT id, id, visitor_id, channel, context, definition_version, created_at FROM r)
       INSERT INTO conversation_turns (id, locale, state, decision, answered, updated_at, active_on)
       SELECT id, locale, state, decision, answered, updated_at, (updated_at AT TIME ZONE 'UTC')::date FROM r`,
      param(
        part.map((c) => ({
          id: c.id,
          visitor_id: c.visitorId,
          channel: c.channel,
          locale: c.locale,
          context: { pageUrl: 'https://www.example.com/', utm: c.utm },
          definition_version: c.definitionVersion,
          state: { ...newConversationState(c.locale), decision: c.decision, answers: Object.fromEntries(c.answers.map((a) => [a.criterionId, a])) },
          decision: c.decision,
          answered: c.answers.length > 0,
          created_at: c.createdAt,
          updated_at: c.answers.at(-1)?.at ?? c.createdAt,
        })),
      ),
    );
    // Answers are their answer_recorded events (the view `answers`, migration 029), as a turn writes them.
    await db.query(
      `INSERT INTO audit_events (conversation_id, actor, type, data, at)
       SELECT conversation_id, 'bot', 'answer_recorded', data, at FROM jsonb_to_recordset($1::jsonb) AS r(conversation_id text, data text, at timestamptz)`,
      param(part.flatMap((c) => c.answers.map((a) => ({ conversation_id: c.id, data: JSON.stringify({ type: 'answer_recorded', answer: a }), at: a.at })))),
    );
    const leads = part.filter((c) => c.lead);
    await db.query(
      `INSERT INTO leads (conversation_id, score, decision, definition_version, owner_id, status, assignee, handed_off_at, qualified_as, created_at, updated_at)
       SELECT conversation_id, score, decision, definition_version, owner_id, status, assignee, handed_off_at, qualified_as, created_at, updated_at
       FROM jsonb_to_recordset($1::jsonb) AS r(conversation_id text, score jsonb, decision text, definition_version int, owner_id text,
         status text, assignee text, handed_off_at timestamptz, qualified_as text, created_at timestamptz, updated_at timestamptz)`,
      param(
        leads.map((c) => ({
          conversation_id: c.id,
          score: c.lead!.score,
          decision: c.decision,
          definition_version: c.definitionVersion,
          owner_id: c.lead!.ownerId,
          status: c.lead!.status,
          assignee: c.lead!.assignee,
          handed_off_at: c.lead!.handedOffAt,
          qualified_as: c.decision === 'sales_ready' || c.decision === 'nurture' ? c.decision : null,
          created_at: c.answers[0]!.at,
          updated_at: c.lead!.actions.at(-1)?.at ?? c.answers.at(-1)!.at,
        })),
      ),
    );
    const actions = leads.flatMap((c) => c.lead!.actions.map((a) => ({ conversation_id: c.id, actor: a.by, type: `lead.${a.type}`, data: a.detail, at: a.at })));
    await db.query(
      `INSERT INTO audit_events (conversation_id, actor, type, data, at)
       SELECT conversation_id, actor, type, data, at FROM jsonb_to_recordset($1::jsonb) AS r(conversation_id text, actor text, type text, data text, at timestamptz)`,
      param(actions),
    );
    const events = leads.flatMap((c) => {
      const lead = c.lead!;
      const qualified = c.decision === 'sales_ready' || c.decision === 'nurture' ? [{ type: 'lead.qualified', data: { decision: c.decision }, at: c.answers.at(-1)!.at }] : [];
      const handed = lead.handedOffAt ? [{ type: 'lead.handed_off', data: { decision: c.decision }, at: lead.handedOffAt }] : [];
      const acted = lead.actions.map((a) => ({ type: EVENT_OF[a.type], data: { by: a.by, ...a.detail }, at: a.at }));
      return [...qualified, ...handed, ...acted].map((e) => ({ id: randomUUID(), lead_id: c.id, type: e.type, data: e.data, created_at: e.at }));
    });
    await db.query(
      `INSERT INTO lead_events (id, lead_id, type, data, created_at)
       SELECT id, lead_id, type, data, created_at FROM jsonb_to_recordset($1::jsonb) AS r(id text, lead_id text, type text, data jsonb, created_at timestamptz)
       ORDER BY created_at`,
      param(events),
    );
  }
}
