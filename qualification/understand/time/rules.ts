import { wordNumber, type NumberWords } from '../numbers/words.js';
import { untilMonth, untilQuarter, WEEKS_PER_MONTH } from './calendar.js';

/** A time expression of one locale and how many months ahead it points, from `now`. */
export interface TimeRule {
  re: RegExp;
  months: (match: RegExpExecArray, now: Date) => number | null;
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

const bounded = (source: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${source.replace(/ \?/g, '\\s*').replace(/ /g, '\\s+')})(?![\\p{L}\\p{N}])`, 'gu');

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

/** Month names: the rule's group `m` holds the name's beginning, matched against `stems` in calendar order. */
export function monthName(source: string, stems: string[]): TimeRule {
  return {
    re: bounded(source),
    months: (m, now) => {
      const name = m.groups?.m ?? '';
      const index = stems.findIndex((s) => name.startsWith(s));
      return index < 0 ? null : untilMonth(now, index);
    },
    confidence: 0.85,
  };
}

/**
 * "Q3", "third quarter", "kolmannella kvartaalilla": group `q` holds the digit, group `q2` an
 * ordinal, matched against `ordinals` (first quarter first); an ordinal not listed is "last".
 */
export function namedQuarter(source: string, ordinals: string[]): TimeRule {
  return {
    re: bounded(source),
    months: (m, now) => {
      const digit = m.groups?.q;
      const ordinal = m.groups?.q2 ?? '';
      const listed = ordinals.findIndex((o) => ordinal.startsWith(o));
      return untilQuarter(now, digit ? Number(digit) : listed >= 0 ? listed + 1 : 4);
    },
    confidence: 0.85,
  };
}
