import type { Locale } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import type { IntentPhrases } from './intents/phrases.js';
import { mayMatch } from './intents/first-words.js';
import { escapeRegExp, type Message, type Span } from './normalize.js';
import type { Intent } from './types.js';

function pattern(phrases: readonly string[]): string {
  return phrases
    .map((p) => {
      const open = p.endsWith('*');
      const body = escapeRegExp(open ? p.slice(0, -1) : p).replace(/ /g, "[\\s'-]+");
      return open ? `${body}\\p{L}*` : body;
    })
    .join('|');
}

type Where = 'anywhere' | 'start' | 'whole';
/** Compiled once per phrase list of a pack (the lists are the packs' own, never rebuilt). */
const cache = new WeakMap<readonly string[], Map<Where, RegExp>>();
/** `where`: anywhere in the text, at its start, or as all of it. */
function compile(phrases: readonly string[], where: Where): RegExp {
  let byWhere = cache.get(phrases);
  if (!byWhere) cache.set(phrases, (byWhere = new Map()));
  let re = byWhere.get(where);
  if (!re) {
    const body = `(?:${pattern(phrases)})`;
    const source = where === 'anywhere' ? `(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])` : where === 'start' ? `^[^\\p{L}\\p{N}]*${body}(?![\\p{L}\\p{N}])` : `^[^\\p{L}\\p{N}]*${body}[^\\p{L}\\p{N}]*$`;
    re = new RegExp(source, 'u');
    byWhere.set(where, re);
  }
  return re;
}

/** Phrase tables to try: the visitor's locale, then the languages its visitors mix in. */
const tables = (pack: LocalePack): IntentPhrases[] => [pack.intents, ...pack.mixesIn.map((p) => p.intents)];

/** Whether a phrase list matches the message; its first words (`mayMatch`) rule most lists out before the expression scans. */
const matches = (phrases: readonly string[], message: Message, where: Where) => mayMatch(phrases, message.tokens, where) && compile(phrases, where).test(message.folded);

const any = (sets: IntentPhrases[], pick: (p: IntentPhrases) => string[], message: Message, where: Where) => sets.some((set) => matches(pick(set), message, where));

function isYes(message: Message, phrases: IntentPhrases): boolean {
  return matches(phrases.yes, message, 'start');
}

/** Built once per phrase list: a no phrase that ends its clause ("ei vielä, ehkä ensi vuonna", "inte än, kanske nästa år"), whichever phrase begins another. */
const punctuatedCache = new WeakMap<readonly string[], RegExp>();
function punctuatedNo(text: string, phrases: readonly string[]): boolean {
  let re = punctuatedCache.get(phrases);
  if (!re) punctuatedCache.set(phrases, (re = new RegExp(`^[^\\p{L}\\p{N}]*(?:${pattern(phrases)})\\s*(?:[,.!;:-]|$)`, 'u')));
  return re.test(text);
}

/** "no" answers are negation words too ("no budget", "ei kiirettä"): only at the start of a short or punctuated reply. */
function isNo(message: Message, phrases: IntentPhrases): boolean {
  const text = message.folded;
  const m = mayMatch(phrases.no, message.tokens, 'start') ? compile(phrases.no, 'start').exec(text) : null;
  if (!m) return false;
  return message.tokens.length <= 3 || /^\s*[,.!;:-]/.test(text.slice(m[0].length)) || m[0].trim().includes(' ') || punctuatedNo(text, phrases.no);
}

/** Whether a stretch of folded text opens like a question: "how much", "fungerar", "czy"; with a question suffix "Toimiiko". */
function opensQuestion(folded: string, pack: LocalePack): boolean {
  if (compile(pack.intents.notQuestion, 'start').test(folded)) return false;
  if (compile(pack.intents.questionStart, 'start').test(folded)) return true;
  const suffix = pack.questionSuffix;
  if (!suffix) return false;
  const first = /[\p{L}\p{N}]+/u.exec(folded)?.[0] ?? '';
  const verb = (e: string) => first.endsWith(e) && suffix.verbEnds.includes(first.at(-e.length - 1) ?? '');
  return first.length >= suffix.minLength && suffix.endings.some(verb) && !suffix.except.includes(first);
}

function isQuestion(message: Message, pack: LocalePack): boolean {
  return /\?\s*$/.test(message.original) || opensQuestion(message.folded, pack);
}

/** A stretch that asks; `plain` when it opens like a question and its sentence ends in "?" ("does it work with Outlook?", not a hesitant "maybe plumbing?"). */
export interface QuestionSpan extends Span {
  plain: boolean;
}

/**
 * The stretches of a message that ask rather than tell: in a sentence that ends in "?" or opens
 * like a question, the clauses from the first questioning one on (or else the last clause).
 * An option named there is asked about ("fungerar det i byggföretag?"), not stated.
 */
export function questionSpans(message: Message, locale: Locale): QuestionSpan[] {
  const pack = packFor(locale);
  const spans: QuestionSpan[] = [];
  for (const sentence of message.folded.matchAll(/[^.!?\n]+[.!?\n]*/g)) {
    const clauses = [...sentence[0].matchAll(/[^,;:]+[,;:]*/g)].map((c) => ({ start: sentence.index + c.index, end: sentence.index + c.index + c[0].length }));
    const opens = clauses.findIndex((c, i) => (i === 0 || sentence[0].includes('?')) && opensQuestion(message.folded.slice(c.start, c.end), pack));
    const from = opens >= 0 ? opens : sentence[0].includes('?') ? clauses.length - 1 : -1;
    const first = clauses[from];
    if (first) spans.push({ start: first.start, end: sentence.index + sentence[0].length, plain: opens >= 0 && sentence[0].includes('?') });
  }
  return spans;
}

/**
 * Where the visitor asks to talk to a person, not where they describe the company's people: "our
 * sales team", "30 varav fem säljare", "myyjämme", "w tym 10 handlowców" name staff and ask for no one.
 */
export function personRequests(message: Message, locale: Locale): Span[] {
  const text = message.folded;
  const pack = packFor(locale);
  // The next few words say whom they want ("talk to someone from sales", "zadzwonić handlowiec"), up to punctuation or an "and".
  const whom = (from: number) => {
    let end = from;
    for (const t of message.tokens.filter((t) => t.start >= from).slice(0, WHOM_REACH)) {
      if (/[.,;:!?\n]/.test(text.slice(end, t.start)) || pack.lexicon.coordinators.includes(t.text)) break;
      end = t.end;
    }
    return end;
  };
  return tables(pack).flatMap((set) => {
    if (!mayMatch(set.human, message.tokens, 'anywhere')) return [];
    const { human, describes } = personExpressions(set);
    return [...text.matchAll(human)].filter((m) => !describes.test(text.slice(0, m.index)) && !/(?:mme|nne)$/.test(m[0])).map((m) => ({ start: m.index, end: whom(m.index + m[0].length) }));
  });
}
/** How many words after a request for a person may say whom. */
const WHOM_REACH = 3;

/** Built once per phrase table: "don't know", "ei hajua" anywhere, but not as the start of what they do not know ("no idea why things come back"). */
const skipCache = new WeakMap<IntentPhrases, RegExp>();
function skipping(message: Message, set: IntentPhrases): boolean {
  // Its expression is the skip phrases' with a condition after them.
  if (!mayMatch(set.skip, message.tokens, 'anywhere')) return false;
  let re = skipCache.get(set);
  if (!re) {
    re = new RegExp(`${compile(set.skip, 'anywhere').source}(?![\\s,]+(?:${pattern(set.skipUnless)})(?![\\p{L}\\p{N}]))`, 'u');
    skipCache.set(set, re);
  }
  return re.test(message.folded);
}

/** Built once per phrase list: every skip phrase of a message, for `skipSpans`. */
const skipAllCache = new WeakMap<readonly string[], RegExp>();

/** Where the visitor says they do not know or pass ("zero idea", "ei hajua"): words there name no option. */
export function skipSpans(message: Message, locale: Locale): Span[] {
  return tables(packFor(locale)).flatMap((set) => {
    let re = skipAllCache.get(set.skip);
    if (!re) skipAllCache.set(set.skip, (re = new RegExp(compile(set.skip, 'anywhere').source, 'gu')));
    return [...message.folded.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  });
}

/** Built once per phrase table: the whole message a `wait` phrase among fillers ("hmm, let me think about that"). */
const waitCache = new WeakMap<IntentPhrases, RegExp>();
function waiting(message: Message, set: IntentPhrases): boolean {
  // The message's first word begins a filler or a wait phrase.
  if (!mayMatch(set.fillers, message.tokens, 'start') && !mayMatch(set.wait, message.tokens, 'start')) return false;
  let re = waitCache.get(set);
  if (!re) {
    const gap = '[^\\p{L}\\p{N}]';
    const word = `(?:${pattern(set.fillers)}|${pattern(set.wait)})`;
    re = new RegExp(`^${gap}*(?:${word}${gap}+)*(?:${pattern(set.wait)})(?:${gap}+${word})*${gap}*$`, 'u');
    waitCache.set(set, re);
  }
  return re.test(message.folded);
}

/** Built once per phrase table (the packs' own, never rebuilt), not on every message. matchAll copies `human`, so its lastIndex stays put. */
const personCache = new WeakMap<IntentPhrases, { human: RegExp; describes: RegExp }>();
function personExpressions(set: IntentPhrases): { human: RegExp; describes: RegExp } {
  let built = personCache.get(set);
  if (!built) {
    built = {
      human: new RegExp(compile(set.human, 'anywhere').source, 'gu'),
      describes: new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${pattern(set.notHuman)}|\\d+|\\p{N}+)[\\s,]*$`, 'u'),
    };
    personCache.set(set, built);
  }
  return built;
}

/** What the visitor wants besides answering: asks why, skips, wants a person, asks us something. */
export function detectIntents(message: Message, locale: Locale): Intent[] {
  const text = message.folded;
  if (message.tokens.length === 0) return ['empty'];
  const pack = packFor(locale);
  const sets = tables(pack);
  const own = pack.intents;
  const intents: Intent[] = [];
  if (any(sets, (p) => p.abuse, message, 'anywhere')) intents.push('abuse');
  if (any(sets, (p) => p.greeting, message, 'start')) intents.push('greeting');
  if (any(sets, (p) => p.thanks, message, 'anywhere')) intents.push('thanks');
  const why = any(sets, (p) => p.why, message, 'anywhere') || any(sets, (p) => p.whyAlone, message, 'whole');
  if (why) intents.push('why');
  const skip = sets.some((set) => skipping(message, set)) || (!/[,.;:!?][^\p{L}\p{N}]*[\p{L}\p{N}]/u.test(text) && any(sets, (p) => p.depends, message, 'start'));
  if (skip) intents.push('skip');
  if (personRequests(message, locale).length > 0) intents.push('human');
  if (any(sets, (p) => p.correction, message, 'anywhere')) intents.push('correction');
  const borrowedYes = pack.mixesIn.some((p) => p.borrowedYes.length > 0 && matches(p.borrowedYes, message, 'start'));
  if (isYes(message, own) || borrowedYes) intents.push('affirm');
  else if (!skip && isNo(message, own)) intents.push('deny');
  if (!why && isQuestion(message, pack)) intents.push('question');
  else if (sets.some((set) => waiting(message, set))) intents.push('wait');
  return intents;
}
