import type { Locale } from '../../definition/schema.js';
import { withinOneEdit, type Token } from '../normalize.js';
import { ENDINGS, FI_GRADATION, FI_VOWEL_CHANGES, PL_SOFTENING, SV_OWN_ENDINGS } from './endings.js';
import { COMPOUNDING, FALSE_FRIENDS, NEGATIONS } from './lexicon.js';

/**
 * How closely a word of the text matches a word of a synonym, best first: the same word; the
 * synonym's stem with an ending of the language ("Kanady", "Tampereella") or a compound holding
 * the whole synonym; a shared stem whose ending is not known (a guess to confirm); a typo.
 */
export type Level = 'exact' | 'inflected' | 'prefix' | 'typo';
const RANK: Record<Level, number> = { exact: 0, inflected: 1, prefix: 2, typo: 3 };
export const worse = (a: Level, b: Level): Level => (RANK[a] >= RANK[b] ? a : b);

/** Below this many letters a synonym word must match exactly: short stems hit everything. */
const MIN_STEM = 4;
/** Longest unknown ending a prefix guess may have. */
const MAX_ENDING = 6;
/** The other part of a compound is a word of its own ("sähkö|urakointi"), not an ending. */
const MIN_COMPOUND_PART = 4;
/** The part before a compound's head may be short ("del|ägare"). */
const MIN_MODIFIER = 3;

const isVowel = (ch: string | undefined) => ch !== undefined && 'aeiouy'.includes(ch);

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Share of the synonym a prefix guess must keep: "maks" is too little of "maksut" (payments) to read "maksaa" (costs). */
const GUESS_COVERAGE = 0.75;
/** Share a stem built by the rules below keeps: "Lahti" → "Lahde-", "Polska" → "Polsce". */
const STEM_COVERAGE = 0.6;

const keepsEnough = (stem: string, term: string) => stem.length >= MIN_STEM && commonPrefix(stem, term) >= term.length * STEM_COVERAGE;

function englishInflection(word: string, term: string): boolean {
  return word === `${term}s` || word === `${term}es` || (term.endsWith('y') && word === `${term.slice(0, -1)}ies`);
}

/** The weak grade of a Finnish stem ending in a vowel, if its last consonants have one. */
function weakGrade(base: string): string | null {
  const body = base.slice(0, -1);
  const rule = FI_GRADATION.find(([strong]) => body.endsWith(strong) && (strong.length > 1 || isVowel(body.at(-2)) || 'lrnh'.includes(body.at(-2) ?? '')));
  return rule ? `${body.slice(0, -rule[0].length)}${rule[1]}${base.at(-1) as string}` : null;
}

/**
 * Finnish stems: a plural synonym inflects from its singular ("laskut" → "lasku-ssa"; "maksut-on"
 * would be "maksuton", free of charge). A final "-n" stays: it may be a genitive, but also a verb's
 * "I" ("päätän", I decide), which "päätämme" (we decide) is not.
 */
function finnishStems(term: string): string[] {
  const bases = isVowel(term.at(-2)) && term.endsWith('t') ? [term.slice(0, -1)] : [term];
  const stems: string[] = [];
  for (const base of bases) {
    const last = base.at(-1) as string;
    stems.push(base);
    if (isVowel(last)) stems.push(base + last); // "Tampere" → "Tamperee-lla"
    const weak = isVowel(last) ? weakGrade(base) : null;
    for (const form of weak ? [base, weak] : [base]) {
      if (form !== base) stems.push(form);
      for (const vowel of FI_VOWEL_CHANGES[last] ?? []) stems.push(form.slice(0, -1) + vowel);
    }
  }
  if (/[aeiouy]s$/.test(term)) stems.push(`${term.slice(0, -1)}kse`, `${term.slice(0, -1)}ksi`); // "laskutus" → "laskutukse-ssa"
  if (term.endsWith('ies')) stems.push(`${term.slice(0, -1)}he`, `${term.slice(0, -1)}hi`); // "putkimies" → "putkimiehe-nä", "putkimiehi-ä"
  if (term.endsWith('nen')) stems.push(`${term.slice(0, -3)}se`, `${term.slice(0, -3)}si`); // "suomalainen" → "suomalaise-n"
  return stems;
}

/** Polish stems: without the final vowel ("Kanad-y"), and the softened locative as a whole form ("Polsce"). */
function polishStems(term: string): string[] {
  const bare = isVowel(term.at(-1)) ? term.slice(0, -1) : term;
  const soft = PL_SOFTENING.find(([hard]) => bare.endsWith(hard));
  return [term, bare, ...(soft ? [`${bare.slice(0, -soft[0].length)}${soft[1]}e`] : [])];
}

const stemCache = new Map<string, string[]>();

/** The stems a synonym's forms are built on; each keeps enough of the synonym. */
function stemsOf(term: string, locale: Exclude<Locale, 'en'>): string[] {
  const key = `${locale}:${term}`;
  const cached = stemCache.get(key);
  if (cached) return cached;
  let stems: string[];
  if (locale === 'fi') stems = finnishStems(term);
  else if (locale === 'pl') stems = polishStems(term);
  else {
    stems = [term, ...SV_OWN_ENDINGS.filter((e) => term.endsWith(e)).map((e) => term.slice(0, -e.length))];
    // Only longer words drop a final vowel ("rörmokare" → "rörmokar-na"): "värme" is not "varm".
    if (isVowel(term.at(-1)) && term.length > MIN_STEM + 1) stems.push(term.slice(0, -1));
  }
  const kept = [...new Set(stems)].filter((s) => s === term || keepsEnough(s, term));
  stemCache.set(key, kept);
  return kept;
}

/** The word is the synonym with an ending of the language: "Kanady", "Yhdysvalloista", "rörmokarna", "plumbers". */
function inflects(word: string, term: string, locale: Locale): boolean {
  if (locale === 'en') return englishInflection(word, term);
  if (word[0] !== term[0]) return false;
  const endings = ENDINGS[locale];
  return stemsOf(term, locale).some((stem) => {
    if (!word.startsWith(stem)) return false;
    const ending = word.slice(stem.length);
    // Finnish puts a plural or joining "i" before the case ending: "Excel-i-ssä", "Yhdysvallo-i-sta".
    if (locale === 'fi' && ending.startsWith('i') && endings.has(ending.slice(1))) return true;
    // Without an ending of its own only a shortened stem is a form: Polish "firm", "osób"; Swedish "system".
    return ending === '' ? stem !== term : endings.has(ending);
  });
}

/**
 * fi/sv compounds holding the whole synonym, as their first part ("sähkö|urakointia",
 * "ventilations|firma") or as their head ("suunnittelu|järjestelmän", "del|ägare"). Part of a
 * synonym is not enough: "byggföretag" ends in "företag", which is not "företagare".
 */
function compound(word: string, term: string, locale: Locale): boolean {
  if (term.length < 5) return false;
  if (word.startsWith(term) && word.length - term.length >= MIN_COMPOUND_PART) return true;
  // Every stem begins with the synonym's first letters, so only those places can start the head.
  const start = term.slice(0, MIN_MODIFIER);
  for (let k = word.indexOf(start, MIN_MODIFIER); k >= 0; k = word.indexOf(start, k + 1)) {
    const head = word.slice(k);
    if (head === term || inflects(head, term, locale)) return true;
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

export function matchWord(word: string, term: string, locale: Locale): Level | null {
  if (word === term) return 'exact';
  const tooShort = term.length < MIN_STEM || FALSE_FRIENDS[locale].some((f) => word.startsWith(f));
  if (!tooShort && (inflects(word, term, locale) || (COMPOUNDING[locale] && compound(word, term, locale)))) return 'inflected';
  if (!tooShort && (locale === 'fi' || locale === 'pl') && prefixGuess(word, term)) return 'prefix';
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
