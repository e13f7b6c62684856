import { escapeRegExp, type Message, type Span } from '../normalize.js';
import { morphemesOf, place, readNumberWords, type NumberWords } from './words.js';

/** A number the visitor wrote, with where it stands in the message. */
export interface NumberMention extends Span {
  value: number;
  /** An estimate or a range: still usable, a little less certain. */
  approx: boolean;
}

/**
 * Grouped thousands ("1 200", "1,200", "1.200"), decimals ("1,5", "1.5") or plain digits;
 * never inside a word or right after another separator.
 */
const DIGITS = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:[ .,']\d{3})+(?!\d)|\d+[.,]\d{1,2}(?!\d)|\d+)/gu;

function digitValue(text: string): number {
  if (/^\d{1,3}(?:[ .,']\d{3})+$/.test(text)) return Number(text.replace(/[ .,']/g, ''));
  return Number(text.replace(',', '.'));
}

/** A multiplier word right after digits ("2 k", "5 milj."); module-level, as letters.ts says. */
const MULTIPLIER = /^ ?(\p{L}+)(?!\p{L})\.?/u;
/** Digits with a multiplier word ("3k"). */
const DIGITS_AND_WORD = /^(\d+)\s?\p{L}+\.?$/u;

function digitMentions(message: Message, words: NumberWords): NumberMention[] {
  const mentions: NumberMention[] = [];
  for (const m of message.folded.matchAll(DIGITS)) {
    const text = m[1] as string;
    let value = digitValue(text);
    let end = m.index + text.length;
    const multiplier = MULTIPLIER.exec(message.folded.slice(end));
    const factor = multiplier ? words.multipliers[multiplier[1] as string] : undefined;
    if (multiplier && factor) {
      value *= factor;
      end += multiplier[0].length;
    }
    mentions.push({ start: m.index, end, value, approx: false });
  }
  return mentions;
}

function wordMentions(message: Message, words: NumberWords, taken: Span[]): NumberMention[] {
  const mentions: NumberMention[] = [];
  const { tokens, folded } = message;
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    // A run is read only from a number word: most words are none, and gathering their runs cost more than the reading.
    if (!first || taken.some((s) => first.start < s.end && s.start < first.end) || /\d/.test(first.text) || !morphemesOf(first.text, words)) {
      i++;
      continue;
    }
    const run = [first.text];
    for (let j = i + 1; j < tokens.length && run.length < 8; j++) {
      const gap = folded.slice((tokens[j - 1] as { end: number }).end, (tokens[j] as { start: number }).start);
      if (!/^[\s-]*$/.test(gap)) break;
      run.push((tokens[j] as { text: string }).text);
    }
    const read = readNumberWords(run, words);
    if (!read) {
      i++;
      continue;
    }
    const last = tokens[i + read.used - 1] as { end: number };
    mentions.push({ start: first.start, end: last.end, value: read.value.value, approx: read.value.approx });
    i += read.used;
  }
  return mentions;
}

const alternation = (phrases: string[]): string => phrases.map((p) => escapeRegExp(p).replace(/ /g, '\\s+')).join('|');

interface Around {
  joiner: RegExp;
  before: RegExp;
  after: RegExp;
  some: RegExp;
}
/** The expressions around a number, built once per language's number words (a pack's own), not per message. */
const aroundCache = new WeakMap<NumberWords, Around>();
function around(words: NumberWords): Around {
  let built = aroundCache.get(words);
  if (!built) {
    built = {
      joiner: new RegExp(`^\\s*(?:[-–—]|\\.\\.|(?:${alternation(words.rangeJoin)}))\\s*$`, 'u'),
      before: new RegExp(`(?:^|[^\\p{L}\\p{N}])(${alternation(words.approxBefore)})[\\s.:]*~?\\s*$`, 'ud'),
      after: new RegExp(`^[\\s-]*(${alternation(words.approxAfter)})(?!\\p{L})`, 'u'),
      some: new RegExp(`^[\\s-]*(?:${alternation(words.someAfter)})(?!\\p{L})`, 'u'),
    };
    aroundCache.set(words, built);
  }
  return built;
}

/**
 * The multiplier a range's second end carries and its first lacks ("2-3k": 1000), when the
 * first end is a plain digit below the second's own digits (not "500-2k").
 */
function sharedFactor(first: NumberMention, second: NumberMention, message: Message): number {
  const written = (m: NumberMention) => message.folded.slice(m.start, m.end);
  const digits = DIGITS_AND_WORD.exec(written(second));
  if (!digits || !/^\d+$/.test(written(first))) return 1;
  const base = Number(digits[1]);
  const factor = second.value / base;
  return base > 0 && first.value < base && Number.isInteger(factor) && factor > 1 ? factor : 1;
}

/** "50-60", "50 to 60", "mellan 50 och 60": one mention at the midpoint. */
function joinRanges(mentions: NumberMention[], message: Message, words: NumberWords): NumberMention[] {
  const { joiner } = around(words);
  const out: NumberMention[] = [];
  for (const mention of mentions) {
    const previous = out[out.length - 1];
    // "2-3k", "2-3 tysiące": the multiplier of the second end is the first's too.
    const factor = previous ? sharedFactor(previous, mention, message) : 1;
    const low = previous ? previous.value * factor : 0;
    if (previous && mention.value > low && joiner.test(message.folded.slice(previous.end, mention.start))) {
      out[out.length - 1] = { start: previous.start, end: mention.end, value: (low + mention.value) / 2, approx: true };
    } else {
      out.push(mention);
    }
  }
  return out;
}

/** Widens a mention over "noin", "about", "-tal", "or so" and marks it an estimate. */
function markEstimates(mention: NumberMention, message: Message, words: NumberWords): NumberMention {
  const { before, after, some } = around(words);
  let { start, end, approx } = mention;
  const head = message.folded.slice(Math.max(0, start - 30), start);
  const b = before.exec(head);
  if (b) {
    start += (b.indices?.[1]?.[0] ?? head.length) - head.length;
    approx = true;
  } else if (/~\s*$/.test(head)) {
    start -= head.length - head.lastIndexOf('~');
    approx = true;
  }
  let { value } = mention;
  const a = after.exec(message.folded.slice(end));
  const more = a ? null : some.exec(message.folded.slice(end));
  if (a) {
    end += a[0].length;
    approx = true;
  } else if (more && place(value) >= 10 && ((value >= 20 && value < 100) || (value >= 200 && value < 1000))) {
    // "Twenty-something" is 21 to 29: the middle, as an estimate ("a hundred-odd" is too vague to split).
    end += more[0].length;
    value += place(value) / 2;
    approx = true;
  }
  return { ...mention, start, end, value, approx };
}

/** Every number in the message, in reading order, with the locale's number `words`. */
export function findNumbers(message: Message, words: NumberWords): NumberMention[] {
  const digits = digitMentions(message, words);
  const all = [...digits, ...wordMentions(message, words, digits)].sort((x, y) => x.start - y.start);
  return joinRanges(all, message, words).map((m) => markEstimates(m, message, words));
}
