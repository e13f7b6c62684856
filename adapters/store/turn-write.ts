import { randomUUID } from 'node:crypto';
import { qualifiedAfter } from '../../bot/lead/events.js';
import { normaliseCompanyName } from '../../qualification/route/company.js';
import { companyDomain } from '../companies/free-mail.js';
import type { ConversationLead, StoredMessage, TurnCommit } from '../../bot/ports/store.js';
import type { SqlExecutor } from './driver.js';
import type { LeadEventSinks } from './lead-events.js';
import { OUTBOX_CHANNEL } from './outbox.js';
import { type RecordType, recordArray, recordTypes } from './record-array.js';
import { json } from './records.js';
import { type Guard, type Shape, statementFor } from './turn-statements.js';

/** The composite types a turn's messages and audit events are sent as (migrations 023, 026; record-array.ts), with their fields in order. */
export const TURN_TYPES = {
  message: { name: 'turn_message', fields: ['text', 'text', 'text', 'text', 'jsonb', 'text', 'text', 'text'] },
  event: { name: 'turn_event', fields: ['text', 'text'] },
} as const;

/** Those types with their oids in the database written to. */
export type TurnTypes = Record<keyof typeof TURN_TYPES, RecordType>;

/** The oids of the types a turn's rows are sent as, in the database `db` is connected to. */
export async function turnTypes(db: SqlExecutor): Promise<TurnTypes> {
  const types = await recordTypes(db, TURN_TYPES);
  if (!types) throw new Error(`the database has no types ${Object.values(TURN_TYPES).map((type) => type.name).join(', ')}: is it migrated?`);
  return types;
}

/** A turn's rows and values, bound to the statement for its shape (turn-statements.ts). */
export interface TurnWrite {
  types: TurnTypes;
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

/** What a written turn leaves: its replies, in order, and the conversation's row version and lead as written. */
export interface Written {
  messages: StoredMessage[];
  /** The conversation row's version (xmin) after the write. */
  version: string;
  lead: ConversationLead;
}

/** Writes one turn in one round trip, inside the turn's transaction. */
export async function writeTurn(tx: SqlExecutor, w: TurnWrite): Promise<Written> {
  const { written } = await write(tx, null, w, {});
  if (!written) throw new Error('a locked turn wrote nothing');
  return written;
}

/** What the turn was decided on, as read outside any lock: checked as it writes (turn-statements.ts, `guarded`). */
export interface TurnRead {
  /** The conversation row's version (its xmin) when read. */
  version: string;
  /** The lead the turn writes to, as read: the conversation's own (null: it has no row yet). */
  lead: ConversationLead | null;
}

/**
 * Writes one turn in one autocommit statement if what it was decided on still holds: `written`;
 * else nothing, and `joins` says whether that is for the person's older open lead (a locked turn's
 * work) rather than a turn or a rep who came first, or an answered message (read again and decide again).
 */
export function writeTurnIf(db: SqlExecutor, read: TurnRead, w: TurnWrite): Promise<{ written: Written | null; joins: boolean }> {
  const status = read.lead?.status ?? null;
  // An older open lead with the turn's address is looked for only where the turn could join it.
  const guard: Guard = { lead: read.lead !== null, joins: w.commit.email !== null && (status === null || status === 'open') };
  // write's own promise, not one more resolved with it (two microtasks and a promise the request context's hooks see, every turn).
  return write(db, guard, w, { version: read.version, status, verdict: read.lead?.qualifiedAs ?? null });
}

/**
 * What the turn was decided on no longer holds, found as it was written (nothing was): the client
 * message's unique index (messages_client_message) refused the turn's message, which has an answer
 * already; or the lead moved after the conversation was written (migration 030, turn_lead_moved).
 */
const decidedOnStale = (error: unknown) => {
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  return (code === '23505' && constraint === 'messages_client_message') || code === 'KY001';
};

/** The row a turn's statement returns: `version` and the lead null where it wrote nothing (turn-statements.ts). */
type WrittenRow = { joins: boolean; version: string | null } & {
  lead_status: ConversationLead['status'] | null;
  qualified_as: ConversationLead['qualifiedAs'];
};

async function write(db: SqlExecutor, guard: Guard | null, w: TurnWrite, checked: Record<string, unknown>) {
  const { commit, conversationId } = w;
  const visitorMessageId = randomUUID();
  const replies = commit.replies.map((reply) => ({ id: randomUUID(), text: reply.text, choices: reply.choices ?? null, asking: reply.asking ?? null }));
  // Fields in turn_message's order: id, role, text, choice, choices (JSON), asking, client_message_id, reply_to.
  const messages = recordArray(w.types.message, [
    [visitorMessageId, 'visitor', commit.visitorMessage.text, commit.visitorMessage.choice, null, null, w.clientMessageId, null],
    ...replies.map((reply) => [reply.id, 'bot', reply.text, null, reply.choices && json(reply.choices), reply.asking, null, visitorMessageId]),
  ]);
  const leadEvents = commit.leadEvents.map((draft) => ({ id: randomUUID(), type: draft.type, data: draft.data }));
  const outbox = [
    // One row per sink for each lead event (key `<sink>:<eventId>`); the turn's own rows keyed once ever.
    ...leadEvents.flatMap((event) => w.sinks.map((kind) => ({ kind, conversationId: w.leadId, key: `${kind}:${event.id}`, payload: { eventId: event.id } }))),
    ...commit.outbox.map((item) => ({ kind: item.kind, conversationId, key: item.key ?? `${item.kind}:${conversationId}`, payload: item.payload })),
  ].map((row) => ({ id: randomUUID(), ...row }));
  const consents = commit.events.flatMap((event) =>
    event.type === 'consent_changed' ? [{ granted: event.consent === 'granted', text: event.text ?? null, textVersion: event.textVersion ?? null }] : [],
  );
  const review = (commit.review ?? []).map((item) => ({ id: randomUUID(), ...item }));
  const qualifiedAs = qualifiedAfter(w.leadBefore?.qualifiedAs ?? null, commit.leadEvents);
  // A later conversation of the person that has not got far yet does not undo what an earlier one decided.
  const keepsVerdict = w.leadId !== conversationId && commit.lead.decision === 'incomplete';
  const { lead, state } = commit;
  const domain = commit.company ? companyDomain(commit.company.email) : null;
  const companyName = commit.company?.name ?? null;
  const nameKey = companyName ? normaliseCompanyName(companyName) || null : null;
  const shape: Shape = {
    answers: commit.answers.length > 0,
    events: commit.events.length > 0,
    consents: consents.length > 0,
    review: review.length > 0,
    leadEvents: leadEvents.length > 0,
    outbox: outbox.length > 0,
    company: domain !== null ? 'domain' : nameKey !== null ? 'name' : null,
    keepsVerdict,
  };
  // The rare lists only where the statement has their parts: on most turns they are empty, and each
  // byte of the jsonb parameter costs the server its parse.
  const rare = shape.consents || shape.review || shape.leadEvents || shape.outbox;
  const rows = rare ? { consents, review, leadEvents, outbox, notify: [...new Set(outbox.map((row) => row.kind))] } : null;
  const stateText = json(state);
  const at = w.now.toISOString();
  // One literal of fixed keys, the checked values apart: spread into it, they made V8 define each key
  // of a fresh object one by one on every turn (a runtime call per key, ~1.5 % of a turn's CPU).
  const values: Record<string, unknown> = {
    rows: rows && json(rows),
    // turn_event's order: type, data (the whole event, as JSON): the answers recorded are their answer_recorded events (migration 029).
    events: recordArray(w.types.event, commit.events.map((event) => [event.type, json(event)])),
    messages,
    conversation: conversationId,
    now: at,
    visitor: w.visitorId,
    state: stateText,
    decision: state.decision,
    locale: state.locale,
    score: json(lead.score),
    leadDecision: lead.decision,
    definitionVersion: w.definitionVersion,
    owner: lead.ownerId,
    qualifiedAs,
    channel: OUTBOX_CHANNEL,
    lead: w.leadId,
    email: commit.email,
    domain,
    companyName,
    nameKey,
  };
  const { text, names } = statementFor(guard, shape);
  const params = names.map((name) => {
    if (Object.hasOwn(checked, name)) return checked[name];
    if (!(name in values)) throw new Error(`the turn's statement names :${name}, which has no value`);
    return values[name];
  });
  let stored: WrittenRow[];
  try {
    stored = await db.query<WrittenRow>(text, params);
  } catch (error) {
    // The message was answered before the version the turn was decided on, or the lead moved: nothing
    // was written; the read the caller makes next finds it so (turn-statements.ts, `guarded`).
    if (guard && decidedOnStale(error)) return { written: null, joins: false };
    throw error;
  }
  const [first] = stored;
  if (!first || first.joins || first.version === null || first.lead_status === null) return { written: null, joins: !!first?.joins };
  return {
    written: {
      // As a read of the rows gives them back (records.ts, toMessage).
      messages: replies.map(({ id, text, choices, asking }): StoredMessage => ({ id, conversationId, role: 'bot', text, ...(choices ? { choices } : {}), asking, createdAt: at })),
      version: first.version,
      lead: { id: w.leadId, status: first.lead_status, qualifiedAs: first.qualified_as },
    },
    joins: false,
  };
}
