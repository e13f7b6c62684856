import { randomUUID } from 'node:crypto';
import type { LeadActionRecord, LeadState } from '../../bot/lead/lifecycle.js';
import type { LeadStore } from '../../bot/ports/leads.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import type { LeadEventSinks } from './lead-events.js';
import { OUTBOX_CHANNEL, settle } from './outbox.js';
import { iso, isoOrNull, json } from './records.js';

/**
 * The lead in sales' hands. Rep and SLA actions are kept as audit events typed `lead.<action>`
 * (the card's history, the admin's timeline); the lifecycle decides, this applies it to the lead as it was decided on.
 */

const ACTION_PREFIX = 'lead.';

export interface LeadRow {
  conversation_id: string;
  status: LeadState['status'];
  decision: LeadState['decision'];
  owner_id: string | null;
  assignee: string | null;
  handed_off_at: Date | string | null;
  reminders_sent: number;
  definition_version: number;
}

/** One of the lead's actions as the read aggregates them (`at` comes back as JSON text). */
interface ActionRow {
  actor: string;
  type: string;
  data: Record<string, string | number>;
  at: string;
}

/**
 * The lead's columns, its row version and its actions (audit events `lead.*`, oldest first) in one
 * statement: every read of a lead needs both, and a second round trip for the actions cost as much
 * as the lead itself. `l` is the leads row.
 */
export const LEAD_READ = `l.conversation_id, l.status, l.decision, l.owner_id, l.assignee, l.handed_off_at, l.reminders_sent, l.definition_version,
  l.xmin::text AS version,
  (SELECT COALESCE(jsonb_agg(jsonb_build_object('actor', a.actor, 'type', a.type, 'data', a.data::jsonb, 'at', a.at) ORDER BY a.seq), '[]')
   FROM audit_events a WHERE a.conversation_id = l.conversation_id AND a.type LIKE 'lead.%') AS actions`;

export interface ReadLeadRow extends LeadRow {
  /**
   * The lead row's xmin: any write to the lead row changes it. The card and the reminder clock are in a
   * row apart (lead_cards, migration 032), which no change is decided on: each change sets the clock anew.
   */
  version: string;
  actions: ActionRow[];
}

export function toLeadState(row: ReadLeadRow): LeadState {
  return {
    id: row.conversation_id,
    status: row.status,
    decision: row.decision,
    ownerId: row.owner_id,
    assignee: row.assignee,
    handedOffAt: isoOrNull(row.handed_off_at),
    remindersSent: row.reminders_sent,
    definitionVersion: row.definition_version,
    actions: row.actions.map((a) => ({
      type: a.type.slice(ACTION_PREFIX.length) as LeadActionRecord['type'],
      by: a.actor === 'kysy' ? null : a.actor,
      at: iso(a.at),
      detail: a.data,
    })),
  };
}

export async function readLead(db: SqlExecutor, leadId: string): Promise<ReadLeadRow | undefined> {
  const [row] = await db.query<ReadLeadRow>(`SELECT ${LEAD_READ} FROM leads l WHERE l.conversation_id = $1`, [leadId]);
  return row;
}

/**
 * A change decided on the lead as read, written only while the row is still that version (its xmin),
 * in one statement: the lead's columns, its reminder clock, the action's audit event, the lead events, their outbox rows,
 * the NOTIFY that wakes their workers and the delivery the change completes, settled (the handoff's
 * outbox item). The audit and event rows are written only once the update has the lead's row
 * (locked): the purge, which locks the lead first, never misses them.
 */
const WRITE_CHANGE = `WITH l AS (
  UPDATE leads SET status = $3, assignee = $4, handed_off_at = $5, reminders_sent = $6, updated_at = $8
  WHERE conversation_id = $1 AND xmin = $2::text::xid
  RETURNING conversation_id),
-- The reminder clock beside the card (migration 032).
clock AS (
  INSERT INTO lead_cards (conversation_id, next_reminder_at) SELECT conversation_id, $7::timestamptz FROM l
  ON CONFLICT (conversation_id) DO UPDATE SET next_reminder_at = excluded.next_reminder_at),
a AS (
  INSERT INTO audit_events (conversation_id, actor, type, data, at)
  SELECT l.conversation_id, r.v->>'actor', r.v->>'type', (r.v->'data')::text, (r.v->>'at')::timestamptz
  FROM l, jsonb_array_elements($9::jsonb) AS r(v)),
e AS (
  INSERT INTO lead_events (id, lead_id, type, data, created_at)
  SELECT r.v->>'id', l.conversation_id, r.v->>'type', r.v->'data', $8
  FROM l, jsonb_array_elements($10::jsonb) WITH ORDINALITY AS r(v, n) ORDER BY r.n),
o AS (
  INSERT INTO outbox (id, kind, conversation_id, idempotency_key, payload, next_attempt_at, created_at)
  SELECT gen_random_uuid()::text, s.kind, l.conversation_id, s.kind || ':' || (r.v->>'id'), jsonb_build_object('eventId', r.v->>'id'), $8, $8
  FROM l, jsonb_array_elements($10::jsonb) WITH ORDINALITY AS r(v, n)
  CROSS JOIN jsonb_array_elements_text($11::jsonb) WITH ORDINALITY AS s(kind, m)
  ORDER BY r.n, s.m
  ON CONFLICT (idempotency_key) DO NOTHING),
-- Sent on commit: each sink's worker delivers now instead of at its next poll.
n AS (SELECT pg_notify('${OUTBOX_CHANNEL}', s) FROM l, jsonb_array_elements_text($11::jsonb) AS s),
-- The delivery this change completes, settled as markDelivered (outbox.ts) settles one.
d AS (UPDATE outbox SET status = 'delivered', delivered_at = $8, result = $13, last_error = NULL WHERE id = $12 AND EXISTS (SELECT FROM l))
SELECT (SELECT count(*) FROM l)::int AS written, (SELECT count(*) FROM n)::int AS notified`;

/** A lead read again this many times because others changed it meanwhile is a fault, not contention. */
const MAX_ATTEMPTS = 100;

export function leadStore(driver: SqlDriver, clock: Clock, sinks: LeadEventSinks): LeadStore {
  return {
    async lead(leadId) {
      const row = await readLead(driver, leadId);
      return row ? toLeadState(row) : null;
    },

    async changeLead(leadId, decide, settling) {
      // Optimistic rather than a transaction holding the row lock across a round trip to decide: two
      // statements instead of six, and on PGlite (one connection) no transaction holding up the turns.
      for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
        const row = await readLead(driver, leadId);
        const current = row && toLeadState(row);
        const change = current && decide(current);
        if (!row || !current || !change) {
          if (settling) await settle(driver, settling.outboxId, settling.result, clock.now());
          return null;
        }
        const { nextReminderAt, ...lead } = change.lead;
        const now = clock.now().toISOString();
        const { record } = change;
        const audit = record ? [{ actor: record.by ?? 'kysy', type: `${ACTION_PREFIX}${record.type}`, data: record.detail, at: record.at }] : [];
        const events = change.events.map((event) => ({ id: randomUUID(), type: event.type, data: event.data }));
        const [written] = await driver.query<{ written: number }>(WRITE_CHANGE, [
          leadId, row.version, lead.status, lead.assignee, lead.handedOffAt, lead.remindersSent, nextReminderAt, now,
          json(audit), json(events), json(events.length > 0 ? sinks : []), settling?.outboxId ?? null, settling ? json(settling.result) : null,
        ]);
        if (written?.written === 1) return { ...current, ...lead, actions: record ? [...current.actions, record] : current.actions };
      }
      throw new Error(`lead ${leadId} kept changing under ${MAX_ATTEMPTS} attempts to change it`);
    },

    async claimReminders(now, limit, leaseUntil) {
      // The clock is the card's row (migration 032): locked there, as a lead's change writes it.
      const rows = await driver.query<ReadLeadRow>(
        `WITH due AS (
           SELECT c.conversation_id FROM lead_cards c JOIN leads l ON l.conversation_id = c.conversation_id
           WHERE l.status = 'handed_off' AND c.card_ts IS NOT NULL AND c.next_reminder_at <= $1
           ORDER BY c.next_reminder_at LIMIT $2
           FOR UPDATE OF c SKIP LOCKED),
         claimed AS (UPDATE lead_cards c SET next_reminder_at = $3 FROM due WHERE c.conversation_id = due.conversation_id RETURNING c.conversation_id)
         SELECT ${LEAD_READ} FROM claimed JOIN leads l ON l.conversation_id = claimed.conversation_id`,
        [now.toISOString(), limit, leaseUntil.toISOString()],
      );
      return rows.map(toLeadState);
    },
  };
}
