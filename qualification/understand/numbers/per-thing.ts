import type { Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import type { Extraction } from '../../answer.js';
import { prepare, type Message, type Span } from '../normalize.js';
import { tokenMatchesCue } from './cues.js';
import type { NumberMention } from './mentions.js';
import type { Rate } from './periods.js';
import type { NumberCriterion } from './plan.js';
import { otherThings, type UnitCues } from './units.js';

/** Words that may stand between a per word and the thing's noun ("per active site", "za jedną budowę"). */
const NOUN_REACH = 2;

const isNoun = (word: string, nouns: readonly UnitCues[], pack: LocalePack) =>
  pack.numbers.perThing.nouns.some((c) => tokenMatchesCue(word, c)) || nouns.some((cues) => cues.after.some((c) => !c.includes(' ') && tokenMatchesCue(word, c)));
const stopBetween = (message: Message, from: number, to: number) => /[,.;:!?\n()]/.test(message.folded.slice(from, to));

/**
 * The words right after `from` that make an amount one per a thing or person ("per site", "a user",
 * "/työmaa", "työmaata kohden", "för varje bygge", "za budowę"): the pack's `numbers.perThing` words
 * with a word of a thing counted or of people (`nouns`) within reach; null when they say no such thing.
 */
function perThingAt(from: number, message: Message, pack: LocalePack, nouns: readonly UnitCues[]): Span | null {
  const following = message.tokens.filter((t) => t.start >= from).slice(0, NOUN_REACH + 2);
  const first = following[0];
  if (!first || stopBetween(message, from, first.start)) return null;
  const gap = message.folded.slice(from, first.start);
  if (/\//.test(gap)) return isNoun(first.text, nouns, pack) ? { start: from, end: first.end } : null;
  const { before, after } = pack.numbers.perThing;
  const rest = message.folded.slice(first.start);
  const per = before.filter((p) => rest === p || rest.startsWith(`${p} `)).sort((a, b) => b.length - a.length)[0];
  const skip = per ? per.split(' ').length : 0;
  for (const [i, token] of following.slice(skip, skip + NOUN_REACH + (per ? 0 : 1)).entries()) {
    const at = skip + i;
    if (at > 0 && stopBetween(message, (following[at - 1] as Span).end, token.start)) break;
    if (!isNoun(token.text, nouns, pack)) continue;
    if (per) return { start: from, end: token.end };
    const next = following[at + 1];
    if (next && after.includes(next.text) && !stopBetween(message, token.end, next.start)) return { start: from, end: next.end };
  }
  return null;
}

/** The per-thing words after an amount, before or after the period it is given per ("€100 per site a month", "100 €/kk/työmaa"). */
export function perThingAfter(end: number, rate: Rate | null | undefined, message: Message, pack: LocalePack, nouns: readonly UnitCues[]): Span | null {
  const rateNext = rate && rate.start >= end && !/\p{L}/u.test(message.folded.slice(end, rate.start));
  return perThingAt(rateNext ? rate.end : end, message, pack, nouns) ?? (rate && rate.start >= end ? perThingAt(rate.end, message, pack, nouns) : null);
}

const questionsPerThing = new WeakMap<object, boolean>();
/**
 * Whether a criterion's question asks an amount per a thing or person itself, in any of its
 * languages ("budget per user per year", "käyttäjää kohden", "na użytkownika"): then an amount said
 * per one is its answer as it stands. Once per criterion object.
 */
export function asksPerThing(criterion: NumberCriterion): boolean {
  let known = questionsPerThing.get(criterion);
  if (known === undefined) {
    known = Object.entries(criterion.question).some(([locale, text]) => {
      const pack = packFor(locale as Locale);
      const message = prepare(text ?? '');
      const nouns = otherThings(criterion.unit, pack);
      return message.tokens.some((t, i) => perThingAt(i === 0 ? 0 : (message.tokens[i - 1] as Span).end, message, pack, nouns) !== null);
    });
    questionsPerThing.set(criterion, known);
  }
  return known;
}

/** Asked back: an amount per a thing with no count of the things to total it. */
const UNSURE = 0.6;
/** A total multiplied out of the visitor's words: recorded, a notch below one said outright. */
const MULTIPLIED = 0.8;

type Rated = NumberMention & { rate?: Rate | null };

/**
 * Asked a total amount ("how much a month?"), one said per a thing or person ("150 euro per bygge,
 * vi har fyra igång", "po 80 euro za budowę, budów jest pięć") is the product with the one other
 * count of the message, or else asked back: the price of one is no total. `end` is where an amount's
 * words end (its currency's), `valueOf` its value as the criterion reads it (its period converted).
 */
export function perThingTotal(
  read: Extraction,
  mentions: readonly Rated[],
  end: (m: Rated) => number | null,
  valueOf: (m: Rated) => number,
  message: Message,
  pack: LocalePack,
  nouns: readonly UnitCues[],
): Extraction {
  const each = mentions.find((m) => perThingAfter(end(m) ?? m.end, m.rate, message, pack, nouns) !== null);
  if (!each) return read;
  const counts = mentions.filter((m) => m !== each && end(m) === null);
  const count = counts.length === 1 ? counts[0] : undefined;
  if (!count || !Number.isInteger(count.value) || count.value < 1) return { ...read, confidence: Math.min(read.confidence, UNSURE) };
  const [first, last] = count.start < each.start ? [count, each] : [each, count];
  return {
    ...read,
    value: Math.round(valueOf(each) * count.value * 100) / 100,
    raw: message.original.slice(first.start, Math.max(last.end, end(last) ?? last.end)).trim(),
    // Read from the two counts together, however unsure the first reading of either alone was.
    confidence: MULTIPLIED,
  };
}
