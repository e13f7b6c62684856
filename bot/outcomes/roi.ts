import { ratio } from './funnel.js';

/**
 * ROI per campaign. A marketer enters what a campaign (its utm_campaign) cost over a period of days.
 * The rule: a won deal's amount counts for the campaign of the lead's first conversation when that
 * conversation started within the period (UTC days, both ends included), however much later it was
 * won, and only in the cost's currency (amounts in other currencies are not converted).
 */
export interface CampaignCost {
  id: string;
  campaign: string;
  /** YYYY-MM-DD, both included. */
  from: string;
  to: string;
  amount: number;
  currency: string;
}

/** What the campaign's conversations of the period became. */
export interface CampaignResults {
  conversations: number;
  /** Conversations that qualified (sales_ready or nurture). */
  leads: number;
  salesReady: number;
  won: number;
  /** Won amounts in the cost's currency. */
  revenue: number;
}

export interface CampaignRoi extends CampaignCost, CampaignResults {
  /** (revenue − cost) / cost; null when the cost is 0. */
  roi: number | null;
  revenuePerLead: number | null;
  costPerSalesReadyLead: number | null;
}

export function campaignRoi(cost: CampaignCost, results: CampaignResults): CampaignRoi {
  return {
    ...cost,
    ...results,
    roi: ratio(results.revenue - cost.amount, cost.amount),
    revenuePerLead: ratio(results.revenue, results.leads),
    costPerSalesReadyLead: ratio(cost.amount, results.salesReady),
  };
}
