import type { LocalePack } from '../../locales/pack.js';
import type { Message } from '../normalize.js';
import type { NumberMention } from './mentions.js';
import type { Rate } from './periods.js';
import { LETTER } from '../letters.js';

/** What a number's own clause says of it: when it held (today, before, still to come) and of what whole. */

const TENSE_REACH = 5;

type Tense = 'current' | 'past' | 'coming' | null;

/** A cue word or phrase at `at`; a trailing `*` lets the word go on ("peak*" is "peaked"). */
const startsPhrase = (message: Message, at: number, phrase: string) => {
  const open = phrase.endsWith('*');
  const body = open ? phrase.slice(0, -1) : phrase;
  return message.folded.startsWith(body, at) && (open || !LETTER.test(message.folded[at + body.length] ?? ''));
};

/**
 * The starts of the words in the number's clause within reach of it (`near`), and of the two right
 * beside it (`beside`). Punctuation and contrast words ("but", "mutta") end the clause.
 */
function wordsAround(mention: NumberMention, message: Message, pack: LocalePack): WordsAround {
  let around = aroundOf.get(mention);
  if (!around) aroundOf.set(mention, (around = wordsAroundOnce(mention, message, pack)));
  return around;
}

/** A mention's words around, for its tense and its scope alike: a mention is of one message, read in one locale. */
const aroundOf = new WeakMap<NumberMention, WordsAround>();
interface WordsAround {
  near: number[];
  beside: number[];
}

function wordsAroundOnce(mention: NumberMention, message: Message, pack: LocalePack): WordsAround {
  const breaks = (a: number, b: number) => /[,.;!?\n]/.test(message.folded.slice(a, b));
  const tokens = message.tokens;
  const inside = tokens.filter((t) => t.start >= mention.start && t.end <= mention.end);
  const first = tokens.indexOf(inside[0] ?? tokens[0]!);
  const last = tokens.indexOf(inside.at(-1) ?? tokens[0]!);
  const near: number[] = [];
  /** The words right beside the number: "hiring 5 new people", not "45 people and hiring". */
  const beside: number[] = [];
  for (let i = first - 1; i >= 0 && first - i <= TENSE_REACH; i--) {
    const t = tokens[i]!;
    if (breaks(t.end, mention.start) || pack.lexicon.contrasts.has(t.text)) break;
    near.push(t.start);
    if (i === first - 1) beside.push(t.start);
  }
  for (let i = last + 1; i < tokens.length && i - last <= TENSE_REACH; i++) {
    const t = tokens[i]!;
    if (breaks(mention.end, t.start) || pack.lexicon.contrasts.has(t.text)) break;
    near.push(t.start);
    if (i === last + 1) beside.push(t.start);
  }
  return { near, beside };
}

/** Whether the number's clause dates it to today or to before: "we peaked at 300 but we're around 80 today". */
export function tenseOf(mention: NumberMention & { rate?: Rate | null }, message: Message, pack: LocalePack): Tense {
  const { current, past, coming } = pack.numbers.tense;
  const { usual } = pack.numbers;
  const { near, beside } = wordsAround(mention, message, pack);
  // The usual figure beside a peak ("12k in November but normally 4000") stands as today's does.
  if (near.some((at) => current.some((c) => startsPhrase(message, at, c)) || usual.some((c) => startsPhrase(message, at, c)))) return 'current';
  // A count per a period is a rate, not hires still to come ("we hire 60 a year").
  if (!mention.rate && beside.some((at) => coming.some((c) => startsPhrase(message, at, c)))) return 'coming';
  // The year a count is per dates nothing: "35 hires last year" is the yearly count.
  const own = (at: number) => mention.rate !== undefined && mention.rate !== null && at >= mention.rate.start && at < mention.rate.end;
  if (near.some((at) => !own(at) && past.some((c) => startsPhrase(message, at, c)))) return 'past';
  return null;
}

/** Whether the number's clause places it in a larger whole ("400 in the group") or in the visitor's own company ("85 here"). */
export function scopeOf(mention: NumberMention, message: Message, pack: LocalePack): 'whole' | 'own' | null {
  const { whole, own } = pack.numbers.scope;
  const { near } = wordsAround(mention, message, pack);
  if (near.some((at) => whole.some((c) => startsPhrase(message, at, c)))) return 'whole';
  if (near.some((at) => own.some((c) => startsPhrase(message, at, c)))) return 'own';
  return null;
}


/** Whether the number's clause says it is a whole ("around 300 in total", "yhteensä 200", "łącznie 90"). */
export function isTotal(mention: NumberMention, message: Message, pack: LocalePack): boolean {
  const { near } = wordsAround(mention, message, pack);
  return near.some((at) => pack.numbers.totals.some((c) => startsPhrase(message, at, c)));
}
