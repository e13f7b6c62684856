import { firstCharTest } from './first-chars.js';

/**
 * Expressions that match only where a word begins (their source starts with `WORD_START`: the time
 * rules, the intent phrases), tried at those places alone and only where the character there may
 * begin a match (`firstCharTest`), which spares the regex engine the walk through every letter.
 */
const WORD_START = '(?<![\\p{L}\\p{N}])';
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SURROGATE = /[\uD800-\uDFFF]/;

/** Each expression's sticky twin, tried only where it may match. */
const twins = new WeakMap<RegExp, RegExp>();
function twinOf(re: RegExp): RegExp {
  let twin = twins.get(re);
  if (!twin) twins.set(re, (twin = new RegExp(re.source, re.flags.replace('g', '') + 'y')));
  return twin;
}

/** Whether the places a word begins are enough: an expression of that form, on text without surrogate pairs. */
const wordBound = (text: string, re: RegExp) => re.unicode && re.source.startsWith(WORD_START) && !SURROGATE.test(text);

/** The last text's word starts: a message is read by several extractors in turn. */
let last: { text: string; starts: number[] } | null = null;

/** The places a whole word may begin in `text`: its start and after anything not a letter or digit. */
export function wordStarts(text: string): number[] {
  if (last?.text === text) return last.starts;
  const starts: number[] = [];
  for (let p = 0; p <= text.length; p++) if (p === 0 || !LETTER_OR_DIGIT.test(text[p - 1] as string)) starts.push(p);
  last = { text, starts };
  return starts;
}

/** What `text.matchAll(re)` gives, for a global expression that only matches where a word begins (`starts`, from `wordStarts`). */
export function wholeWordMatches(text: string, re: RegExp, starts: readonly number[]): RegExpExecArray[] {
  if (!re.global || !wordBound(text, re)) return [...text.matchAll(re)];
  const twin = twinOf(re);
  const may = firstCharTest(re);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (const p of starts) {
    if (p < from || (may !== null && !may(text[p]))) continue;
    twin.lastIndex = p;
    const m = twin.exec(text);
    if (!m) continue;
    found.push(m);
    // As matchAll goes on: after the match, or one place on after an empty one.
    from = p + Math.max(1, m[0].length);
  }
  return found;
}

/** What `re.test(text)` gives, for an expression (not global) that only matches where a word begins. */
export function hasWholeWord(text: string, re: RegExp): boolean {
  if (re.global || re.sticky || !wordBound(text, re)) return re.test(text);
  const twin = twinOf(re);
  const may = firstCharTest(re);
  for (const p of wordStarts(text)) {
    if (may !== null && !may(text[p])) continue;
    twin.lastIndex = p;
    if (twin.test(text)) return true;
  }
  return false;
}
