import type { AnswerValue } from '../../../qualification/answer.js';
import type { Criterion, LeadDefinition } from '../../../qualification/definition/schema.js';
import type { VersionSummary } from '../../store/definition-drafts.js';
import type { ReviewGroup, WeeklyCount } from '../../store/review-queue.js';

/** How many weeks the page counts back, this one included. */
export const WEEKS = 8;
const DAY_MS = 24 * 60 * 60_000;

/** The Mondays (UTC, YYYY-MM-DD) of the last `weeks` weeks up to the one `now` is in, oldest first. */
export function weekStarts(now: Date, weeks = WEEKS): string[] {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const monday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
  return Array.from({ length: weeks }, (_, i) => new Date(monday - (weeks - 1 - i) * 7 * DAY_MS).toISOString().slice(0, 10));
}

const labelIn = (definition: LeadDefinition, text: Partial<Record<string, string>>) =>
  text[definition.defaultLocale] ?? Object.values(text)[0] ?? '';

function optionsOf(definition: LeadDefinition, criterion: Criterion | undefined) {
  if (!criterion || (criterion.type !== 'choice' && criterion.type !== 'multi')) return [];
  return criterion.options.map((o) => ({ id: o.id, label: labelIn(definition, o.label) }));
}

function chosenLabel(options: Array<{ id: string; label: string }>, value: AnswerValue): string {
  const ids = Array.isArray(value) ? value : [value];
  return ids.map((id) => options.find((o) => o.id === id)?.label ?? String(id)).join(', ');
}

/**
 * The queue as the page shows it, named from `definition` (the draft when it is valid, else the live
 * one): each group with its criterion's question and, for choice questions, the options it can be
 * taught as; and the weekly counts as one row per criterion with a number for every week, beside
 * the definition versions published in each week.
 */
export function reviewView(definition: LeadDefinition, groups: ReviewGroup[], weekly: WeeklyCount[], weeks: string[], versions: VersionSummary[] = []) {
  const criterionOf = (id: string) => definition.criteria.find((c) => c.id === id);
  const shown = groups.map((group) => {
    const criterion = criterionOf(group.criterionId);
    const options = optionsOf(definition, criterion);
    return {
      ...group,
      question: criterion ? labelIn(definition, criterion.question) : null,
      options,
      chosen: group.chosen.map((c) => ({ ...c, label: chosenLabel(options, c.value) })),
    };
  });
  const criteria = [...new Set(weekly.map((w) => w.criterionId))];
  const rows = criteria.map((criterionId) => ({
    criterionId,
    counts: weeks.map((week) => weekly.find((w) => w.criterionId === criterionId && w.week === week)?.count ?? 0),
  }));
  // The versions published in each week, so a change and its effect on the counts sit side by side.
  const weekOf = (iso: string) => weeks.findLast((week) => week <= iso.slice(0, 10));
  const published = weeks.map((week) =>
    versions
      .filter((v) => weekOf(v.createdAt) === week)
      .map((v) => v.version)
      .sort((a, b) => a - b),
  );
  return { groups: shown, weekly: { weeks, rows, published } };
}
