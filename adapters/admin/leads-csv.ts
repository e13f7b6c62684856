import { stringify } from 'csv-stringify/sync';
import type { LeadView } from '../../bot/lead/view.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';

/** The columns before the answers, one per lead fact. */
const FIXED = [
  'lead_id', 'created_at', 'status', 'decision', 'fit', 'intent', 'total', 'owner_id', 'owner_name', 'assignee', 'handed_off_at',
  'outcome_amount', 'outcome_currency', 'outcome_reason', 'locale', 'channel', 'utm_source', 'utm_medium', 'utm_campaign',
  'contact_name', 'contact_email', 'company',
] as const;

/**
 * A spreadsheet opens a cell that starts with = + - @ (or a tab or CR) as a formula: visitor text
 * like `=HYPERLINK(…)` would run in the marketer's Excel. Such text gets a leading apostrophe (OWASP's
 * advice); numbers stay numbers.
 */
function cell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * One row per lead: its facts, then one column per criterion (`answer.<id>`, the answer as sales
 * reads it) in the current definition's order, criteria only older versions asked after them.
 * UTF-8 with a byte-order mark, so Excel shows å, ä and ö.
 */
export function leadsCsv(definition: LeadDefinition, leads: LeadView[]): string {
  const criteria = definition.criteria.map((c) => c.id);
  const older = new Set(leads.flatMap((l) => l.answers.map((a) => a.criterionId)).filter((id) => !criteria.includes(id)));
  const answerIds = [...criteria, ...[...older].sort()];
  const rows = leads.map((lead) => {
    const answers = new Map(lead.answers.map((a) => [a.criterionId, a.label]));
    return [
      lead.id, lead.createdAt, lead.status, lead.decision, lead.score.fit, lead.score.intent, lead.score.total, lead.owner?.id ?? null,
      lead.owner?.name ?? null, lead.assignee, lead.handedOffAt, lead.outcome?.amount ?? null, lead.outcome?.currency ?? null,
      lead.outcome?.reason ?? null, lead.locale, lead.channel, lead.campaign?.source ?? null, lead.campaign?.medium ?? null,
      lead.campaign?.campaign ?? null, lead.contact.name, lead.contact.email, lead.contact.company,
      ...answerIds.map((id) => answers.get(id) ?? null),
    ].map(cell);
  });
  return stringify([[...FIXED, ...answerIds.map((id) => `answer.${id}`)], ...rows], { bom: true, record_delimiter: 'windows' });
}
