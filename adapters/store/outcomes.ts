import { randomUUID } from 'node:crypto';
import type { LiftAnswer } from '../../bot/outcomes/lift.js';
import type { CampaignCost, CampaignResults } from '../../bot/outcomes/roi.js';
import type { SqlExecutor } from './driver.js';
import { OUTCOME_WHERE, type OutcomeFilter, outcomeParams } from './outcome-filter.js';
import { iso } from './records.js';

export interface OutcomeSummary {
  won: number;
  /** Won amounts per currency. */
  revenue: Array<{ currency: string; amount: number }>;
  lost: number;
  rejected: number;
  /** Why leads were rejected or lost, most frequent first. */
  reasons: Array<{ type: 'rejected' | 'lost'; reason: string; count: number }>;
}

export type NewCampaignCost = Omit<CampaignCost, 'id'>;
export interface StoredCampaignCost extends CampaignCost {
  createdBy: string;
  createdAt: string;
}

export interface OutcomeStore {
  outcomeSummary(filter: OutcomeFilter): Promise<OutcomeSummary>;
  /** Handed-off leads' latest answer per criterion, with where the lead is now. */
  liftAnswers(filter: OutcomeFilter): Promise<LiftAnswer[]>;
  campaignCosts(): Promise<StoredCampaignCost[]>;
  addCampaignCost(cost: NewCampaignCost, by: string, now: Date): Promise<StoredCampaignCost>;
  /** False when there was no such cost. */
  removeCampaignCost(id: string): Promise<boolean>;
  /** What the campaign's conversations started within the cost's period became (the ROI rule, bot/outcomes/roi.ts). */
  campaignResults(cost: CampaignCost): Promise<CampaignResults>;
}

interface CostRow {
  id: string;
  campaign: string;
  period_start: string;
  period_end: string;
  amount: string | number;
  currency: string;
  created_by: string;
  created_at: Date | string;
}

const COST_COLUMNS = `id, campaign, to_char(period_start, 'YYYY-MM-DD') AS period_start, to_char(period_end, 'YYYY-MM-DD') AS period_end,
  amount, currency, created_by, created_at`;

const toCost = (r: CostRow): StoredCampaignCost => ({
  id: r.id,
  campaign: r.campaign,
  from: r.period_start,
  to: r.period_end,
  amount: Number(r.amount),
  currency: r.currency,
  createdBy: r.created_by,
  createdAt: iso(r.created_at),
});

/** The outcome of each lead: its latest won, lost or rejected event, when it still has that status. */
const ENDED = `LATERAL (SELECT e.type, e.data FROM lead_events e
    WHERE e.lead_id = l.conversation_id AND e.type IN ('lead.won', 'lead.lost', 'lead.rejected') ORDER BY e.seq DESC LIMIT 1) o`;

export function outcomeStore(db: SqlExecutor): OutcomeStore {
  return {
    async outcomeSummary(filter) {
      const rows = await db.query<{ type: string; reason: string | null; currency: string | null; count: string | number; amount: string | number | null }>(
        `SELECT o.type, o.data->>'reason' AS reason, o.data->>'currency' AS currency, count(*) AS count, sum((o.data->>'amount')::numeric) AS amount
         FROM conversations c JOIN leads l ON l.conversation_id = c.id CROSS JOIN ${ENDED}
         WHERE ${OUTCOME_WHERE} AND o.type = 'lead.' || l.status
         GROUP BY 1, 2, 3`,
        outcomeParams(filter),
      );
      const of = (type: string) => rows.filter((r) => r.type === type);
      const total = (type: string) => of(type).reduce((s, r) => s + Number(r.count), 0);
      return {
        won: total('lead.won'),
        revenue: of('lead.won')
          .filter((r) => r.currency)
          .map((r) => ({ currency: r.currency!, amount: Number(r.amount ?? 0) }))
          .sort((a, b) => b.amount - a.amount),
        lost: total('lead.lost'),
        rejected: total('lead.rejected'),
        reasons: rows
          .filter((r) => r.type !== 'lead.won')
          .map((r) => ({ type: r.type === 'lead.lost' ? ('lost' as const) : ('rejected' as const), reason: r.reason ?? '(none given)', count: Number(r.count) }))
          .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
      };
    },

    async liftAnswers(filter) {
      const rows = await db.query<{ lead_id: string; criterion: string; value: LiftAnswer['value']; status: LiftAnswer['status'] }>(
        `SELECT DISTINCT ON (a.conversation_id, a.criterion) a.conversation_id AS lead_id, a.criterion, a.value, l.status
         FROM conversations c JOIN leads l ON l.conversation_id = c.id JOIN answers a ON a.conversation_id = c.id
         WHERE ${OUTCOME_WHERE} AND l.handed_off_at IS NOT NULL
         ORDER BY a.conversation_id, a.criterion, a.at DESC, a.seq DESC`,
        outcomeParams(filter),
      );
      return rows.map((r) => ({ leadId: r.lead_id, criterionId: r.criterion, value: r.value, status: r.status }));
    },

    async campaignCosts() {
      const rows = await db.query<CostRow>(`SELECT ${COST_COLUMNS} FROM campaign_costs ORDER BY period_start DESC, campaign, created_at`);
      return rows.map(toCost);
    },

    async addCampaignCost(cost, by, now) {
      const [row] = await db.query<CostRow>(
        `INSERT INTO campaign_costs (id, campaign, period_start, period_end, amount, currency, created_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING ${COST_COLUMNS}`,
        [randomUUID(), cost.campaign, cost.from, cost.to, cost.amount, cost.currency, by, now.toISOString()],
      );
      return toCost(row!);
    },

    async removeCampaignCost(id) {
      const rows = await db.query('DELETE FROM campaign_costs WHERE id = $1 RETURNING id', [id]);
      return rows.length > 0;
    },

    async campaignResults(cost) {
      const [row] = await db.query<Record<'conversations' | 'leads' | 'sales_ready' | 'won' | 'revenue', string | number | null>>(
        `SELECT count(*) AS conversations,
           count(*) FILTER (WHERE c.decision IN ('sales_ready', 'nurture')) AS leads,
           count(*) FILTER (WHERE c.decision = 'sales_ready') AS sales_ready,
           count(*) FILTER (WHERE l.status = 'won') AS won,
           sum((w.data->>'amount')::numeric) FILTER (WHERE w.data->>'currency' = $4) AS revenue
         FROM conversations c LEFT JOIN leads l ON l.conversation_id = c.id
         LEFT JOIN LATERAL (SELECT e.data FROM lead_events e WHERE e.lead_id = l.conversation_id AND e.type = 'lead.won' ORDER BY e.seq DESC LIMIT 1) w
           ON l.status = 'won'
         WHERE c.context->'utm'->>'utm_campaign' = $1 AND c.created_at >= ($2::date)::timestamp AT TIME ZONE 'UTC' AND c.created_at < ($3::date + 1)::timestamp AT TIME ZONE 'UTC'`,
        [cost.campaign, cost.from, cost.to, cost.currency],
      );
      return {
        conversations: Number(row?.conversations ?? 0),
        leads: Number(row?.leads ?? 0),
        salesReady: Number(row?.sales_ready ?? 0),
        won: Number(row?.won ?? 0),
        revenue: Number(row?.revenue ?? 0),
      };
    },
  };
}
