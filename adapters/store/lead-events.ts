import { LeadEvent } from '../../bot/lead/events.js';
import type { LeadEventStore } from '../../bot/ports/lead-events.js';
import type { SqlExecutor } from './driver.js';
import { readLeadView } from './lead-view.js';
import { iso } from './records.js';

/**
 * The outbox kinds lead events are fanned out to (`webhook`, `hubspot`), fixed when the store opens:
 * each event written (by a turn, turn-statements.ts, or a lead change, leads.ts) gets one outbox row
 * per sink (`kind` the sink, key `<sink>:<eventId>`, payload `{eventId}`).
 */
export type LeadEventSinks = readonly string[];

const SINK = /^[a-z][a-z0-9_]*$/;

export function checkSinks(sinks: LeadEventSinks): LeadEventSinks {
  for (const sink of sinks) if (!SINK.test(sink)) throw new Error(`lead event sink "${sink}" must be lower_snake_case`);
  return [...new Set(sinks)];
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
