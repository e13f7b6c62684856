import { z } from 'zod';
import { addCounts, funnelRows, type FunnelRow } from '../../bot/outcomes/funnel.js';
import { type LiftTable, liftTable } from '../../bot/outcomes/lift.js';
import { type CampaignRoi, campaignRoi } from '../../bot/outcomes/roi.js';
import { Channel } from '../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../bot/service/definition-catalog.js';
import { Locale } from '../../qualification/definition/schema.js';
import type { FunnelBucket, FunnelStore, OwnerFigures, Period, ResponseTimes } from '../store/funnel.js';
import type { OutcomeFilter } from '../store/outcome-filter.js';
import type { OutcomeStore, OutcomeSummary } from '../store/outcomes.js';

const blank = (v: unknown) => (v === '' ? undefined : v);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-12-31');
const TimeZone = z.string().refine((zone) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}, 'must be a time zone like Europe/Helsinki');

/** The dashboard's filters; days are UTC days, the buckets are days or weeks in `tz`. */
export const OutcomeQuery = z.object({
  from: z.preprocess(blank, Day.optional()),
  to: z.preprocess(blank, Day.optional()),
  period: z.preprocess(blank, z.enum(['day', 'week']).default('week')),
  tz: z.preprocess(blank, TimeZone.default('UTC')),
  locale: z.preprocess(blank, Locale.optional()),
  channel: z.preprocess(blank, Channel.optional()),
  source: z.preprocess(blank, z.string().max(200).optional()),
  medium: z.preprocess(blank, z.string().max(200).optional()),
  campaign: z.preprocess(blank, z.string().max(200).optional()),
  version: z.preprocess(blank, z.coerce.number().int().min(1).optional()),
});
export type OutcomeQuery = z.infer<typeof OutcomeQuery>;

export interface OutcomeReport {
  query: OutcomeQuery & { from: string; to: string };
  period: Period;
  timeZone: string;
  buckets: FunnelBucket[];
  funnel: FunnelRow[];
  responseTimes: ResponseTimes;
  owners: Array<OwnerFigures & { name: string }>;
  outcomes: OutcomeSummary;
  lift: LiftTable;
  slaMinutes: number;
}

const DAY = 86_400_000;
const dayOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** Eight whole weeks up to today unless the query says otherwise. */
export function outcomeFilter(q: OutcomeQuery, now: Date): { filter: OutcomeFilter; from: string; to: string } {
  const to = q.to ?? dayOf(now.getTime());
  const from = q.from ?? dayOf(Date.parse(`${to}T00:00:00Z`) - 55 * DAY);
  return {
    from,
    to,
    filter: {
      from: `${from}T00:00:00.000Z`,
      to: new Date(Date.parse(`${to}T00:00:00Z`) + DAY).toISOString(),
      locale: q.locale,
      channel: q.channel,
      source: q.source,
      medium: q.medium,
      campaign: q.campaign,
      version: q.version,
    },
  };
}

export async function outcomeReport(store: FunnelStore & OutcomeStore, definitions: DefinitionCatalog, q: OutcomeQuery, now: Date): Promise<OutcomeReport> {
  const { filter, from, to } = outcomeFilter(q, now);
  const { definition } = await definitions.current();
  const slaMinutes = definition.sla.acceptMinutes;
  // One after another: PGlite answers one query at a time anyway, and a pool stays free for visitors.
  const buckets = await store.funnel(filter, q.period, q.tz);
  const responseTimes = await store.responseTimes(filter);
  const owners = await store.ownerFigures(filter, slaMinutes, now);
  const outcomes = await store.outcomeSummary(filter);
  const lift = liftTable(definition, await store.liftAnswers(filter));
  const names = new Map(definition.routing.owners.map((o) => [o.id, o.name]));
  return {
    query: { ...q, from, to },
    period: q.period,
    timeZone: q.tz,
    buckets,
    funnel: funnelRows(addCounts(buckets.map((b) => b.counts))),
    responseTimes,
    owners: owners.map((o) => ({ ...o, name: names.get(o.ownerId) ?? o.ownerId })),
    outcomes,
    lift,
    slaMinutes,
  };
}

export const NewCost = z.object({
  campaign: z.string().trim().min(1, 'name the campaign (its utm_campaign)').max(200),
  from: Day,
  to: Day,
  amount: z.coerce.number().min(0, 'must be 0 or more').max(1e11),
  currency: z.string().trim().toUpperCase().regex(/^[A-Z]{3}$/, 'must be a currency code like EUR'),
}).refine((c) => c.to >= c.from, { path: ['to'], message: 'must not be before from' });

export async function roiReport(store: OutcomeStore): Promise<CampaignRoi[]> {
  const rows: CampaignRoi[] = [];
  for (const cost of await store.campaignCosts()) rows.push(campaignRoi(cost, await store.campaignResults(cost)));
  return rows;
}
