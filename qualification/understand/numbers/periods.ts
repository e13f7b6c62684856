import type { Criterion, Period } from '../../definition/schema.js';
import { ALL_PACKS } from '../../locales/index.js';
import { fold, type Message, type Span } from '../normalize.js';
import type { NumberWords } from './words.js';

/**
 * How many of each period a month holds, for converting a rate: a day is a thirtieth of a month
 * (visitors' "50 a day" means a working month's worth, 1500, not 50 × 30.44), a week 52/12ths.
 */
const PER_MONTH: Record<Period, number> = { day: 30, week: 52 / 12, month: 1, quarter: 1 / 3, year: 1 / 12 };

/** `value` given per `from` as a count per `to`, rounded to a whole count. */
export function convertRate(value: number, from: Period, to: Period): number {
  return Math.round((value * PER_MONTH[from]) / PER_MONTH[to]);
}

/** Words between a number and its period phrase after it ("2000 orders to Norway a month"). */
const AFTER_REACH = 3;
/** Words between a period phrase and the number after it ("miesięcznie wysyłamy około 1500"). */
const BEFORE_REACH = 2;

/** A period phrase and where it stands. */
export interface Rate extends Span {
  period: Period;
}

/** The period whose phrase begins at `at` in the folded text, whole words only. */
function periodAt(folded: string, at: number, words: NumberWords): Rate | null {
  const rest = folded.slice(at);
  for (const [period, phrases] of Object.entries(words.periods) as [Period, readonly string[]][]) {
    for (const phrase of phrases) {
      if (rest.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(rest[phrase.length] ?? '')) return { period, start: at, end: at + phrase.length };
    }
  }
  return null;
}

/**
 * The period a number is given per, said right after it or its unit word ("50 a day", "1200
 * paczek miesięcznie", "ett sextiotal om dagen") or just before it ("miesięcznie około 1500",
 * "dagligen typ 60"), within its clause and not past another number nor a word joining another
 * thing (`joins`: "5 care homes and a day centre"); null when none is said.
 */
export function periodOf(mention: Span, message: Message, words: NumberWords, others: readonly Span[], joins: readonly string[]): Rate | null {
  const { folded, tokens } = message;
  const clauseBreak = (a: number, b: number) => /[,.;!?\n]/.test(folded.slice(a, b));
  const isOther = (t: Span) => others.some((o) => o !== mention && o.start < t.end && t.start < o.end);
  // "50/day", "1 200/kk": a slash glued to the number, or to its currency ("2 €/kk", "40 e/v"), starts its period.
  const glued = /^\s*(?:[€$£]|e|eur|euro|kr|zl)?\s*\//u.exec(folded.slice(mention.end));
  if (glued) return periodAt(folded, mention.end + glued[0].length - 1, words);
  const after = tokens.filter((t) => t.start >= mention.end).slice(0, AFTER_REACH + 1);
  for (const t of after) {
    if (clauseBreak(mention.end, t.start) || isOther(t) || joins.includes(t.text)) break;
    const rate = periodAt(folded, t.start, words);
    if (rate) return rate;
  }
  const before = tokens.filter((t) => t.end <= mention.start).slice(-(BEFORE_REACH + 1)).reverse();
  for (const t of before) {
    if (clauseBreak(t.end, mention.start) || isOther(t) || joins.includes(t.text)) break;
    const rate = periodAt(folded, t.start, words);
    // Not another number's period ("2000 a month and 6 people"): one before it in the clause has it.
    const owned = others.some((o) => o !== mention && o.end <= t.start && !clauseBreak(o.end, t.start));
    if (rate && !owned && !clauseBreak(t.start, mention.start)) return rate;
  }
  return null;
}

/** The periods a text names anywhere ("Roughly how many orders do you ship a month?"). */
function periodsIn(text: string, words: NumberWords): Set<Period> {
  const folded = fold(text);
  const found = new Set<Period>();
  for (let at = 0; at < folded.length; at++) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1] as string)) continue;
    const rate = periodAt(folded, at, words);
    if (rate) found.add(rate.period);
  }
  return found;
}

const questionPeriods = new WeakMap<object, Period | null>();

/**
 * The period a count criterion is per: its `per`, or else the one its question names in every
 * language it is written in ("a month", "kuukaudessa", "i månaden", "miesięcznie"); null when the
 * question names none or its languages disagree.
 */
export function criterionPeriod(criterion: Extract<Criterion, { type: 'number' }>): Period | null {
  if (criterion.per) return criterion.per;
  let period = questionPeriods.get(criterion.question);
  if (period === undefined) {
    const named = new Set<Period>();
    for (const pack of ALL_PACKS) {
      const text = (criterion.question as Record<string, string | undefined>)[pack.tag];
      if (text) for (const p of periodsIn(text, pack.numbers)) named.add(p);
    }
    period = named.size === 1 ? ([...named][0] as Period) : null;
    questionPeriods.set(criterion.question, period);
  }
  return period;
}
