import type { FirstLetters } from './first-letters.js';

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
 * The word starts (`wordStarts`) where `union` (`unionOf` some expressions) matches: the only
 * places where one of its expressions may, so each is tried there alone. Most words of a message
 * begin no time phrase: one try of the union at each spares a try of every rule.
 */
export function startsMatching(text: string, union: RegExp | null, starts: readonly number[]): readonly number[] {
  if (!union || SURROGATE.test(text)) return starts;
  return starts.filter((p) => {
    union.lastIndex = p;
    return union.test(text);
  });
}

/** The starts (of `startsMatching`) where the expression whose first letters are `first` may match: all of them in text `wholeWordMatches` matches as usual. */
export function startsOf(text: string, first: FirstLetters, starts: readonly number[]): readonly number[] {
  if (!first || SURROGATE.test(text)) return starts;
  return starts.filter((p) => first.has(text[p] as string));
}
