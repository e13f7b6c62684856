import { randomUUID } from 'node:crypto';
import { ConversationState } from '../../bot/conversation.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { ErasureCounts, PeopleStore, PersonExport } from '../../bot/ports/people.js';
import { RELAY_KIND } from '../../bot/service/relay.js';
import { LeadDefinition } from '../../qualification/definition/schema.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { OUTBOX_CHANNEL } from './outbox.js';
import { json } from './records.js';

/** What every erased text becomes. */
export const ERASED = '[erased]';

interface PersonRows {
  conversations: Array<{ id: string; visitor_id: string; lead_id: string; definition_version: number }>;
  ids: string;
  visitorIds: string[];
  leadIds: string;
}

/**
 * The person: conversations with an answer equal to the address (any criterion, any case), or whose
 * lead has it; then every conversation of the same visitors (browsers) and of the same leads.
 * The answers are their answer_recorded events (the view `answers`, migration 029): read here straight
 * from the events whose text holds the address as JSON writes it ($2), so that only those are parsed,
 * not every answer ever given (through the view, ten times the time the table's scan took).
 */
async function findPerson(tx: SqlExecutor, email: string, lock: boolean): Promise<PersonRows> {
  const conversations = await tx.query<PersonRows['conversations'][number]>(
    `WITH said AS (
       SELECT DISTINCT conversation_id FROM audit_events
       WHERE type = 'answer_recorded' AND strpos(lower(data), $2) > 0
         AND json_typeof(data::json->'answer'->'value') = 'string' AND lower(data::json->'answer'->>'value') = $1
         AND data::json->'answer'->>'source' <> 'previous'),
     their_leads AS (
       SELECT conversation_id AS lead_id FROM leads WHERE email = $1
       UNION SELECT lead_id FROM conversations WHERE id IN (SELECT conversation_id FROM said)),
     their_visitors AS (
       SELECT visitor_id FROM conversations WHERE id IN (SELECT conversation_id FROM said) OR lead_id IN (SELECT lead_id FROM their_leads))
     SELECT id, visitor_id, lead_id, definition_version FROM conversations
     WHERE visitor_id IN (SELECT visitor_id FROM their_visitors) OR lead_id IN (SELECT lead_id FROM their_leads)
     ORDER BY id${lock ? ' FOR NO KEY UPDATE' : ''}`,
    [email, JSON.stringify(email).slice(1, -1)],
  );
  // Lock order C14 (person-lead.ts): the conversations first, then their leads — before any row of
  // theirs is changed, so a rep's action or a turn already holding one of the leads finishes first.
  if (lock) {
    await tx.query(`SELECT 1 FROM leads WHERE conversation_id IN (SELECT jsonb_array_elements_text($1::jsonb)) ORDER BY created_at, conversation_id FOR NO KEY UPDATE`, [
      JSON.stringify([...new Set(conversations.map((c) => c.lead_id))]),
    ]);
  }
  return {
    conversations,
    ids: JSON.stringify(conversations.map((c) => c.id)),
    visitorIds: [...new Set(conversations.map((c) => c.visitor_id))],
    leadIds: JSON.stringify([...new Set(conversations.map((c) => c.lead_id))]),
  };
}

const IN_IDS = 'IN (SELECT jsonb_array_elements_text($1::jsonb))';

async function rowsOf(tx: SqlExecutor, sql: string, param: string): Promise<Record<string, unknown>[]> {
  const rows = await tx.query<{ row: Record<string, unknown> }>(sql, [param]);
  return rows.map((r) => r.row);
}

/** Criteria whose answers are the person's own words or contact details: text, e-mail and every contact criterion. */
async function personalCriteria(tx: SqlExecutor, versions: number[]): Promise<string[]> {
  const rows = await tx.query<{ definition: unknown }>('SELECT definition FROM definition_versions WHERE version IN (SELECT jsonb_array_elements_text($1::jsonb)::int)', [
    JSON.stringify(versions),
  ]);
  const ids = rows.flatMap((r) =>
    LeadDefinition.parse(r.definition)
      .criteria.filter((c) => c.category === 'contact' || c.type === 'text' || c.type === 'email')
      .map((c) => c.id),
  );
  return [...new Set(ids)];
}

/** The conversation's state without what the person said: raw words gone, their own values erased, nothing pending. */
function erasedState(state: unknown, personal: string[]): ConversationState {
  const parsed = ConversationState.parse(state);
  const answers = Object.fromEntries(
    Object.entries(parsed.answers).map(([id, a]) => [id, { ...a, raw: ERASED, value: personal.includes(id) ? ERASED : a.value }]),
  );
  return { ...parsed, answers, pending: null, guess: undefined };
}

async function audit(tx: SqlExecutor, actor: string, type: string, data: Record<string, unknown>, at: Date) {
  await tx.query('INSERT INTO audit_events (conversation_id, actor, type, data, at) VALUES (NULL, $1, $2, $3, $4)', [actor, type, json(data), at.toISOString()]);
}

export function peopleStore(driver: SqlDriver, clock: Clock): PeopleStore {
  return {
    exportPerson(email, actor) {
      const address = email.trim().toLowerCase();
      return driver.transaction(async (tx) => {
        const person = await findPerson(tx, address, false);
        const byConversation = (table: string, row = 'to_jsonb(t)') => rowsOf(tx, `SELECT ${row} AS row FROM ${table} t WHERE conversation_id ${IN_IDS} ORDER BY seq`, person.ids);
        const now = clock.now();
        const found: PersonExport = {
          email: address,
          exportedAt: now.toISOString(),
          visitors: await rowsOf(tx, `SELECT to_jsonb(t) AS row FROM visitors t WHERE id ${IN_IDS} ORDER BY created_at`, JSON.stringify(person.visitorIds)),
          conversations: await rowsOf(tx, `SELECT to_jsonb(t) || jsonb_build_object('state', t.state::jsonb) AS row FROM conversations t WHERE id ${IN_IDS} ORDER BY created_at, id`, person.ids),
          messages: await byConversation('messages'),
          answers: await byConversation('answers'),
          consents: await byConversation('consents'),
          auditEvents: await byConversation('audit_events', `to_jsonb(t) || jsonb_build_object('data', t.data::jsonb)`),
          // The card and reminder clock, in a row of their own since migration 032, as the lead's own columns they were.
          leads: await rowsOf(
            tx,
            `SELECT to_jsonb(t) || jsonb_build_object('score', t.score::jsonb, 'card_channel', c.card_channel, 'card_ts', c.card_ts, 'next_reminder_at', c.next_reminder_at) AS row
             FROM leads t LEFT JOIN lead_cards c ON c.conversation_id = t.conversation_id WHERE t.conversation_id ${IN_IDS} ORDER BY t.created_at`,
            person.leadIds,
          ),
          leadEvents: await rowsOf(tx, `SELECT to_jsonb(t) AS row FROM lead_events t WHERE lead_id ${IN_IDS} ORDER BY seq`, person.leadIds),
          outbox: await byConversation('outbox'),
          reviewItems: await byConversation('review_items'),
        };
        await audit(tx, actor, 'person.exported', { conversations: person.conversations.length }, now);
        return found;
      });
    },

    erasePerson(email, actor) {
      const address = email.trim().toLowerCase();
      return driver.transaction(async (tx) => {
        const person = await findPerson(tx, address, true);
        const { ids, leadIds } = person;
        const personal = await personalCriteria(tx, [...new Set(person.conversations.map((c) => c.definition_version))]);
        const count = async (sql: string, params: unknown[]) => (await tx.query(sql, params)).length;

        const messages = await count(`UPDATE messages SET text = $2 WHERE conversation_id ${IN_IDS} RETURNING id`, [ids, ERASED]);
        // The answers are their answer_recorded events (the view `answers`, migration 029), anonymised with the audit trail below.
        const answers = (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM answers WHERE conversation_id ${IN_IDS}`, [ids]))[0]!.n;
        const states = await tx.query<{ id: string; state: unknown; context: { utm?: Record<string, string> } }>(
          `SELECT id, state::json AS state, context FROM conversations WHERE id ${IN_IDS}`,
          [ids],
        );
        for (const row of states) {
          // Campaign tags are the site's, not the person's: kept for the counts; the page, referrer and channel address go.
          const context = row.context.utm ? { utm: row.context.utm } : {};
          await tx.query('UPDATE conversation_turns SET state = $2 WHERE id = $1', [row.id, json(erasedState(row.state, personal))]);
          await tx.query('UPDATE conversation_records SET context = $2, external_id = NULL WHERE id = $1', [row.id, json(context)]);
        }
        // A new visitor id cuts the link to the person's browser: the id the widget keeps finds nothing any more.
        for (const visitorId of person.visitorIds) {
          const fresh = randomUUID();
          await tx.query('INSERT INTO visitors (id, created_at) SELECT $2, created_at FROM visitors WHERE id = $1', [visitorId, fresh]);
          // An answer's visitor is its conversation's (the view `answers`, migration 029).
          for (const table of ['conversation_records', 'consents']) await tx.query(`UPDATE ${table} SET visitor_id = $2 WHERE visitor_id = $1`, [visitorId, fresh]);
          await tx.query('DELETE FROM visitors WHERE id = $1', [visitorId]);
        }
        await tx.query(
          `UPDATE audit_events SET data = CASE
             WHEN type = 'answer_recorded' THEN jsonb_set(jsonb_set(data::jsonb, '{answer,raw}', to_jsonb($2::text)), '{answer,value}',
               CASE WHEN data::json->'answer'->>'criterionId' = ANY($3::text[]) THEN to_jsonb($2::text) ELSE data::jsonb->'answer'->'value' END)::text
             ELSE (data::jsonb - 'note')::text END
           WHERE conversation_id ${IN_IDS}`,
          [ids, ERASED, personal],
        );
        await tx.query(`UPDATE outbox SET payload = jsonb_set(payload, '{text}', to_jsonb($2::text)) WHERE conversation_id ${IN_IDS} AND payload ? 'text'`, [ids, ERASED]);
        await tx.query(`UPDATE review_items SET text = $2, phrase = $2, status = 'ignored' WHERE conversation_id ${IN_IDS}`, [ids, ERASED]);
        const leads = await count(`UPDATE leads SET email = NULL WHERE conversation_id ${IN_IDS} RETURNING conversation_id`, [leadIds]);
        await tx.query(`UPDATE lead_events SET data = data - 'note' WHERE lead_id ${IN_IDS}`, [leadIds]);

        const id = randomUUID();
        const now = clock.now();
        const cards = await tx.query<{ conversation_id: string }>(`SELECT conversation_id FROM lead_cards WHERE conversation_id ${IN_IDS} AND card_ts IS NOT NULL`, [leadIds]);
        for (const { conversation_id: leadId } of cards) {
          await tx.query(
            `INSERT INTO outbox (id, kind, conversation_id, idempotency_key, payload, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, $5, $6, $6)`,
            [randomUUID(), RELAY_KIND, leadId, `${RELAY_KIND}:erasure:${id}:${leadId}`, json({ conversationId: leadId, redraw: 'card' }), now.toISOString()],
          );
        }
        if (cards.length > 0) await tx.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, RELAY_KIND]);

        const counts: ErasureCounts = { visitors: person.visitorIds.length, conversations: person.conversations.length, messages, answers, leads, cards: cards.length };
        await audit(tx, actor, 'person.erased', { erasureId: id, ...counts }, now);
        return { id, at: now.toISOString(), counts };
      });
    },
  };
}
