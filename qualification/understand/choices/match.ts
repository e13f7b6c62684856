import type { Locale } from '../../definition/schema.js';
import { withinOneEdit, type Token } from '../normalize.js';
import { COMPOUNDING, FALSE_FRIENDS, NEGATIONS } from './lexicon.js';

/** How closely a word of the text matches a word of a synonym, best first. */
export type Level = 'exact' | 'inflected' | 'typo';
const RANK: Record<Level, number> = { exact: 0, inflected: 1, typo: 2 };
export const worse = (a: Level, b: Level): Level => (RANK[a] >= RANK[b] ? a : b);

/** Below this many letters a synonym word must match exactly: short stems hit everything. */
const MIN_STEM = 4;
/** Longest case ending (with clitics) accepted after a stem: fi "-ssakin", pl "-ami". */
const MAX_ENDING = 6;

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

function englishInflection(word: string, term: string): boolean {
  return word === `${term}s` || word === `${term}es` || (term.endsWith('y') && word === `${term.slice(0, -1)}ies`);
}

/** fi/sv compounds end in their head noun: "suunnittelujärjestelmän" holds "järjestelmä". */
function compoundHead(word: string, term: string, locale: Locale): boolean {
  if (term.length < 6) return false;
  for (let k = term.length; k >= 5; k--) {
    if (!droppable(term.slice(k), locale)) continue;
    const at = word.indexOf(term.slice(0, k), 3);
    if (at >= 3 && word.length - (at + k) <= 4) return true;
  }
  return false;
}

/** Swedish definite and plural endings a synonym may carry that the visitor's form lacks ("systemet" in "planeringssystem"). */
const SV_ENDINGS = ['en', 'et', 'n', 't', 'na', 'arna', 'erna', 'orna'];

/**
 * What inflection may take off the end of a word before adding its ending: fi and pl change up to
 * two letters ("Suomi" → "Suomessa", "Polska" → "Polsce", "Helsinki" → "Helsingissä"); sv only
 * drops a final vowel or a definite ending ("rörmokare" → "rörmokarna"), so "Svensson" is not "svensk".
 */
function droppable(ending: string, locale: Locale): boolean {
  if (locale === 'sv') return /^[aeiouy]?$/.test(ending) || SV_ENDINGS.includes(ending);
  return ending.length <= 2;
}

/**
 * Case endings and plural forms of the locale: "Tampereella" ~ "Tampere", "w Polsce" ~ "Polska",
 * "elfirman" ~ "elfirma", "plumbers" ~ "plumber"; in fi and sv also compounds ("sähköasennus").
 */
function inflected(word: string, term: string, locale: Locale): boolean {
  if (term.length < MIN_STEM) return false;
  if (FALSE_FRIENDS[locale].some((f) => word.startsWith(f))) return false;
  if (locale === 'en') return englishInflection(word, term);
  if (word.startsWith(term)) return word.length - term.length <= MAX_ENDING || (COMPOUNDING[locale] && term.length >= 5);
  const shared = commonPrefix(word, term);
  if (shared >= MIN_STEM && droppable(term.slice(shared), locale) && word.length - shared <= MAX_ENDING) return true;
  return COMPOUNDING[locale] && compoundHead(word, term, locale);
}

export function matchWord(word: string, term: string, locale: Locale): Level | null {
  if (word === term) return 'exact';
  if (inflected(word, term, locale)) return 'inflected';
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
export function matchPhrase(tokens: Token[], folded: string, at: number, words: string[], locale: Locale): PhraseMatch | null {
  let level: Level = 'exact';
  let k = at;
  let gapUsed = false;
  for (let j = 0; j < words.length; j++) {
    const token = tokens[k];
    const word = words[j] as string;
    if (!token) return null;
    if (j > 0 && !joined(folded, tokens[k - 1] as Token, token)) return null;
    let hit = matchWord(token.text, word, locale);
    // The extra word may not be a negation: "det är inte jag" is not "det är jag".
    if (!hit && j > 0 && !gapUsed && !NEGATIONS[locale].has(token.text)) {
      const next = tokens[k + 1];
      hit = next && joined(folded, token, next) ? matchWord(next.text, word, locale) : null;
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
