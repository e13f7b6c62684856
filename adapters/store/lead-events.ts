import { randomUUID } from 'node:crypto';
import { LeadEvent, type LeadEventDraft } from '../../bot/lead/events.js';
import type { LeadEventStore } from '../../bot/ports/lead-events.js';
import type { SqlExecutor } from './driver.js';
import { readLeadView } from './lead-view.js';
import { OUTBOX_CHANNEL } from './outbox.js';
import { iso, json } from './records.js';

/** The outbox kinds lead events are fanned out to (`webhook`, `hubspot`), fixed when the store opens. */
export type LeadEventSinks = readonly string[];

const SINK = /^[a-z][a-z0-9_]*$/;

export function checkSinks(sinks: LeadEventSinks): LeadEventSinks {
  for (const sink of sinks) if (!SINK.test(sink)) throw new Error(`lead event sink "${sink}" must be lower_snake_case`);
  return [...new Set(sinks)];
}

/**
 * Writes the events of one change to a lead, inside the transaction that makes the change, and
 * one outbox row per sink for each (`kind` the sink, key `<sink>:<eventId>`, payload `{eventId}`).
 */
export async function recordLeadEvents(tx: SqlExecutor, leadId: string, drafts: LeadEventDraft[], sinks: LeadEventSinks, now: Date): Promise<void> {
  if (drafts.length === 0) return;
  const ids = drafts.map(() => randomUUID());
  await tx.query(
    `INSERT INTO lead_events (id, lead_id, type, data, created_at)
     SELECT r.v->>'id', $2, r.v->>'type', r.v->'data', $3
     FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS r(v, n) ORDER BY r.n`,
    [json(drafts.map((d, i) => ({ id: ids[i], type: d.type, data: d.data }))), leadId, now.toISOString()],
  );
  if (sinks.length === 0) return;
  await tx.query(
    `INSERT INTO outbox (id, kind, conversation_id, idempotency_key, payload, next_attempt_at, created_at)
     SELECT gen_random_uuid()::text, s.kind, $3, s.kind || ':' || e.id, jsonb_build_object('eventId', e.id), $4, $4
     FROM jsonb_array_elements_text($1::jsonb) WITH ORDINALITY AS e(id, n)
     CROSS JOIN jsonb_array_elements_text($2::jsonb) WITH ORDINALITY AS s(kind, m)
     ORDER BY e.n, s.m
     ON CONFLICT (idempotency_key) DO NOTHING`,
    [json(ids), json(sinks), leadId, now.toISOString()],
  );
  // Sent on commit: each sink's worker delivers now instead of at its next poll.
  await tx.query('SELECT pg_notify($1, s) FROM jsonb_array_elements_text($2::jsonb) AS s', [OUTBOX_CHANNEL, json(sinks)]);
}

interface EventRow {
  id: string;
  type: string;
  lead_id: string;
  data: unknown;
  created_at: Date | string;
}

export function leadEventStore(db: SqlExecutor): LeadEventStore {
  return {
    async leadEvent(eventId) {
      const [row] = await db.query<EventRow>('SELECT id, type, lead_id, data, created_at FROM lead_events WHERE id = $1', [eventId]);
      return row ? LeadEvent.parse({ id: row.id, type: row.type, leadId: row.lead_id, createdAt: iso(row.created_at), data: row.data }) : null;
    },
    leadView: (leadId) => readLeadView(db, leadId),
  };
}
