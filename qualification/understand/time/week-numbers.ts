import { monthsUntil } from './calendar.js';
import { rule, type TimeRule } from './rules.js';

const DAY = 86_400_000;
/** Days a week said by its number may lie behind today and still be this year's (this week, last week). */
const WEEK_PAST = 7;
/** The last ISO week number a year can have. */
const LAST_WEEK = 53;

/** Thursday of ISO week `week` of `year`: the day that puts the week in its year. */
function thursdayOf(year: number, week: number): Date {
  const january4 = new Date(Date.UTC(year, 0, 4));
  const fromMonday = (january4.getUTCDay() + 6) % 7;
  return new Date(january4.getTime() + ((week - 1) * 7 - fromMonday + 3) * DAY);
}

/** Months until ISO week `week`: this year's when it is still ahead (or just begun), else next year's. */
export function untilWeek(now: Date, week: number): number | null {
  if (week < 1 || week > LAST_WEEK) return null;
  const thisYear = thursdayOf(now.getUTCFullYear(), week);
  const target = thisYear.getTime() >= now.getTime() - WEEK_PAST * DAY ? thisYear : thursdayOf(now.getUTCFullYear() + 1, week);
  return monthsUntil(now, target);
}

/**
 * A week said by its number, as planners in Finland, Sweden and Poland date things ("viikolla 12",
 * "vko 12", "vecka 12", "v. 12", "w 12. tygodniu", "week 12"): the rule's group `w` (or `w2`, in another branch) holds the number.
 */
export const weekNumber = (source: string): TimeRule => rule(source, (m, now) => untilWeek(now, Number(m.groups?.w ?? m.groups?.w2)));
