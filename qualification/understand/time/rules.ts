import { wordNumber, type NumberWords } from '../numbers/words.js';
import { sinceMonth, untilDate, untilMonth, untilQuarter, untilSeasonIn, untilYear, WEEKS_PER_MONTH, type Season, type YearPart } from './calendar.js';

/** A time expression of one locale and how many months ahead it points, from `now`. */
export interface TimeRule {
  re: RegExp;
  months: (match: RegExpExecArray, now: Date) => number | null;
  /** The horizon when an "already" word comes right before the phrase (`TimeTopics.already`), or null to keep `months`. */
  past?: (match: RegExpExecArray, now: Date) => number | null;
  confidence: number;
}

/** How a locale counts time: its number words, vague counts ("a couple", "pari") and unit words. */
export interface TimeCounting {
  numbers: NumberWords;
  vague: Record<string, number>;
  /** Whole folded unit words: "weeks", "viikon", "månader" → week, month, year. */
  units: { week: RegExp; month: RegExp; year: RegExp };
}

/** A count word before a unit: digits or a number word of the locale, plus the vague ones ("a few"). */
export const N = '(?<n>\\d+(?:[.,]\\d+)?|\\p{L}+)';
/** The counted unit: the rule reads weeks, months or years from its beginning. */
export const U = '(?<u>\\p{L}+(?::n)?)';

function count(word: string | undefined, counting: TimeCounting): number | null {
  if (word === undefined) return 1;
  if (/^\d/.test(word)) return Number(word.replace(',', '.'));
  return counting.vague[word] ?? wordNumber(word, counting.numbers);
}

/** Months per unit word (week, viikko, vecka, tydzień …). */
function unitMonths(word: string | undefined, { units }: TimeCounting): number | null {
  if (!word) return null;
  if (units.week.test(word)) return 1 / WEEKS_PER_MONTH;
  if (units.month.test(word)) return 1;
  if (units.year.test(word)) return 12;
  return null;
}

/**
 * Whole words only; a phrase before a possessive ("next year's budget") names what the thing is for,
 * it is no horizon of its own.
 */
const bounded = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}]|'s(?!\\p{L}))`, 'gu');

/** A phrase whose horizon depends on what it captured ("before summer", "next spring"). */
export function rule(source: string, months: TimeRule['months'], confidence = 0.85): TimeRule {
  return { re: bounded(source), months, confidence };
}

/** A phrase that always means the same horizon relative to today. */
export function fixed(source: string, months: (now: Date) => number, confidence = 0.85): TimeRule {
  return { re: bounded(source), months: (_m, now) => months(now), confidence };
}

/** "in two months", "kolmen kuukauden sisällä", "za pół roku": count × unit. */
export function counted(source: string, counting: TimeCounting, confidence = 0.85): TimeRule {
  return {
    re: bounded(source),
    months: (m) => {
      const n = count(m.groups?.n, counting);
      const unit = unitMonths(m.groups?.u, counting);
      return n === null || unit === null ? null : n * unit;
    },
    confidence,
  };
}

/** "3-6 months", "2–3 kuukauden päästä": the middle of the range. */
export function countedRange(source: string, counting: TimeCounting): TimeRule {
  return {
    re: bounded(source),
    months: (m) => {
      const a = count(m.groups?.a, counting);
      const b = count(m.groups?.b, counting);
      const unit = unitMonths(m.groups?.u, counting);
      return a === null || b === null || unit === null ? null : ((a + b) / 2) * unit;
    },
    confidence: 0.85,
  };
}

const groupNumber = (m: RegExpExecArray, name: string) => (m.groups?.[name] === undefined ? undefined : Number(m.groups[name]));

/**
 * Month names: the rule's group `m` holds the name's beginning, matched against `stems` in calendar
 * order; a group `d` the day ("1 April", "1. huhtikuuta") and `y` the year, when the phrase gives them.
 */
export function monthName(source: string, stems: string[]): TimeRule {
  const monthOf = (m: RegExpExecArray) => {
    const name = m.groups?.m ?? '';
    return stems.findIndex((s) => name.startsWith(s));
  };
  return {
    re: bounded(source),
    months: (m, now) => {
      const index = monthOf(m);
      if (index < 0) return null;
      const day = groupNumber(m, 'd');
      const year = groupNumber(m, 'y');
      return day !== undefined || year !== undefined ? untilDate(now, index, day ?? 15, year) : untilMonth(now, index);
    },
    // "It ended already in October", "loppui jo lokakuussa": the October just gone, not the next one.
    past: (m, now) => {
      const index = monthOf(m);
      return index < 0 || groupNumber(m, 'd') !== undefined || groupNumber(m, 'y') !== undefined ? null : sinceMonth(now, index);
    },
    confidence: 0.85,
  };
}

/**
 * Dates in digits, the same in every locale: ISO "2027-02-15", and day first "15.2.2027",
 * "15/02/2027", "1.9.27"; with `dotted`, also without a year when a dot closes it ("15.2." in Finnish).
 * Month first (American "02/15/2027") where the day-first reading cannot be a date.
 */
export function numericDate(dotted: boolean): TimeRule {
  const dayFirst = `(?<d>\\d{1,2})(?<sep>[./])(?<m>\\d{1,2})(?:\\k<sep>(?<y>20\\d\\d|\\d\\d)${dotted ? '|\\.(?!\\d)' : ''})`;
  return {
    re: bounded(`(?<iy>20\\d\\d)-(?<im>\\d{1,2})-(?<id>\\d{1,2})|${dayFirst}`),
    months: (m, now) => {
      const iso = groupNumber(m, 'iy');
      if (iso !== undefined) return untilDate(now, (groupNumber(m, 'im') ?? 0) - 1, groupNumber(m, 'id') ?? 0, iso);
      let day = groupNumber(m, 'd') ?? 0;
      let month = groupNumber(m, 'm') ?? 0;
      if (month > 12 && day <= 12) [day, month] = [month, day];
      const year = groupNumber(m, 'y');
      return untilDate(now, month - 1, day, year !== undefined && year < 100 ? 2000 + year : year);
    },
    confidence: 0.85,
  };
}

/** Words around a year, as RegExp sources (folded, spaces between words): before or after it, marking its start, its end, or neither. */
export interface YearWords {
  start: string[];
  end: string[];
  plain: string[];
}

/**
 * A year in digits ("maybe 2028", "aikaisintaan 2028", "nie wcześniej niż w 2028", "2028 at the
 * earliest"): words marking its start ("not before", "from") or end ("by the end of") say which part
 * is meant, else its middle. A year with no such words is one only where no word follows it: "2030
 * employees" counts people.
 */
export function namedYear(before: YearWords, after: YearWords): TimeRule {
  const alt = (words: string[]) => (words.length ? words.join('|') : '(?!)');
  const around = (n: number, w: YearWords) => [`(?<start${n}>${alt(w.start)})`, `(?<end${n}>${alt(w.end)})`, `(?:${alt(w.plain)})`].join('|');
  // Not the year of a date in digits ("15.2.2027", "2027-02-15").
  const year = (name: string) => `(?<!\\d[./-])(?<${name}>20\\d\\d)(?![./-]\\d)`;
  const source = `(?:${around(1, before)}) ${year('y')}(?: (?:${around(2, after)}))?|${year('y2')}(?: (?:${around(3, after)})|(?! ?\\p{L}))`;
  return {
    re: bounded(source),
    months: (m, now) => {
      const marked = (prefix: string) => Object.entries(m.groups ?? {}).some(([name, value]) => name.startsWith(prefix) && value !== undefined);
      const part: YearPart = marked('start') ? 'start' : marked('end') ? 'end' : 'middle';
      return untilYear(now, Number(m.groups?.y ?? m.groups?.y2), part);
    },
    confidence: 0.85,
  };
}

/**
 * A season of a named year: group `s` (or `s2`) the season word, read by `seasonOf`, group `y` (or
 * `y2`) the year in digits, or group `n` next year's words ("spring next year", "ensi vuoden
 * keväällä"); `part` says which of the season the phrase means. Longer than the year alone, it
 * stands for the phrase: "spring 2027" is spring then, not the middle of 2027.
 */
export function seasonOfYear(source: string, seasonOf: (word: string) => Season, part: YearPart): TimeRule {
  return {
    re: bounded(source),
    months: (m, now) => {
      const year = m.groups?.n !== undefined ? now.getUTCFullYear() + 1 : Number(m.groups?.y ?? m.groups?.y2);
      return untilSeasonIn(now, seasonOf(m.groups?.s ?? m.groups?.s2 ?? ''), year, part);
    },
    confidence: 0.85,
  };
}

/**
 * "Q3", "third quarter", "kolmannella kvartaalilla", "w II kwartale": group `q` holds the digit, `r`
 * a Roman numeral, `q2` an ordinal, matched against `ordinals` (first quarter first); an ordinal not
 * listed is "last". A year said with it is group `y` ("Q1 2027"), or next year's words, group `n`
 * before or `n2` after ("Q2 next year", "ensi vuoden Q2"). Group `e` says its end ("by the end of
 * Q1", "Q1:n loppuun mennessä"): half a quarter after its middle.
 */
export function namedQuarter(source: string, ordinals: string[]): TimeRule {
  return {
    re: bounded(source),
    months: (m, now) => {
      const digit = m.groups?.q;
      const roman = ROMAN_QUARTERS.indexOf(m.groups?.r ?? '');
      const ordinal = m.groups?.q2 ?? '';
      const listed = ordinals.findIndex((o) => ordinal.startsWith(o));
      const quarter = digit ? Number(digit) : roman >= 0 ? roman + 1 : listed >= 0 ? listed + 1 : 4;
      const next = m.groups?.n !== undefined || m.groups?.n2 !== undefined;
      const months = untilQuarter(now, quarter, next ? now.getUTCFullYear() + 1 : groupNumber(m, 'y'));
      return m.groups?.e === undefined ? months : months + HALF_QUARTER;
    },
    confidence: 0.85,
  };
}

const ROMAN_QUARTERS = ['i', 'ii', 'iii', 'iv'];
/** From a quarter's middle to its end, in months. */
const HALF_QUARTER = 1.5;
