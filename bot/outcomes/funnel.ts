/**
 * The funnel from a conversation to a won deal, as counts the store gives and the rates people read.
 * Each step counts conversations started in the period (a cohort): a lead won in March from a
 * February conversation counts in February.
 */
export const FUNNEL_STEPS = ['conversations', 'engaged', 'decided', 'sales_ready', 'handed_off', 'accepted', 'won'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];
export type FunnelCounts = Record<FunnelStep, number>;

export interface FunnelRow {
  step: FunnelStep;
  count: number;
  /** Of the step before; null for the first step or when the one before is 0. */
  ofPrevious: number | null;
  /** Of the conversations; null when there were none. */
  ofConversations: number | null;
}

export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

export function funnelRows(counts: FunnelCounts): FunnelRow[] {
  return FUNNEL_STEPS.map((step, i) => ({
    step,
    count: counts[step],
    ofPrevious: i === 0 ? null : ratio(counts[step], counts[FUNNEL_STEPS[i - 1]!]),
    ofConversations: ratio(counts[step], counts.conversations),
  }));
}

export function addCounts(rows: FunnelCounts[]): FunnelCounts {
  const total = Object.fromEntries(FUNNEL_STEPS.map((s) => [s, 0])) as FunnelCounts;
  for (const row of rows) for (const step of FUNNEL_STEPS) total[step] += row[step];
  return total;
}

/** The p-quantile with linear interpolation between the nearest ranks (PostgreSQL's percentile_cont). */
export function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low);
}
