import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { fold, tokenize, type Span } from '../normalize.js';
import { matchPhrase, wordOf, type Word } from './match.js';

/** Which of a pack's classified word lists: trades (NACE Rev. 2), occupations (ISCO-08) or goods (definition/goods.ts, kinds without levels). */
export type Classification = 'industries' | 'occupations' | 'goods';

/**
 * A code as the packs write it, its levels joined by dots: a NACE section ("F"), division ("F.43")
 * or class ("F.43.21"); an ISCO major group ("1"), sub-major group ("1.2") down to a unit ("1.2.1.2").
 * Its ancestors, most specific first: "F.43.21", "F.43", "F".
 */
export const ancestors = (code: string): string[] => {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
};
export const within = (code: string, node: string) => code === node || code.startsWith(`${node}.`);
/**
 * The broad group a code belongs to, and the narrower one within it: a NACE section ("F") and
 * division ("F.43"); for ISCO a sub-major group ("1.2", administrative and commercial managers) and
 * minor group ("1.2.1"), as its major groups are too broad to say a function ("1", every manager).
 */
export const depth: Record<Classification, number> = { industries: 1, occupations: 2, goods: 1 };
export const section = (code: string, kind: Classification) => code.split('.').slice(0, depth[kind]).join('.');

/** Phrase words are looked up by their first letters, as synonyms are (see `terms.ts`). */
const HEAD = 3;
interface TradePhrase {
  code: string;
  words: Word[];
  /** Work said in words, not a job title (occupations only). */
  work: boolean;
}

/** A pack's classified words as phrases to match, indexed by their first word's first letters; compiled once per list. */
const compiledWords = perPack((): Partial<Record<Classification, Map<string, TradePhrase[]>>> => ({}));

/** A pack's words of a classification, each with its code and whether it names work rather than a person. */
export function entries(pack: LocalePack, kind: Classification): [string, readonly string[], boolean][] {
  if (kind === 'industries') return Object.entries(pack.industries).map(([code, phrases]) => [code, phrases, false]);
  if (kind === 'goods') return Object.entries(pack.goods).map(([concept, phrases]) => [concept, phrases, false]);
  // "wiceprezes", "współzałożycielka": a deputy or co-holder glued to a title holds its function.
  const deputies = (phrases: readonly string[]) => [...phrases, ...pack.occupations.levels.gluedDeputies.flatMap((prefix) => phrases.map((p) => `${prefix}${p}`))];
  return [
    ...Object.entries(pack.occupations.titles).map(([code, phrases]): [string, readonly string[], boolean] => [code, deputies(phrases), false]),
    ...Object.entries(pack.occupations.work).map(([code, phrases]): [string, readonly string[], boolean] => [code, phrases, true]),
  ];
}

function phrasesOf(pack: LocalePack, kind: Classification): Map<string, TradePhrase[]> {
  return (compiledWords(pack)[kind] ??= build(pack, kind));
}

function build(pack: LocalePack, kind: Classification): Map<string, TradePhrase[]> {
  const index = new Map<string, TradePhrase[]>();
  for (const [code, phrases, work] of entries(pack, kind)) {
    for (const phrase of phrases) {
      const words = tokenize(fold(phrase)).map((t) => wordOf(phrase.slice(t.start, t.end), pack));
      const key = (words[0] as Word).text.slice(0, HEAD);
      index.set(key, [...(index.get(key) ?? []), { code, words, work }]);
    }
  }
  return index;
}

const rankEndings = perPack((pack) => pack.occupations.levels.after.map(fold));
/** Where a rank word a compound ends in begins ("kommun|direktör"), else past the word's end. */
function rankStart(word: string, pack: LocalePack): number {
  const level = rankEndings(pack).find((e) => word.length > e.length && word.endsWith(e));
  return level ? word.length - level.length : word.length;
}

/**
 * The codes a text names ("electrical contractor" → F.43.21), read with the language's word forms;
 * `nested`, also those its parts name ("outdoor clothing" is outdoor gear, and "clothing" clothes).
 */
export function tradesIn(text: string, pack: LocalePack, kind: Classification = 'industries', titlesOnly = false, nested = false): string[] {
  const written = text.normalize('NFC');
  const folded = fold(written);
  const tokens = tokenize(folded);
  const words = tokens.map((t) => wordOf(written.slice(t.start, t.end), pack, t.text));
  const index = phrasesOf(pack, kind);
  const found: { code: string; start: number; end: number; exact: boolean; tail: boolean }[] = [];
  tokens.forEach((token, i) => {
    // A compound's head may be the trade ("toimisto|siivous"), so every place in a long word is a start.
    const starts = pack.forms.compounding ? Array.from({ length: Math.max(1, token.text.length - HEAD + 1) }, (_, k) => k) : [0];
    const rank = kind === 'occupations' ? rankStart(token.text, pack) : token.text.length;
    for (const k of starts) {
      // A title inside the rank word closing the compound is no head of it: "kommundi|rektör" is no "rektor".
      if (k > rank) continue;
      for (const { code, words: phrase, work } of index.get(token.text.slice(k, k + HEAD)) ?? []) {
        if (titlesOnly && work) continue;
        const m = matchPhrase(tokens, words, folded, i, phrase, pack);
        if (m && (m.level === 'exact' || m.level === 'inflected')) found.push({ code, start: m.start, end: m.end, exact: m.level === 'exact', tail: k > 0 });
      }
    }
  });
  if (nested) return [...new Set(found.map((f) => f.code))];
  // The longest phrase says what a stretch names: "electrical contractor" is F.43.21, not also "contractor" (F).
  const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  // A title written as the text has it says what the same stretch names: "henkilöstöpäällikkö" is
  // an HR manager, not also a purchasing manager ("henkil|ostopäällikkö") read from a compound.
  const same = (a: (typeof found)[number], b: (typeof found)[number]) =>
    a.start === b.start && a.end === b.end && ((kind === 'occupations' && !a.exact && b.exact) || residents(a, b));
  const codes = new Set(found.filter((f) => !found.some((g) => inside(f, g) || same(f, g))).map((f) => f.code));
  // The most specific code says it: "sähkö|urakointi" is F.43.21, not also "urakointi" (F).
  return [...codes].filter((c) => ![...codes].some((d) => d !== c && within(d, c)));
}

/**
 * A housing association its residents own (TOL 68202) is no association of the kind NACE S.94 lists
 * (clubs, churches, charities): "bostadsrätts|förening", "asumisoikeus|yhdistys" name the one, not
 * also the other by their tail.
 */
const residents = (a: { code: string; tail: boolean }, b: { code: string; tail: boolean }) => a.tail && !b.tail && within(a.code, MEMBERSHIP) && within(b.code, RESIDENTS_OWN);
const MEMBERSHIP = 'S.94';
/** Housing companies and associations their residents own (TOL 68202) hold property but run no business. */
export const RESIDENTS_OWN = 'L.68.20.2';
