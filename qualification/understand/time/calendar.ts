/** Calendar arithmetic for time expressions; every date is read and built in UTC. */

const DAY = 86_400_000;
const MONTH_DAYS = 30.44;

/** Months from `now` until `target`, never negative. */
export function monthsUntil(now: Date, target: Date): number {
  return Math.max(0, (target.getTime() - now.getTime()) / DAY / MONTH_DAYS);
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month, day));

/** The next `day` of `month` (0-based) that is still ahead, this year or next. */
export function nextDate(now: Date, month: number, day: number): Date {
  const thisYear = utc(now.getUTCFullYear(), month, day);
  return thisYear.getTime() > now.getTime() ? thisYear : utc(now.getUTCFullYear() + 1, month, day);
}

/** Seasons as the months they span (0-based, northern hemisphere) and the day that stands for them. */
export const SEASONS = {
  spring: { months: [2, 3, 4], anchor: [3, 15] },
  summer: { months: [5, 6, 7], anchor: [6, 15] },
  autumn: { months: [8, 9, 10], anchor: [9, 15] },
  winter: { months: [11, 0, 1], anchor: [0, 15] },
} as const;
export type Season = keyof typeof SEASONS;

/** Months until the middle of a season; "next" skips the season we are in. */
export function untilSeason(now: Date, season: Season, next = false): number {
  const { months, anchor } = SEASONS[season];
  let target = nextDate(now, anchor[0], anchor[1]);
  if (next && (months as readonly number[]).includes(now.getUTCMonth()) && target.getUTCFullYear() === now.getUTCFullYear()) {
    target = utc(now.getUTCFullYear() + 1, anchor[0], anchor[1]);
  }
  return monthsUntil(now, target);
}

/** "Before summer": until it starts. */
export const untilSeasonStart = (now: Date, season: Season) => monthsUntil(now, nextDate(now, SEASONS[season].months[0], 1));

/** "After the summer", "by the end of summer": until the month after it, September for summer; "next" skips the season we are in. */
export function untilSeasonEnd(now: Date, season: Season, next = false): number {
  const { months } = SEASONS[season];
  const end = monthsUntil(now, nextDate(now, (months[2] + 1) % 12, 1));
  return next && (months as readonly number[]).includes(now.getUTCMonth()) ? end + 12 : end;
}

export const untilYearEnd = (now: Date) => monthsUntil(now, utc(now.getUTCFullYear(), 11, 31));
export const untilNextYear = (now: Date) => monthsUntil(now, utc(now.getUTCFullYear() + 1, 6, 1));
export const untilMonthEnd = (now: Date) => monthsUntil(now, utc(now.getUTCFullYear(), now.getUTCMonth() + 1, 0));
export const untilNextMonth = (now: Date) => monthsUntil(now, utc(now.getUTCFullYear(), now.getUTCMonth() + 1, 15));

/** End of the quarter `offset` quarters from now (0 = this one). */
export function untilQuarterEnd(now: Date, offset: number): number {
  const quarter = Math.floor(now.getUTCMonth() / 3) + offset;
  return monthsUntil(now, utc(now.getUTCFullYear(), quarter * 3 + 3, 0));
}

/**
 * The middle of the named quarter (1-4), as a named month's: in `year` when the phrase gives one
 * ("Q2 next year", "Q1 2027"), else the next time the quarter ends (the current one counts, as now).
 */
export function untilQuarter(now: Date, quarter: number, year?: number): number {
  const middle = (y: number) => utc(y, quarter * 3 - 2, 15);
  if (year !== undefined) return monthsUntil(now, middle(year));
  const end = utc(now.getUTCFullYear(), quarter * 3, 0);
  return monthsUntil(now, middle(end.getTime() >= now.getTime() ? now.getUTCFullYear() : now.getUTCFullYear() + 1));
}

/** The middle of a named month (0-based), the next time it comes; the current month counts as now. */
export function untilMonth(now: Date, month: number): number {
  if (month === now.getUTCMonth()) return 0;
  return monthsUntil(now, nextDate(now, month, 15));
}

/**
 * A named month said as already gone ("already in October" said in December): 0, as it is past,
 * when its last time is nearer than its next; else null ("jo maaliskuussa" said in December is
 * the coming March, "as early as March").
 */
export function sinceMonth(now: Date, month: number): number | null {
  if (month === now.getUTCMonth()) return 0;
  const next = nextDate(now, month, 15);
  const last = utc(next.getUTCFullYear() - 1, month, 15);
  return now.getTime() - last.getTime() < next.getTime() - now.getTime() ? 0 : null;
}

/** "Once the new fiscal year starts", "vuodenvaihteen jälkeen": the first weeks of next year (fiscal year = calendar year). */
export const untilNewYear = (now: Date) => monthsUntil(now, utc(now.getUTCFullYear() + 1, 0, 15));

/** "By the end of the first half", "do końca pierwszego półrocza": the next end of June (else of the year). */
export function untilHalfEnd(now: Date, half: 1 | 2): number {
  if (half === 2) return untilYearEnd(now);
  return monthsUntil(now, nextDate(now, 5, 30));
}

/** "In the first half of next year", "w pierwszej połowie przyszłego roku": the end of June of next year, whatever month it is now. */
export const untilFirstHalfNextYear = (now: Date) => monthsUntil(now, utc(now.getUTCFullYear() + 1, 5, 30));

/** "In the second half of next year", "w drugiej połowie przyszłego roku": its middle, 1 October of next year. */
export const untilSecondHalfNextYear = (now: Date) => monthsUntil(now, utc(now.getUTCFullYear() + 1, 9, 1));

/**
 * A day the year names ("vappu", 1 May; "valborg", 30 April; midsummer): from `now`, months until
 * it next comes, or until `daysAfter` days after it ("vapun jälkeen", after May Day).
 */
export const untilDay = (month: number, day: number, daysAfter = 0) => (now: Date) => monthsUntil(now, new Date(nextDate(now, month, day).getTime() + daysAfter * DAY));
/** Days after a named day that "after it" stands for: the weeks right after. */
export const DAYS_AFTER = 14;

/** Black Friday, the day after the fourth Thursday of November (the 23rd to the 29th): the 26th stands for it. */
export const untilBlackFriday = (now: Date) => monthsUntil(now, nextDate(now, 10, 26));
/** Midsummer ("innan midsommar", "juhannukseen mennessä"): the next 20 June. */
export const untilMidsummer = (now: Date) => monthsUntil(now, nextDate(now, 5, 20));

/** Easter Sunday of a Gregorian year: the anonymous Gregorian computus (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Date {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return utc(year, month - 1, day);
}

/** `days` after the next Easter Sunday that is still ahead, this year's or next year's. */
function nextEaster(now: Date, days: number): Date {
  const at = (year: number) => new Date(easterSunday(year).getTime() + days * DAY);
  const thisYear = at(now.getUTCFullYear());
  return thisYear.getTime() > now.getTime() ? thisYear : at(now.getUTCFullYear() + 1);
}

/** "Before Easter" ("ennen pääsiäistä", "före påsk", "przed Wielkanocą"): the next Easter Sunday, whose date moves. */
export const untilEaster = (now: Date) => monthsUntil(now, nextEaster(now, 0));
/** "Right after Easter", said at any time of year: the week after the next Easter (not Christmas, as `afterHolidays` reads in autumn). */
export const afterEaster = (now: Date) => monthsUntil(now, nextEaster(now, 7));

/**
 * "Right after the holidays" ("zaraz po świętach", "efter helgerna"): the holidays next ahead,
 * Easter (about mid April) in the first months of the year, else Christmas and New Year.
 */
export function afterHolidays(now: Date): number {
  const month = now.getUTCMonth();
  return month <= 3 ? monthsUntil(now, nextDate(now, 3, 20)) : monthsUntil(now, nextDate(now, 0, 7));
}

/** How far back a date may lie and still be read as "now" (a date typed for today or yesterday). */
const PAST_GRACE_DAYS = 7;

/**
 * A calendar date ("by 15.2.2027", "from 1 April"): months until it. Without a year, the next time
 * it comes; a date clearly past dates something else ("we started on 1.3.2024"): null.
 */
export function untilDate(now: Date, month: number, day: number, year?: number): number | null {
  if (month < 0 || month > 11 || day < 1 || day > 31) return null;
  const target = year === undefined ? nextDate(now, month, day) : utc(year, month, day);
  if (target.getTime() < now.getTime() - PAST_GRACE_DAYS * DAY) return null;
  return monthsUntil(now, target);
}

/** A number further ahead than this is no year anyone plans a purchase for ("2100 users"). */
const MAX_YEARS_AHEAD = 10;

/** Which part of a named year a phrase means: "not before 2028" its start, "by the end of 2027" its end, "in 2027" its middle. */
export type YearPart = 'start' | 'middle' | 'end';

/**
 * A year ("maybe 2028", "aikaisintaan 2028"): months until the part of it the phrase means; the
 * current year's middle is its rest (until its end). A past year dates something else: null.
 */
export function untilYear(now: Date, year: number, part: YearPart): number | null {
  const current = now.getUTCFullYear();
  if (year < current || year > current + MAX_YEARS_AHEAD) return null;
  if (year === current) return part === 'start' ? 0 : untilYearEnd(now);
  return monthsUntil(now, part === 'start' ? utc(year, 0, 1) : part === 'end' ? utc(year, 11, 31) : utc(year, 6, 1));
}
/**
 * A season of a named year ("spring 2027", "våren 2027"): months until the part of it the phrase
 * means ("by summer 2027" its start, "after summer 2027" its end), its middle when said alone; a
 * season under way now is now. Winter straddles two years ("winter 2027" is January or December?),
 * and a season gone dates something else: null.
 */
export function untilSeasonIn(now: Date, season: Season, year: number, part: YearPart): number | null {
  if (season === 'winter' || year > now.getUTCFullYear() + MAX_YEARS_AHEAD) return null;
  const { months, anchor } = SEASONS[season];
  const start = utc(year, months[0], 1);
  const end = utc(year, months[2] + 1, 1);
  if (end.getTime() <= now.getTime()) return null;
  if (part === 'start') return monthsUntil(now, start);
  if (part === 'end') return monthsUntil(now, end);
  return start.getTime() <= now.getTime() ? 0 : monthsUntil(now, utc(year, anchor[0], anchor[1]));
}
export const WEEKS_PER_MONTH = 4.345;
/** No plans at all: beyond every bounded horizon. */
export const NO_PLAN = Number.POSITIVE_INFINITY;
