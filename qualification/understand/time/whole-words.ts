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
