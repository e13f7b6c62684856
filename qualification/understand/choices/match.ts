import type { LocalePack } from '../../locales/pack.js';
import { withinOneEdit, type Token } from '../normalize.js';
import { commonPrefix, isVowel, MIN_STEM } from './forms.js';

/**
 * How closely a word of the text matches a word of a synonym, best first: the same word; the
 * synonym's stem with an ending of the language ("Kanady", "Tampereella") or a compound holding
 * the whole synonym; a shared stem whose ending is not known (a guess to confirm); a typo.
 */
export type Level = 'exact' | 'inflected' | 'prefix' | 'typo';
const RANK: Record<Level, number> = { exact: 0, inflected: 1, prefix: 2, typo: 3 };
export const worse = (a: Level, b: Level): Level => (RANK[a] >= RANK[b] ? a : b);

/** Longest unknown ending a prefix guess may have. */
const MAX_ENDING = 6;
/** The other part of a compound is a word of its own ("sähkö|urakointi"), not an ending. */
const MIN_COMPOUND_PART = 4;
/** The part before a compound's head may be short ("del|ägare"). */
const MIN_MODIFIER = 3;

/** Share of the synonym a prefix guess must keep: "maks" is too little of "maksut" (payments) to read "maksaa" (costs). */
const GUESS_COVERAGE = 0.75;

/**
 * Compounds holding the whole synonym, as their first part ("sähkö|urakointia",
 * "ventilations|firma") or as their head ("suunnittelu|järjestelmän", "del|ägare"). Part of a
 * synonym is not enough: "byggföretag" ends in "företag", which is not "företagare".
 */
function compound(word: string, term: string, pack: LocalePack): boolean {
  if (term.length < 5) return false;
  if (word.startsWith(term) && word.length - term.length >= MIN_COMPOUND_PART) return true;
  // Every stem begins with the synonym's first letters, so only those places can start the head.
  const start = term.slice(0, MIN_MODIFIER);
  for (let k = word.indexOf(start, MIN_MODIFIER); k >= 0; k = word.indexOf(start, k + 1)) {
    const head = word.slice(k);
    if (head === term || pack.forms.inflects(head, term)) return true;
  }
  return false;
}

/**
 * A stem whose last consonant changed in a way the rules above do not know, which only a list of
 * words would confirm: "hydraulika" → "hydraulicznej". The word must keep most of the synonym,
 * so a verb is not read as a noun sharing its first letters ("päättää" is not "päättäjä").
 */
function prefixGuess(word: string, term: string): boolean {
  const shared = commonPrefix(word, term);
  if (shared < MIN_STEM || shared < term.length * GUESS_COVERAGE || shared === term.length || shared === word.length) return false;
  const dropped = term.slice(shared);
  // The consonant before the synonym's final vowel changed ("hydrauli-ka" → "hydrauli-cznej"), nothing more.
  const changed = dropped.length === 2 && !isVowel(dropped[0]) && isVowel(dropped[1]);
  return changed && !isVowel(word[shared]) && word.length - shared <= MAX_ENDING;
}

export function matchWord(word: string, term: string, pack: LocalePack): Level | null {
  if (word === term) return 'exact';
  const { forms } = pack;
  const tooShort = term.length < MIN_STEM || pack.lexicon.falseFriends.some((f) => word.startsWith(f));
  if (!tooShort && (forms.inflects(word, term) || (forms.compounding && compound(word, term, pack)))) return 'inflected';
  if (!tooShort && forms.guessesStems && prefixGuess(word, term)) return 'prefix';
  if (term.length >= 5 && word.length >= 5 && withinOneEdit(word, term)) return 'typo';
  return null;
}

export interface PhraseMatch {
  start: number;
  end: number;
  level: Level;
}

/** Whether two neighbouring tokens belong to one phrase: only spaces, hyphens or slashes between. */
const joined = (folded: string, a: Token, b: Token) => /^[\s\-/'’]*$/.test(folded.slice(a.end, b.start));

/**
 * Matches a synonym's words against the text from token `at`; one extra word may sit inside a
 * multi-word synonym ("old planning system" for "old system"), which makes the match inflected.
 */
export function matchPhrase(tokens: Token[], folded: string, at: number, words: string[], pack: LocalePack): PhraseMatch | null {
  let level: Level = 'exact';
  let k = at;
  let gapUsed = false;
  for (let j = 0; j < words.length; j++) {
    const token = tokens[k];
    const word = words[j] as string;
    if (!token) return null;
    if (j > 0 && !joined(folded, tokens[k - 1] as Token, token)) return null;
    let hit = matchWord(token.text, word, pack);
    // The extra word may not be a negation: "det är inte jag" is not "det är jag".
    if (!hit && j > 0 && !gapUsed && !pack.lexicon.negations.has(token.text)) {
      const next = tokens[k + 1];
      hit = next && joined(folded, token, next) ? matchWord(next.text, word, pack) : null;
      if (hit) {
        gapUsed = true;
        k++;
        hit = worse(hit, 'inflected');
      }
    }
    if (!hit) return null;
    level = worse(level, hit);
    k++;
  }
  const first = tokens[at] as Token;
  const last = tokens[k - 1] as Token;
  return { start: first.start, end: last.end, level };
}
