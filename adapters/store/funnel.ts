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
  /** Handed-off leads a rep has acted on (see FIRST_REP_ACTION). */
  acted: number;
  /** Seconds from the handoff to the first rep action. */
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

/**
 * The first thing a person in sales did with each lead, as a sales manager reads "time to first
 * response": accepting or rejecting it, passing it to a colleague (a reassignment is a triage decision),
 * or writing to the visitor in the chat — whichever came first (`least` of the two sets; it skips a
 * missing one). Kysy's own reminders and escalations are not rep actions. Two sets, each grouped on
 * its own so the planner sees their size (one grouped union was guessed at 200 leads and looked up
 * lead by lead, 3x slower), read through partial indexes: the rep actions' (migration 012) and the
 * rep messages' (`external_id IS NOT NULL`: only a rep's message has one, migration 027).
 */
const FIRST_REP_ACTIONS = `LEFT JOIN (SELECT a.conversation_id AS lead_id, min(a.at) AS first_at FROM audit_events a
    WHERE a.type IN ('lead.accepted', 'lead.rejected', 'lead.reassigned') AND a.actor <> 'kysy' AND a.at >= $1 GROUP BY 1) ra
    ON ra.lead_id = l.conversation_id
  LEFT JOIN (SELECT lc.lead_id, min(m.created_at) AS first_at FROM messages m JOIN conversations lc ON lc.id = m.conversation_id
    WHERE m.external_id IS NOT NULL AND m.role = 'rep' AND m.created_at >= $1 GROUP BY 1) rm ON rm.lead_id = l.conversation_id`;

export function funnelStore(db: SqlExecutor): FunnelStore {
  return {
    async funnel(filter, period, timeZone) {
      // A conversation is engaged once it has an answer (the `answered` marker its turn sets,
      // migration 013; a decided one was answered too); the lead (if any) says how far it went.
      // Grouped on the truncated time (cheaper than text), formatted after.
      const rows = await db.query<CountRow>(
        `SELECT to_char(b.bucket, 'YYYY-MM-DD') AS start, b.* FROM (
           SELECT date_trunc($9, c.created_at AT TIME ZONE $10) AS bucket,
             count(*) AS conversations,
             count(*) FILTER (WHERE c.answered OR c.decision <> 'incomplete') AS engaged,
             count(*) FILTER (WHERE c.decision <> 'incomplete') AS decided,
             count(*) FILTER (WHERE c.decision = 'sales_ready') AS sales_ready,
             count(l.handed_off_at) AS handed_off,
             count(*) FILTER (WHERE l.status IN ('accepted', 'won', 'lost')) AS accepted,
             count(*) FILTER (WHERE l.status = 'won') AS won
           FROM conversations c LEFT JOIN leads l ON l.conversation_id = c.id
           WHERE ${OUTCOME_WHERE}
           GROUP BY 1) b
         ORDER BY b.bucket`,
        [...outcomeParams(filter), period, timeZone],
      );
      return rows.map((r) => ({ start: r.start, counts: Object.fromEntries(FUNNEL_STEPS.map((s) => [s, Number(r[s])])) as FunnelCounts }));
    },

    async responseTimes(filter) {
      // A rep may act while the handoff is still being delivered (the card is up, not yet marked):
      // that counts as an immediate response, never a negative one.
      const [row] = await db.query<{ acted: string | number; median: number | null; p90: number | null }>(
        `SELECT count(*) AS acted,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(extract(epoch FROM least(ra.first_at, rm.first_at) - l.handed_off_at), 0)) AS median,
           percentile_cont(0.9) WITHIN GROUP (ORDER BY greatest(extract(epoch FROM least(ra.first_at, rm.first_at) - l.handed_off_at), 0)) AS p90
         FROM conversations c JOIN leads l ON l.conversation_id = c.id ${FIRST_REP_ACTIONS}
         WHERE ${OUTCOME_WHERE} AND l.handed_off_at IS NOT NULL AND (ra.first_at IS NOT NULL OR rm.first_at IS NOT NULL)`,
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
