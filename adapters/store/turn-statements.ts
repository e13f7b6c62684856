import { OPEN } from './records.js';
import { COMPANY_BY_DOMAIN, COMPANY_BY_NAME, LEAD } from './turn-lead-parts.js';
import { CONVERSATION, afterLead, always, writes } from './turn-parts.js';
import type { Guard, Shape } from './turn-shape.js';

export type { Guard, Shape } from './turn-shape.js';

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
