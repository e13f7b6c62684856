import { randomUUID } from 'node:crypto';
import { qualifiedAfter } from '../../bot/lead/events.js';
import { normaliseCompanyName } from '../../qualification/route/company.js';
import { companyDomain } from '../companies/free-mail.js';
import type { ConversationLead, StoredMessage, TurnCommit } from '../../bot/ports/store.js';
import type { SqlExecutor } from './driver.js';
import type { LeadEventSinks } from './lead-events.js';
import { OUTBOX_CHANNEL } from './outbox.js';
import { json, MESSAGE_COLUMNS, type MessageRow, OPEN, toMessage } from './records.js';

export interface TurnWrite {
  conversationId: string;
  /** The lead the turn writes to: the conversation's own, or the person's open lead it joined. */
  leadId: string;
  visitorId: string;
  definitionVersion: number;
  clientMessageId: string;
  commit: TurnCommit;
  /** The lead as the turn found it (locked): whether `lead.qualified` news is due. */
  leadBefore: ConversationLead | null;
  sinks: LeadEventSinks;
  now: Date;
}

/** Each list of rows is one array in one jsonb parameter, inserted in list order. */
const ROWS = (key: string) => `jsonb_array_elements((SELECT j FROM t)->'${key}') WITH ORDINALITY AS r(v, n)`;

/**
 * Everything a turn writes, as one statement (data-modifying CTEs): the visitor's message and the
 * replies (one INSERT, so `seq` keeps their order and the replies may refer to the message), answers,
 * consents, audit trail, review items, the conversation's state (and its `answered` marker, the
 * funnel's "engaged"), the lead and its events, the outbox
 * rows (the turn's and one per lead-event sink) and the NOTIFY that wakes their workers on commit;
 * on a turn that names the person's company (`commit.company`), the company too, found or created by
 * the consented e-mail's domain (free-mail has none) else by the name given — the first name heard
 * for a domain stays its name — and the lead is put in it.
 * The sub-statements run against one snapshot and only the lead reads another's rows (the company's
 * id, from RETURNING), so their order does not matter; foreign keys are checked at the end of the
 * statement, when every row is in. Each writes only when `t` has its row: see GUARDED.
 */
const WRITES = `
m AS (
  INSERT INTO messages (id, conversation_id, role, text, choice, choices, asking, client_message_id, reply_to, created_at)
  SELECT r.v->>'id', $2::text, r.v->>'role', r.v->>'text', r.v->>'choice', NULLIF(r.v->'choices', 'null'::jsonb), r.v->>'asking',
         r.v->>'clientMessageId', r.v->>'replyTo', $3::timestamptz
  FROM ${ROWS('messages')} ORDER BY r.n
  RETURNING seq, ${MESSAGE_COLUMNS}),
a AS (
  INSERT INTO answers (conversation_id, visitor_id, message_id, criterion, value, raw, source, confidence, at)
  SELECT $2::text, $4::text, $5::text, r.v->>'criterionId', r.v->'value', r.v->>'raw', r.v->>'source',
         (r.v->>'confidence')::double precision, (r.v->>'at')::timestamptz
  FROM ${ROWS('answers')} ORDER BY r.n),
c AS (
  INSERT INTO consents (visitor_id, conversation_id, granted, at, text, text_version)
  SELECT $4::text, $2::text, (r.v->>'granted')::boolean, $3::timestamptz, r.v->>'text', r.v->>'textVersion'
  FROM ${ROWS('consents')} ORDER BY r.n),
e AS (
  INSERT INTO audit_events (conversation_id, actor, type, data, at)
  SELECT $2::text, 'bot', r.v->>'type', r.v, $3::timestamptz FROM ${ROWS('events')} ORDER BY r.n),
rv AS (
  INSERT INTO review_items (id, conversation_id, kind, criterion, locale, definition_version, text, phrase, created_at)
  SELECT r.v->>'id', $2::text, r.v->>'kind', r.v->>'criterionId', $8::text, $11::integer, r.v->>'text', r.v->>'phrase', $3::timestamptz
  FROM ${ROWS('review')} ORDER BY r.n),
u AS (
  UPDATE conversations SET state = $6::jsonb, decision = $7::text, locale = $8::text, updated_at = $3::timestamptz,
    answered = conversations.answered OR $21::boolean WHERE id = $2::text AND EXISTS (SELECT FROM t)),
cd AS (
  INSERT INTO companies (id, domain, name, created_at)
  SELECT gen_random_uuid()::text, $18::text, $19::text, $3::timestamptz WHERE $18::text IS NOT NULL AND EXISTS (SELECT FROM t)
  ON CONFLICT (domain) DO UPDATE SET name = COALESCE(companies.name, excluded.name) RETURNING id),
cn AS (
  INSERT INTO companies (id, name, name_key, created_at)
  SELECT gen_random_uuid()::text, $19::text, $20::text, $3::timestamptz WHERE $18::text IS NULL AND $20::text IS NOT NULL AND EXISTS (SELECT FROM t)
  ON CONFLICT (name_key) DO UPDATE SET name = companies.name RETURNING id),
l AS (
  INSERT INTO leads (conversation_id, score, decision, definition_version, owner_id, qualified_as, email, company_id, created_at, updated_at)
  SELECT $15::text, $9::jsonb, $10::text, $11::integer, $12::text, $13::text, $16::text,
         (SELECT id FROM cd UNION ALL SELECT id FROM cn LIMIT 1), $3::timestamptz, $3::timestamptz
  WHERE EXISTS (SELECT FROM t)
  ON CONFLICT (conversation_id) DO UPDATE SET
    score = CASE WHEN $17::boolean THEN leads.score ELSE excluded.score END,
    decision = CASE WHEN $17::boolean THEN leads.decision ELSE excluded.decision END,
    definition_version = CASE WHEN $17::boolean THEN leads.definition_version ELSE excluded.definition_version END,
    owner_id = CASE WHEN $17::boolean THEN leads.owner_id ELSE excluded.owner_id END,
    qualified_as = excluded.qualified_as, email = COALESCE(excluded.email, leads.email),
    company_id = COALESCE(excluded.company_id, leads.company_id), updated_at = excluded.updated_at),
le AS (
  INSERT INTO lead_events (id, lead_id, type, data, created_at)
  SELECT r.v->>'id', $15::text, r.v->>'type', r.v->'data', $3::timestamptz FROM ${ROWS('leadEvents')} ORDER BY r.n),
o AS (
  INSERT INTO outbox (id, kind, conversation_id, idempotency_key, payload, next_attempt_at, created_at)
  SELECT r.v->>'id', r.v->>'kind', r.v->>'conversationId', r.v->>'key', r.v->'payload', $3::timestamptz, $3::timestamptz
  FROM ${ROWS('outbox')} ORDER BY r.n
  ON CONFLICT (idempotency_key) DO NOTHING),
n AS (SELECT count(pg_notify($14::text, r.v #>> '{}')) AS notified FROM ${ROWS('notify')})
SELECT g.current, g.joins, m.seq, m.id, m.conversation_id, m.role, m.text, m.choices, m.asking, m.client_message_id, m.created_at
FROM g CROSS JOIN n LEFT JOIN m ON m.role = 'bot' ORDER BY m.seq`;

/** Inside the turn's transaction, holding the locks (turns.ts): the turn's read is current by construction. */
const LOCKED = `WITH g AS (SELECT true AS current, false AS joins), t AS (SELECT $1::jsonb AS j),${WRITES}`;

/**
 * On its own, in autocommit, after a read outside any lock (turns.ts): writes only if what the turn
 * was decided on still holds, checked under the same row locks as a locked turn takes, in the same
 * order (C14, person-lead.ts) — the conversation (`cv`: the very row version read, $22, its xmin: any
 * write to the row since, a turn's or anyone's, changed it), then its lead (`ld`: still with the
 * status and verdict read, $23 and $24; a lead with no row yet must still have none, and the visitor
 * no open lead of another conversation the turn would join). READ COMMITTED checks a locked row's
 * condition again on its newest version after waiting for another writer, so of two turns decided on
 * one version only the first writes. `joins`: the turn's consented e-mail belongs to an older open
 * lead, which only a locked turn may join. Either way nothing is written: `t` has no row.
 */
const GUARDED = `WITH
cv AS (SELECT id FROM conversations WHERE id = $2::text AND xmin = $22::text::xid FOR NO KEY UPDATE),
ld AS (SELECT conversation_id FROM leads
  WHERE conversation_id = $15::text AND status = $23::text AND qualified_as IS NOT DISTINCT FROM $24::text AND EXISTS (SELECT FROM cv)
  FOR UPDATE),
g AS (SELECT
  EXISTS (SELECT FROM cv) AND CASE WHEN $23::text IS NULL
    THEN NOT EXISTS (SELECT FROM leads WHERE conversation_id = $15::text)
     AND NOT EXISTS (SELECT FROM leads WHERE status IN ${OPEN}
                     AND conversation_id IN (SELECT lead_id FROM conversations WHERE visitor_id = $4::text AND id <> $2::text))
    ELSE EXISTS (SELECT FROM ld) END AS current,
  $16::text IS NOT NULL AND ($23::text IS NULL OR $23::text = 'open') AND EXISTS (
    SELECT FROM leads WHERE email = $16::text AND status IN ${OPEN} AND conversation_id <> $15::text
      AND created_at < COALESCE((SELECT created_at FROM leads WHERE conversation_id = $15::text), 'infinity')) AS joins),
t AS (SELECT $1::jsonb AS j FROM g WHERE current AND NOT joins),${WRITES}`;

/** Writes one turn in one round trip, inside the turn's transaction; resolves to the stored replies, in order. */
export async function writeTurn(tx: SqlExecutor, w: TurnWrite): Promise<StoredMessage[]> {
  return (await write(tx, LOCKED, w, [])).messages;
}

/** What the turn was decided on, as read outside any lock: checked as it writes (GUARDED). */
export interface TurnRead {
  /** The conversation row's version (its xmin) when read. */
  version: string;
  /** The lead the turn writes to, as read: the conversation's own (null: it has no row yet). */
  lead: ConversationLead | null;
}

/**
 * Writes one turn in one autocommit statement if what it was decided on still holds: `written`;
 * else nothing, and `joins` says whether that is for the person's older open lead (a locked turn's
 * work) rather than a turn or a rep who came first (read again and decide again).
 */
export async function writeTurnIf(db: SqlExecutor, read: TurnRead, w: TurnWrite): Promise<{ written: boolean; joins: boolean; messages: StoredMessage[] }> {
  return write(db, GUARDED, w, [read.version, read.lead?.status ?? null, read.lead?.qualifiedAs ?? null]);
}

async function write(db: SqlExecutor, sql: string, w: TurnWrite, guard: unknown[]) {
  const { commit, conversationId } = w;
  const visitorMessageId = randomUUID();
  const messages = [
    { id: visitorMessageId, role: 'visitor', text: commit.visitorMessage.text, choice: commit.visitorMessage.choice ?? null, clientMessageId: w.clientMessageId },
    ...commit.replies.map((reply) => ({ id: randomUUID(), role: 'bot', text: reply.text, choices: reply.choices ?? null, asking: reply.asking ?? null, replyTo: visitorMessageId })),
  ];
  const leadEvents = commit.leadEvents.map((draft) => ({ id: randomUUID(), type: draft.type, data: draft.data }));
  const outbox = [
    // One row per sink for each lead event (key `<sink>:<eventId>`); the turn's own rows keyed once ever.
    ...leadEvents.flatMap((event) => w.sinks.map((kind) => ({ kind, conversationId: w.leadId, key: `${kind}:${event.id}`, payload: { eventId: event.id } }))),
    ...commit.outbox.map((item) => ({ kind: item.kind, conversationId, key: item.key ?? `${item.kind}:${conversationId}`, payload: item.payload })),
  ].map((row) => ({ id: randomUUID(), ...row }));
  const rows = {
    messages,
    answers: commit.answers,
    consents: commit.events.flatMap((event) =>
      event.type === 'consent_changed' ? [{ granted: event.consent === 'granted', text: event.text ?? null, textVersion: event.textVersion ?? null }] : [],
    ),
    events: commit.events,
    review: (commit.review ?? []).map((item) => ({ id: randomUUID(), ...item })),
    leadEvents,
    outbox,
    notify: [...new Set(outbox.map((row) => row.kind))],
  };
  const qualifiedAs = qualifiedAfter(w.leadBefore?.qualifiedAs ?? null, commit.leadEvents);
  // A later conversation of the person that has not got far yet does not undo what an earlier one decided.
  const keepsVerdict = w.leadId !== conversationId && commit.lead.decision === 'incomplete';
  const { lead, state } = commit;
  const domain = commit.company ? companyDomain(commit.company.email) : null;
  const companyName = commit.company?.name ?? null;
  const nameKey = companyName ? normaliseCompanyName(companyName) || null : null;
  const stored = await db.query<MessageRow & { seq: string | number | null; current: boolean; joins: boolean }>(sql, [
    json(rows),
    conversationId,
    w.now.toISOString(),
    w.visitorId,
    visitorMessageId,
    json(state),
    state.decision,
    state.locale,
    json(lead.score),
    lead.decision,
    w.definitionVersion,
    lead.ownerId,
    qualifiedAs,
    OUTBOX_CHANNEL,
    w.leadId,
    commit.email,
    keepsVerdict,
    domain,
    companyName,
    nameKey,
    commit.answers.length > 0,
    ...guard,
  ]);
  const [first] = stored;
  const written = !!first?.current && !first.joins;
  return { written, joins: !!first?.joins, messages: written ? stored.filter((row) => row.id !== null).map(toMessage) : [] };
}
