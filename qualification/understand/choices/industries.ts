import type { LeadDefinition, Locale, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { IndustryWords, LocalePack } from '../../locales/pack.js';
import { fold, tokenize, type Span } from '../normalize.js';
import { matchPhrase, wordOf, type Word } from './match.js';

type ChoiceOptions = readonly Option[];

/**
 * A NACE Rev. 2 code as the packs write it: a section ("F"), a division ("F.43") or a class
 * ("F.43.21"). Its ancestors, most specific first: "F.43.21", "F.43", "F".
 */
const ancestors = (code: string): string[] => {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
};
const within = (code: string, node: string) => code === node || code.startsWith(`${node}.`);
const section = (code: string) => code.split('.')[0] as string;
const division = (code: string) => code.split('.').slice(0, 2).join('.');

/** Phrase words are looked up by their first letters, as synonyms are (see `terms.ts`). */
const HEAD = 3;
interface TradePhrase {
  code: string;
  words: Word[];
}

/** The trade words of a pack as phrases to match, indexed by their first word's first letters; compiled once per pack. */
const compiledWords = new WeakMap<LocalePack, Map<string, TradePhrase[]>>();
function phrasesOf(pack: LocalePack): Map<string, TradePhrase[]> {
  let index = compiledWords.get(pack);
  if (!index) {
    index = new Map();
    for (const [code, phrases] of Object.entries(pack.industries)) {
      for (const phrase of phrases) {
        const words = tokenize(fold(phrase)).map((t) => wordOf(phrase.slice(t.start, t.end), pack));
        const key = (words[0] as Word).text.slice(0, HEAD);
        index.set(key, [...(index.get(key) ?? []), { code, words }]);
      }
    }
    compiledWords.set(pack, index);
  }
  return index;
}

/** The codes of the trades a text names ("electrical contractor" → F.43.21), read with the language's word forms. */
export function tradesIn(text: string, pack: LocalePack): string[] {
  const written = text.normalize('NFC');
  const folded = fold(written);
  const tokens = tokenize(folded);
  const words = tokens.map((t) => wordOf(written.slice(t.start, t.end), pack, t.text));
  const index = phrasesOf(pack);
  const found: { code: string; start: number; end: number }[] = [];
  tokens.forEach((token, i) => {
    // A compound's head may be the trade ("toimisto|siivous"), so every place in a long word is a start.
    const starts = pack.forms.compounding ? Array.from({ length: Math.max(1, token.text.length - HEAD + 1) }, (_, k) => k) : [0];
    for (const k of starts) {
      for (const { code, words: phrase } of index.get(token.text.slice(k, k + HEAD)) ?? []) {
        const m = matchPhrase(tokens, words, folded, i, phrase, pack);
        if (m && (m.level === 'exact' || m.level === 'inflected')) found.push({ code, start: m.start, end: m.end });
      }
    }
  });
  // The longest phrase says what a stretch names: "electrical contractor" is F.43.21, not also "contractor" (F).
  const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  const codes = new Set(found.filter((f) => !found.some((g) => inside(f, g))).map((f) => f.code));
  // The most specific code says it: "sähkö|urakointi" is F.43.21, not also "urakointi" (F).
  return [...codes].filter((c) => ![...codes].some((d) => d !== c && within(d, c)));
}

const optionTexts = (option: Option, locale: Locale) => [option.label[locale], ...(option.synonyms[locale] ?? [])].filter((t): t is string => Boolean(t));

type Coverage = Map<Option, Map<string, number>>;

/** How many of each option's texts (label and synonyms, in every language of the definition) name each trade; once per criterion. */
const covering = new WeakMap<ChoiceOptions, Coverage>();
function coverage(options: ChoiceOptions, locales: readonly Locale[]): Coverage {
  let covered = covering.get(options);
  if (!covered) {
    covered = new Map();
    for (const option of options) {
      const counts = new Map<string, number>();
      for (const locale of locales) for (const text of optionTexts(option, locale)) for (const code of tradesIn(text, packFor(locale))) counts.set(code, (counts.get(code) ?? 0) + 1);
      covered.set(option, counts);
    }
    covering.set(options, covered);
  }
  return covered;
}

/** Options that name trades: at least this many, and at least half the options, make a criterion about the line of business. */
const MIN_TRADE_OPTIONS = 3;
/**
 * An option speaks for a trade when the definition names it that many times more often for that
 * option than for any other: "renovations" among forty words for building work does not make a
 * plumbing option the one for construction, but heating and plumbing options naming the same class
 * leave it to neither.
 */
const DOMINANCE = 4;

function dominant(weights: [Option, number][]): Option | null {
  const [first, second] = weights.filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  if (!first) return null;
  return !second || first[1] >= DOMINANCE * second[1] ? first[0] : null;
}

const weigh = (covered: Coverage, counts: (codes: Map<string, number>) => number): [Option, number][] => [...covered].map(([o, codes]) => [o, counts(codes)]);
const sum = (codes: Map<string, number>, keep: (code: string) => boolean) => [...codes].reduce((n, [c, k]) => n + (keep(c) ? k : 0), 0);

/**
 * The option a trade the visitor names belongs to: the one speaking for its nearest ancestor
 * ("roofing", F.43.91, is "Construction", which covers F); else the one speaking for the classes
 * below it; else the one option covering several divisions of its section ("architects", M.71,
 * beside "accounting firm" M.69 and "consulting" M.70); else, when nothing covers its section or
 * only another single division of it ("security firm", N.80, beside "cleaning", N.81), the
 * catch-all. `null` when options cover it alike: no guess.
 */
function ownerOf(code: string, covered: Coverage, catchAll: Option | undefined): Option | null {
  for (const node of ancestors(code)) {
    const weights = weigh(covered, (codes) => codes.get(node) ?? 0);
    if (weights.some(([, w]) => w > 0)) return dominant(weights);
  }
  const below = weigh(covered, (codes) => sum(codes, (c) => within(c, code)));
  if (below.some(([, w]) => w > 0)) return dominant(below);
  const inSection = weigh(covered, (codes) => sum(codes, (c) => section(c) === section(code)));
  if (!inSection.some(([, w]) => w > 0)) return catchAll ?? null;
  const owner = dominant(inSection);
  const divisions = new Set([...(owner ? (covered.get(owner) ?? []) : [])].map(([c]) => c).filter((c) => section(c) === section(code)).map(division));
  if (divisions.size >= 2) return owner;
  // One division of a section is a trade of its own: cleaning (N.81) says nothing of security firms (N.80).
  const others = new Set([...covered.values()].flatMap((codes) => [...codes.keys()]).filter((c) => section(c) === section(code)).map(division));
  return others.size === 1 && !others.has(division(code)) ? (catchAll ?? null) : null;
}

/**
 * For a criterion about the visitor's line of business (its options name trades the packs know),
 * the pack's trade words that mean each option: a visitor who runs a pizzeria answers
 * "Restaurants, cafés & hotels", a hair salon answers the catch-all, though no synonym says so.
 */
export function tradeWordsFor(definition: LeadDefinition, options: ChoiceOptions, catchAll: Option | undefined, pack: LocalePack): { option: Option; text: string }[] {
  // Options about countries, times or who decides say what they are about already.
  if (options.some((o) => o.country ?? o.months ?? o.means)) return [];
  const covered = new Map([...coverage(options, definition.locales)].filter(([o]) => o !== catchAll));
  const listed = [...covered.keys()];
  const naming = [...covered.values()].filter((codes) => codes.size > 0).length;
  if (naming < MIN_TRADE_OPTIONS || naming * 2 < listed.length) return [];
  const words: { option: Option; text: string }[] = [];
  for (const source of [pack, ...pack.mixesIn]) {
    for (const [code, phrases] of Object.entries(source.industries as IndustryWords)) {
      const option = ownerOf(code, covered, catchAll);
      if (option) for (const text of phrases) words.push({ option, text });
    }
  }
  return words;
}
