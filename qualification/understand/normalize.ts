import { MARKS } from './letters.js';

/** Letters NFD cannot take apart into a base letter and a mark. */
const SPECIAL: Record<string, string> = {
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'a',
  Æ: 'a',
  ß: 's',
  đ: 'd',
  Đ: 'd',
  ı: 'i',
  '\u2019': "'",
  '\u2018': "'",
  '\u00a0': ' ',
  '\u202f': ' ',
  '\u2009': ' ',
};

/**
 * Lower case without diacritics, one output character per input character, so that an index
 * into the folded text is also an index into the visitor's own words (for `raw`).
 */
export function fold(text: string): string {
  let out = '';
  for (const ch of text) out += ch.charCodeAt(0) < 0x80 ? ch.toLowerCase() : foldLetter(ch);
  return out;
}

/** Folded letters beyond ASCII, remembered: text is folded on every message. */
const folded = new Map<string, string>();
const MAX_FOLDED = 4096;
function foldLetter(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = SPECIAL[ch] ?? ch.toLowerCase().normalize('NFD').replace(MARKS, '');
    if (out.length !== ch.length) out = out.length > ch.length ? out.slice(0, ch.length) : out.padEnd(ch.length, ' ');
    if (folded.size >= MAX_FOLDED) folded.clear();
    folded.set(ch, out);
  }
  return out;
}

export interface Token {
  /** Folded form. */
  text: string;
  start: number;
  end: number;
}

/** Words and digit runs of the folded text; punctuation and spaces separate them. */
export function tokenize(folded: string): Token[] {
  return [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
}

/** The visitor's message prepared once for every extractor. */
export interface Message {
  /** The message as typed (NFC), the source of every `raw`. */
  original: string;
  folded: string;
  tokens: Token[];
}

export function prepare(text: string): Message {
  const original = text.normalize('NFC');
  const folded = fold(original);
  return { original, folded, tokens: tokenize(folded) };
}

export interface Span {
  start: number;
  end: number;
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Optimal string alignment distance, capped: only "at most one edit" matters to the callers. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  if (restA.slice(1) === restB.slice(1)) return true; // substitution
  if (restA.slice(1) === restB || restA === restB.slice(1)) return true; // deletion / insertion
  return restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2); // transposition
}

/** Escapes a literal for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
