import { firstLetters, type FirstLetters } from './first-letters.js';

/** The lookbehind every time rule's expression starts with (`bounded`, rules.ts): a match begins a word. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Each global expression's sticky twin, tried only where it may match. */
const twins = new WeakMap<RegExp, RegExp>();

/** The places a whole word may begin in `text`: its start and after anything not a letter or digit. */
export function wordStarts(text: string): number[] {
  const starts: number[] = [];
  for (let p = 0; p <= text.length; p++) if (p === 0 || !LETTER_OR_DIGIT.test(text[p - 1] as string)) starts.push(p);
  return starts;
}

/**
 * What `text.matchAll(re)` gives, for an expression that only matches where a word begins: tried at
 * those places alone (`starts`, from `wordStarts`), which spares the regex engine the walk through
 * every letter. Text with surrogate pairs, or an expression of another form, is matched as usual.
 */
export function wholeWordMatches(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  if (!re.global || !re.unicode || !re.source.startsWith(WORD_START) || SURROGATE.test(text)) return [...text.matchAll(re)];
  let twin = twins.get(re);
  if (!twin) twins.set(re, (twin = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from) continue;
    twin.lastIndex = p;
    const m = twin.exec(text);
    if (!m) continue;
    found.push(m);
    // As matchAll goes on: after the match, or one place on after an empty one.
    from = p + Math.max(1, m[0].length);
  }
  return found;
}

/** A group's name where it is defined or referred back to; not a lookbehind ("(?<!", "(?<="). */
const GROUP_NAME = /(?<!\\)\(\?<(?![=!])([A-Za-z_$][\w$]*)>|\\k<([A-Za-z_$][\w$]*)>/g;
const NUMBERED_BACKREFERENCE = /\\[1-9]/;

/**
 * One sticky expression that matches at a place exactly where one of `res` does (their
 * alternation, each one's group names made its own, as one expression may not name a group
 * twice); null where an expression is not of the form `wholeWordMatches` tries at word starts, or
 * refers back to a group by number, which an alternation would renumber.
 */
export function unionOf(res: readonly RegExp[]): RegExp | null {
  if (res.some((re) => !re.global || !re.unicode || !re.source.startsWith(WORD_START) || NUMBERED_BACKREFERENCE.test(re.source))) return null;
  if (new Set(res.map((re) => re.flags)).size > 1) return null;
  // Every one begins with the same lookbehind: said once before the alternation, as it is the same test at a place.
  const alternatives = res.map((re, i) => `(?:${re.source.slice(WORD_START.length).replace(GROUP_NAME, (whole, defined?: string, used?: string) => (defined ? `(?<r${i}_${defined}>` : `\\k<r${i}_${used}>`))})`);
  return new RegExp(`${WORD_START}(?:${alternatives.join('|')})`, (res[0]?.flags ?? 'gu').replace('g', '') + 'y');
}

/**
 * Expressions of the `wholeWordMatches` form, joined for a quick first test at each word start: by
 * the letter a word begins with, the union (`unionOf`) of those that may begin a match with it and
 * of those that may begin with anything (`firstLetters`), so a word meets only the expressions it may
 * start, not every one. `firsts[i]`: what `res[i]` may begin with.
 */
export interface StartTests {
  byLetter: ReadonlyMap<string, RegExp | null>;
  /** For a word beginning with none of the letters: the union of the expressions that may begin with anything. */
  rest: RegExp | null;
  firsts: readonly FirstLetters[];
}

/** `res` joined for `startsMatching`; null where `unionOf` cannot join them. */
export function startTests(res: readonly RegExp[]): StartTests | null {
  if (!unionOf(res)) return null;
  const firsts = res.map(firstLetters);
  const letters = new Set(firsts.flatMap((f) => (f ? [...f] : [])));
  const byLetter = new Map([...letters].map((letter) => [letter, unionOf(res.filter((_, i) => firsts[i]?.has(letter) ?? true))]));
  const anything = res.filter((_, i) => firsts[i] === null);
  return { byLetter, rest: anything.length ? unionOf(anything) : null, firsts };
}

/**
 * The word starts (`wordStarts`) where one of the expressions `tests` joins matches: the only places
 * where one of them may, so each is tried there alone. Most words of a message begin no time phrase:
 * one try of a small union at each spares a try of every rule.
 */
export function startsMatching(text: string, tests: StartTests | null, starts: readonly number[]): readonly number[] {
  if (!tests || SURROGATE.test(text)) return starts;
  return starts.filter((p) => {
    const union = tests.byLetter.get(text[p] as string) ?? tests.rest;
    if (!union) return false;
    union.lastIndex = p;
    return union.test(text);
  });
}

/** The starts (of `startsMatching`) where the expression whose first letters are `first` may match: all of them in text `wholeWordMatches` matches as usual. */
export function startsOf(text: string, first: FirstLetters, starts: readonly number[]): readonly number[] {
  if (!first || SURROGATE.test(text)) return starts;
  return starts.filter((p) => first.has(text[p] as string));
}
