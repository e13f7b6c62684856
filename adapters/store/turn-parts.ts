import type { Shape } from './turn-shape.js';

/**
 * The parts of a turn's statement (turn-statements.ts) that write the conversation and its rows.
 *
 * Each list of rows is one array, inserted in list order: a function scan gives an array's elements in
 * order and an INSERT … SELECT from it alone writes them as they come (`seq` follows). An ORDER BY on
 * the elements' ordinality said so too, at the price of a subquery scan per list that each execution
 * set up (2.7 % of the server's instructions per turn). The rare lists are arrays in one jsonb
 * parameter (`rows`). The messages and audit events, every turn's most rows, are each an array of
 * records of their own type (migrations 023 and 026, record-array.ts).
 * Each list comes through `given` (see `Gate`): a value the planner does not see, so it plans for ten
 * elements with or without values (see `Shape`).
 */
const ROWS = (given: Gate, key: string) => `jsonb_array_elements(${given(':rows::jsonb')}->'${key}') AS r(v)`;
const RECORDS = (given: Gate, list: string) => `unnest(${given(list)}) AS r`;

/**
 * A value the writes take only where the turn writes: in a guarded turn, only once the lead is written
 * (`l`, the last check, see `guarded`), else null (no rows, no write); in a locked turn, always. As a
 * subquery either way, its value is one the planner does not see.
 */
export type Gate = (value: string) => string;
export const afterLead: Gate = (value) => `(SELECT ${value} FROM l)`;
export const always: Gate = (value) => `(SELECT ${value})`;

const MESSAGES = (given: Gate) => `
m AS (
  INSERT INTO messages (id, conversation_id, role, text, choice, choices, asking, client_message_id, reply_to, created_at)
  SELECT r.id, :conversation::text, r.role, r.text, r.choice, r.choices, r.asking, r.client_message_id, r.reply_to, :now::timestamptz
  FROM ${RECORDS(given, ':messages::turn_message[]')})`;

const EVENTS = (given: Gate) => `
e AS (
  INSERT INTO audit_events (conversation_id, actor, type, data, at)
  SELECT :conversation::text, 'bot', r.type, r.data, :now::timestamptz FROM ${RECORDS(given, ':events::turn_event[]')})`;

/**
 * The conversation's row of what turns change (conversation_turns, migration 031: an update opens every
 * index of its table, and the conversation's other row has six); a turn with answers marks it answered
 * (a shape of its own: no test of a value on every turn). `checked`: the conditions of a guarded turn's
 * write (see `guarded`).
 */
export const CONVERSATION = (answers: boolean, checked = '') => `
u AS (
  UPDATE conversation_turns SET state = :state::text, decision = :decision::text, locale = :locale::text, updated_at = :now::timestamptz,
    active_on = (:now::timestamptz AT TIME ZONE 'UTC')::date${answers ? ', answered = true' : ''}
  WHERE id = :conversation::text${checked}
  RETURNING xmin::text AS version)`;

const CONSENTS = (given: Gate) => `
c AS (
  INSERT INTO consents (visitor_id, conversation_id, granted, at, text, text_version)
  SELECT :visitor::text, :conversation::text, (r.v->>'granted')::boolean, :now::timestamptz, r.v->>'text', r.v->>'textVersion'
  FROM ${ROWS(given, 'consents')})`;

const REVIEW = (given: Gate) => `
rv AS (
  INSERT INTO review_items (id, conversation_id, kind, criterion, locale, definition_version, text, phrase, created_at)
  SELECT r.v->>'id', :conversation::text, r.v->>'kind', r.v->>'criterionId', :locale::text, :definitionVersion::integer, r.v->>'text', r.v->>'phrase', :now::timestamptz
  FROM ${ROWS(given, 'review')})`;

const LEAD_EVENTS = (given: Gate) => `
le AS (
  INSERT INTO lead_events (id, lead_id, type, data, created_at)
  SELECT r.v->>'id', :lead::text, r.v->>'type', r.v->'data', :now::timestamptz FROM ${ROWS(given, 'leadEvents')})`;

/** The outbox rows and the NOTIFY that wakes their workers on commit (read by the statement's result, `n`). */
const OUTBOX = (given: Gate) => `
o AS (
  INSERT INTO outbox (id, kind, conversation_id, idempotency_key, payload, next_attempt_at, created_at)
  SELECT r.v->>'id', r.v->>'kind', r.v->>'conversationId', r.v->>'key', r.v->'payload', :now::timestamptz, :now::timestamptz
  FROM ${ROWS(given, 'outbox')}
  ON CONFLICT (idempotency_key) DO NOTHING),
n AS (SELECT count(pg_notify(:channel::text, r.v #>> '{}')) AS notified FROM ${ROWS(given, 'notify')})`;

/** The writes after the lead's (`given`: see `Gate`). */
export function writes(shape: Shape, given: Gate): Array<string | false> {
  return [
    MESSAGES(given),
    shape.events && EVENTS(given),
    shape.consents && CONSENTS(given),
    shape.review && REVIEW(given),
    shape.leadEvents && LEAD_EVENTS(given),
    shape.outbox && OUTBOX(given),
  ];
}
