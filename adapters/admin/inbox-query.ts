import { z } from 'zod';
import { LeadStatus } from '../../bot/lead/status.js';
import { Locale } from '../../qualification/definition/schema.js';
import { Decision } from '../../qualification/score/result.js';
import type { InboxConditions } from '../store/lead-inbox.js';

const blankToUndefined = (v: unknown) => (v === '' ? undefined : v);
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a day like 2026-12-31');

/** The inbox's filters, as the leads page and the CSV export read them from the query string. */
export const InboxQuery = z.object({
  decision: z.preprocess(blankToUndefined, Decision.optional()),
  status: z.preprocess(blankToUndefined, LeadStatus.optional()),
  owner: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  locale: z.preprocess(blankToUndefined, Locale.optional()),
  from: z.preprocess(blankToUndefined, Day.optional()),
  to: z.preprocess(blankToUndefined, Day.optional()),
  campaign: z.preprocess(blankToUndefined, z.string().max(200).optional()),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

/** `to` is a whole day: up to the start of the next. */
export function inboxConditions(q: InboxQuery): InboxConditions {
  const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString();
  return {
    decision: q.decision,
    status: q.status,
    ownerId: q.owner,
    locale: q.locale,
    from: q.from ? `${q.from}T00:00:00.000Z` : undefined,
    to: q.to ? nextDay(q.to) : undefined,
    campaign: q.campaign,
  };
}
