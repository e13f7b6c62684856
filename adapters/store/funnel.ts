import { FUNNEL_STEPS, type FunnelCounts } from '../../bot/outcomes/funnel.js';
import type { SqlExecutor } from './driver.js';
import { OUTCOME_WHERE, type OutcomeFilter, outcomeParams } from './outcome-filter.js';

export type Period = 'day' | 'week';

export interface FunnelBucket {
  /** The day or the week's Monday, as YYYY-MM-DD in the zone asked for. */
  start: string;
  counts: FunnelCounts;
}

export interface ResponseTimes {
  /** Handed-off leads a rep has accepted or rejected. */
  acted: number;
  /** Seconds from the handoff to the rep's decision (accept or reject). */
  median: number | null;
  p90: number | null;
}

export interface OwnerFigures {
  ownerId: string;
  received: number;
  accepted: number;
  /** Seconds from the handoff to the acceptance, median over the accepted. */
  medianToAccept: number | null;
  /** Not accepted or rejected within the SLA (still waiting past it counts too). */
  slaMisses: number;
}

export interface FunnelStore {
  funnel(filter: OutcomeFilter, period: Period, timeZone: string): Promise<FunnelBucket[]>;
  responseTimes(filter: OutcomeFilter): Promise<ResponseTimes>;
  ownerFigures(filter: OutcomeFilter, slaMinutes: number, now: Date): Promise<OwnerFigures[]>;
}

type CountRow = Record<(typeof FUNNEL_STEPS)[number], string | number> & { start: string };

/**
 * A rep's decision on each lead, from the lead events (few per lead, beside their own index): the
 * first accept or reject, and the acceptance. Joined as a set, not looked up lead by lead.
 */
const REP_DECISIONS = `(SELECT e.lead_id, min(e.created_at) AS first_at, min(e.created_at) FILTER (WHERE e.type = 'lead.accepted') AS accepted_at
  FROM lead_events e WHERE e.type IN ('lead.accepted', 'lead.rejected') AND e.created_at >= $1 GROUP BY e.lead_id) r`;

export function funnelStore(db: SqlExecutor): FunnelStore {
  return {
    async funnel(filter, period, timeZone) {
      // A conversation is engaged once it has an answer; the lead (if any) says how far it went.
      // Grouped on the truncated time (cheaper than text), formatted after. Engaged: the conversations
      // with an answer (answered after the period began), as one set rather than a lookup per row.
      const rows = await db.query<CountRow>(
        `SELECT to_char(b.bucket, 'YYYY-MM-DD') AS start, b.* FROM (
           SELECT date_trunc($9, c.created_at AT TIME ZONE $10) AS bucket,
             count(*) AS conversations,
             count(*) FILTER (WHERE c.decision <> 'incomplete' OR e.conversation_id IS NOT NULL) AS engaged,
             count(*) FILTER (WHERE c.decision <> 'incomplete') AS decided,
             count(*) FILTER (WHERE c.decision = 'sales_ready') AS sales_ready,
             count(l.handed_off_at) AS handed_off,
             count(*) FILTER (WHERE l.status IN ('accepted', 'won', 'lost')) AS accepted,
             count(*) FILTER (WHERE l.status = 'won') AS won
           FROM conversations c LEFT JOIN leads l ON l.conversation_id = c.id
             LEFT JOIN (SELECT DISTINCT a.conversation_id FROM answers a WHERE a.at >= $1) e ON e.conversation_id = c.id
           WHERE ${OUTCOME_WHERE}
           GROUP BY 1) b
         ORDER BY b.bucket`,
        [...outcomeParams(filter), period, timeZone],
      );
      return rows.map((r) => ({ start: r.start, counts: Object.fromEntries(FUNNEL_STEPS.map((s) => [s, Number(r[s])])) as FunnelCounts }));
    },

    async responseTimes(filter) {
      const [row] = await db.query<{ acted: string | number; median: number | null; p90: number | null }>(
        `SELECT count(*) AS acted,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.first_at - l.handed_off_at)) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM r.first_at - l.handed_off_at)) AS p90
         FROM conversations c JOIN leads l ON l.conversation_id = c.id JOIN ${REP_DECISIONS} ON r.lead_id = l.conversation_id
         WHERE ${OUTCOME_WHERE} AND l.handed_off_at IS NOT NULL`,
        outcomeParams(filter),
      );
      return { acted: Number(row?.acted ?? 0), median: row?.median == null ? null : Number(row.median), p90: row?.p90 == null ? null : Number(row.p90) };
    },

    async ownerFigures(filter, slaMinutes, now) {
      const rows = await db.query<{ owner_id: string; received: string | number; accepted: string | number; median: number | null; misses: string | number }>(
        `SELECT l.owner_id, count(*) AS received, count(r.accepted_at) AS accepted,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.accepted_at - l.handed_off_at)) AS median,
           count(*) FILTER (WHERE coalesce(r.first_at, $9::timestamptz) > l.handed_off_at + make_interval(mins => $10)) AS misses
         FROM conversations c JOIN leads l ON l.conversation_id = c.id LEFT JOIN ${REP_DECISIONS} ON r.lead_id = l.conversation_id
         WHERE ${OUTCOME_WHERE} AND l.handed_off_at IS NOT NULL AND l.owner_id IS NOT NULL
         GROUP BY l.owner_id ORDER BY l.owner_id`,
        [...outcomeParams(filter), now.toISOString(), slaMinutes],
      );
      return rows.map((r) => ({
        ownerId: r.owner_id,
        received: Number(r.received),
        accepted: Number(r.accepted),
        medianToAccept: r.median == null ? null : Number(r.median),
        slaMisses: Number(r.misses),
      }));
    },
  };
}
