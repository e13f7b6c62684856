import { OPEN } from './records.js';

/**
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
type Gate = (value: string) => string;
const afterLead: Gate = (value) => `(SELECT ${value} FROM l)`;
const always: Gate = (value) => `(SELECT ${value})`;

/**
 * Everything a turn may write, one data-modifying CTE each: the visitor's message and the replies
 * (one INSERT, so `seq` keeps their order and the replies may refer to the message), the audit trail
 * (with the answers recorded: the `answers` view reads them there, migration 029), the conversation's
 * state (and its `answered` marker, the funnel's "engaged"), the lead; and on the few turns that have
 * any, each on its own: consents, review items, the lead's events, the outbox rows (the turn's and one
 * per lead-event sink) with the NOTIFY that wakes their workers on commit, and on a turn that names the
 * person's company (`commit.company`) the company, found or created by the consented e-mail's domain
 * (free-mail has none) else by the name given — the first name heard for a domain stays its name —
 * with the lead put in it. A statement holds only the parts its turn may need: each part costs the
 * server its plan nodes and the opening of its table and indexes on every execution, rows or none (a
 * fifth of the server's time per turn with all of them).
 * The sub-statements run against one snapshot; the lead reads the company's id (RETURNING) and in a
 * guarded turn every other write reads the lead's row (`Gate`), else their order does not matter;
 * foreign keys are checked at the end of the statement, when every row is in.
 */
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
const CONVERSATION = (answers: boolean, checked = '') => `
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

/**
 * The company, found by the consented e-mail's domain (free-mail has none) or else created (`cp`): the
 * first name heard for a domain stays its name. A company found is written only when the turn gives
 * the name it lacks: an upsert rewrote its row on every such turn (a new row version, and the row
 * locked until commit: two visitors of one company waited on each other). Found in the statement's
 * snapshot, the row can only have gained a name since (companies are never deleted); one created
 * meanwhile is met by the upsert, as before. `when`: the condition of a guarded turn's write.
 */
const COMPANY_BY_DOMAIN = (when: string) => `
cf AS (SELECT id, name FROM companies WHERE domain = :domain::text),
cp AS (
  INSERT INTO companies (id, domain, name, created_at)
  SELECT gen_random_uuid()::text, :domain::text, :companyName::text, :now::timestamptz
  WHERE NOT EXISTS (SELECT FROM cf WHERE name IS NOT DISTINCT FROM COALESCE(name, :companyName::text))${when}
  ON CONFLICT (domain) DO UPDATE SET name = COALESCE(companies.name, excluded.name) RETURNING id)`;

/** The company by the name given, when there is no domain to go by: found (`cf`, never written) or else created (`cp`), as by the domain. */
const COMPANY_BY_NAME = (when: string) => `
cf AS (SELECT id FROM companies WHERE name_key = :nameKey::text),
cp AS (
  INSERT INTO companies (id, name, name_key, created_at)
  SELECT gen_random_uuid()::text, :companyName::text, :nameKey::text, :now::timestamptz
  WHERE NOT EXISTS (SELECT FROM cf)${when}
  ON CONFLICT (name_key) DO UPDATE SET name = companies.name RETURNING id)`;

/**
 * The lead's columns a turn sets, as an UPDATE's SET list or an upsert's DO UPDATE: a later
 * conversation that keeps the verdict (`keepsVerdict`) leaves the score and its decision as they are,
 * and a turn without a company leaves the lead's. (As values tested in CASEs, these were evaluated on
 * every turn for what its shape already says.)
 */
const LEAD_SET = (given: (column: string) => string, { keepsVerdict, company }: Shape) =>
  [
    ...(keepsVerdict ? [] : ['score', 'decision', 'definition_version', 'owner_id'].map((column) => `${column} = ${given(column)}`)),
    `qualified_as = ${given('qualified_as')}`,
    `email = COALESCE(${given('email')}, leads.email)`,
    ...(company ? [`company_id = COALESCE(${given('company_id')}, leads.company_id)`] : []),
    `updated_at = ${given('updated_at')}`,
  ].join(', ');

/** The values a turn gives each column of its lead. */
const LEAD_VALUES: Record<string, string> = {
  score: ':score::text',
  decision: ':leadDecision::text',
  definition_version: ':definitionVersion::integer',
  owner_id: ':owner::text',
  qualified_as: ':qualifiedAs::text',
  email: ':email::text',
  company_id: 'COALESCE((SELECT id FROM cp), (SELECT id FROM cf))',
  updated_at: ':now::timestamptz',
};

/**
 * The lead, updated where it has a row and the turn was decided on it (`checked`: its status and
 * verdict as read, tested as it is written: an upsert costs a speculative insertion's checks and a
 * tuple projected for nothing on every turn), else created or updated (`when`: the condition of a
 * guarded turn's write).
 */
const LEAD = (shape: Shape, lead: { checked: string } | { when: string }) =>
  'checked' in lead
    ? `
l AS (
  UPDATE leads SET ${LEAD_SET((column) => LEAD_VALUES[column]!, shape)}
  WHERE conversation_id = :lead::text${lead.checked}
  RETURNING status, qualified_as)`
    : `
l AS (
  INSERT INTO leads (conversation_id, score, decision, definition_version, owner_id, qualified_as, email, company_id, created_at, updated_at)
  SELECT :lead::text, :score::text, :leadDecision::text, :definitionVersion::integer, :owner::text, :qualifiedAs::text, :email::text,
         ${shape.company ? LEAD_VALUES.company_id : 'NULL'}, :now::timestamptz, :now::timestamptz${lead.when}
  ON CONFLICT (conversation_id) DO UPDATE SET ${LEAD_SET((column) => `excluded.${column}`, shape)}
  RETURNING status, qualified_as)`;

/**
 * Which parts a turn's statement holds: one text (one prepared statement per connection) per shape.
 * No part and no condition of a text is one its values could settle before it runs. PostgreSQL plans
 * a prepared statement with its values five times, then plans it with them again on every call for
 * as long as those plans, with a charge for planning, average less than the plan made without values.
 * A test a value settles (`CASE WHEN $1 IS NULL`, `WHERE $1 IS NOT NULL`) made plans for some values
 * cheaper, enough to bring that average within a hair of the other plan's cost: so which plan a
 * connection kept depended on the turns it had seen, and in one run (pg_stat_statements) the turn's
 * statement, some thirty plan nodes, was planned again in 904 of 1,556 calls, 0.85 ms each, as much
 * as its execution (in another, 6 of 335). Each branch a value settles is a text of its own instead
 * (`Guard`, `company`, `keepsVerdict`): planned once per connection, by either database.
 */
export interface Shape {
  /** The turn recorded answers (its events hold them): the conversation is marked answered. */
  answers: boolean;
  events: boolean;
  /** The rare parts, each only on a turn that has rows for it (most have none): consents, review items, lead events, outbox rows. */
  consents: boolean;
  review: boolean;
  leadEvents: boolean;
  outbox: boolean;
  /** The company the lead is put in: found or created by the e-mail's domain, or by the name given; none on most turns. */
  company: 'domain' | 'name' | null;
  /** The turn's lead is another conversation's, and this one has not got far enough to change its verdict (turn-write.ts). */
  keepsVerdict: boolean;
}

/** What a turn decided outside any lock checks as it writes (see `guarded`). */
export interface Guard {
  /** The lead was read with a row of its own (its status and verdict are checked); else it must still have none. */
  lead: boolean;
  /** The turn brings a consented e-mail while its lead is open or has no row yet: whether it belongs to an older open lead. */
  joins: boolean;
}

/**
 * What the statement returns: the conversation's new version and the lead as written, one row read from
 * their writes, none where the conversation's wrote nothing — except where the turn may join an older
 * lead: then always one row, saying so (`joins`). A conversation written without its lead is an error
 * that undoes the statement (`turn_lead_moved`, see `guarded`).
 */
function RESULT(joins: boolean, shape: Shape): string {
  return joins
    ? `SELECT (SELECT joins FROM j) AS joins, (SELECT version FROM u) AS version, (SELECT status FROM l) AS lead_status, (SELECT qualified_as FROM l) AS qualified_as${shape.outbox ? ' FROM n' : ''}
WHERE NOT EXISTS (SELECT FROM u) OR EXISTS (SELECT FROM l) OR turn_lead_moved()`
    : `SELECT false AS joins, version, status AS lead_status, qualified_as FROM u LEFT JOIN l ON true${shape.outbox ? ', n' : ''}
WHERE status IS NOT NULL OR turn_lead_moved()`;
}

/** Inside the turn's transaction, holding the locks (turns.ts): the turn's read is current by construction. */
function locked(shape: Shape): string {
  const company = shape.company === 'domain' ? COMPANY_BY_DOMAIN('') : shape.company === 'name' ? COMPANY_BY_NAME('') : null;
  return `WITH${[company, LEAD(shape, { when: '' }), ...writes(shape, always), CONVERSATION(shape.answers)].filter(Boolean).join(',')}
${RESULT(false, shape)}`;
}

/** The writes after the lead's (`given`: see `Gate`). */
function writes(shape: Shape, given: Gate): Array<string | false> {
  return [
    MESSAGES(given),
    shape.events && EVENTS(given),
    shape.consents && CONSENTS(given),
    shape.review && REVIEW(given),
    shape.leadEvents && LEAD_EVENTS(given),
    shape.outbox && OUTBOX(given),
  ];
}

/**
 * On its own, in autocommit, after a read outside any lock (turns.ts) or on what this process wrote
 * last (turn-cache.ts): writes only if what the turn was decided on still holds, checked under the
 * same row locks as a locked turn takes, in the same order (C14, person-lead.ts) — the conversation,
 * written by its update only at the very row version read (`u`: its conversation_turns row's xmin; any
 * write to the conversation since, to either of its rows, a turn's or anyone's, changed it; a lead with no row yet must still have none, and the visitor no
 * open lead of another conversation the turn would join), then its lead, still with the status and
 * verdict read, tested by the lead's write itself (`l`). READ COMMITTED checks an updated row's
 * condition again on its newest version after waiting for another writer, so of two turns decided on
 * one version only the first writes. Every other write reads the lead's row (`Gate`): written, or
 * nothing is. A lead that moved once the conversation was written ends the statement in an error
 * (`turn_lead_moved`, migration 030) that undoes it: rare (a rep's action, another conversation of the
 * lead), where a lock taken first on the conversation (a SELECT … FOR NO KEY UPDATE before its
 * update) cost every turn a scan and a lock step (3.7 % of the server's instructions per turn).
 * The company (a rare part) is written before the lead, which is put in it: on such a turn the lead is
 * locked and checked first (`ld`), as before any write.
 * `joins`: the turn's consented e-mail belongs to an older open lead, which only a locked turn may
 * join: then nothing is written.
 * A resend of a message answered before the version the turn was decided on (one the turn cache no
 * longer lists) is stopped by the client message's unique index as its message is written, and the
 * whole statement with it (turn-write.ts): no test of it here, which every turn paid for (a subquery,
 * an index, a filter node: 4 % of the server's instructions per turn).
 */
function guarded({ lead, joins }: Guard, shape: Shape): string {
  const noLead = `
  AND NOT EXISTS (SELECT FROM leads WHERE conversation_id = :lead::text)
  AND NOT EXISTS (SELECT FROM leads WHERE status IN ${OPEN}
                  AND conversation_id IN (SELECT lead_id FROM conversation_records WHERE visitor_id = :visitor::text AND id <> :conversation::text))`;
  const olderLead = `EXISTS (
    SELECT FROM leads WHERE email = :email::text AND status IN ${OPEN} AND conversation_id <> :lead::text
      AND created_at < COALESCE((SELECT created_at FROM leads WHERE conversation_id = :lead::text), 'infinity'))`;
  const leadAsRead = ' AND status = :status::text AND qualified_as IS NOT DISTINCT FROM :verdict::text';
  const company = lead && shape.company !== null;
  const companyWhen = ` AND EXISTS (SELECT FROM ${lead ? 'ld' : 'u'})`;
  const parts = [
    joins && `
j AS (SELECT ${olderLead} AS joins)`,
    CONVERSATION(shape.answers, ` AND xmin = :version::text::xid${lead ? '' : noLead}${joins ? '\n  AND NOT (SELECT joins FROM j)' : ''}`),
    company && `
ld AS (SELECT FROM leads WHERE conversation_id = :lead::text${leadAsRead} AND EXISTS (SELECT FROM u) FOR UPDATE)`,
    shape.company === 'domain' && COMPANY_BY_DOMAIN(companyWhen),
    shape.company === 'name' && COMPANY_BY_NAME(companyWhen),
    LEAD(shape, lead ? { checked: `${leadAsRead} AND EXISTS (SELECT FROM ${company ? 'ld' : 'u'})` } : { when: ' WHERE EXISTS (SELECT FROM u)' }),
    ...writes(shape, afterLead),
  ];
  return `WITH${parts.filter(Boolean).join(',')}
${RESULT(joins, shape)}`;
}

/**
 * `sql` with its `:name` parameters numbered `$1`, `$2`… in order of first use, and those names in
 * that order: a statement binds only the values it uses (PostgreSQL cannot type a parameter no part
 * of the text uses). `::type` casts are not parameters.
 */
export function numbered(sql: string): { text: string; names: string[] } {
  const names: string[] = [];
  const text = sql.replace(/(?<![:\w]):([a-z][A-Za-z]*)/g, (_, name: string) => {
    const at = names.indexOf(name);
    return `$${at >= 0 ? at + 1 : names.push(name)}`;
  });
  return { text, names };
}

/** Statement texts per guard and shape, built once: constant texts are prepared once per connection. */
const statements = new Map<string, { text: string; names: string[] }>();

/**
 * The statement writing a turn of `shape`, checking `guard` as it writes (null: inside the turn's
 * transaction, holding the locks), its parameters by name in `$n` order.
 */
export function statementFor(guard: Guard | null, shape: Shape): { text: string; names: string[] } {
  const key = JSON.stringify([guard, shape]);
  let statement = statements.get(key);
  if (!statement) statements.set(key, (statement = numbered(guard ? guarded(guard, shape) : locked(shape))));
  return statement;
}
