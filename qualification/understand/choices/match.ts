import type { LocalePack } from '../../locales/pack.js';
import { fold, withinOneEdit, type Token } from '../normalize.js';
import { commonPrefix, isVowel, MIN_STEM } from './forms.js';
import { STARTS_UPPER } from '../letters.js';

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

/** Typos are read only in words this long: shorter ones one letter apart are mostly other words. */
export const TYPO_MIN = 5;

/** Share of the synonym a prefix guess must keep: "maks" is too little of "maksut" (payments) to read "maksaa" (costs). */
const GUESS_COVERAGE = 0.75;

/** A word as matching reads it: folded (`text`), and lower case with its diacritics, with its stem. */
export interface Word {
  text: string;
  lower: string;
  stem: string;
  /** A synonym written with a capital: a name (Excel, Jobber, Norja), inflected by rules, not by the stemmer. */
  name: boolean;
  /** A word of a message typed with diacritics elsewhere: its own missing ones count ("decyduje" is not "decyduję"). */
  accented?: boolean;
}

/** A word as written (any case); `text` when its folded form is at hand. */
export function wordOf(written: string, pack: LocalePack, text?: string, accented = false): Word {
  const lower = written.toLowerCase();
  return { text: text ?? fold(lower), lower, stem: pack.forms.stem(lower), name: STARTS_UPPER.test(written), accented };
}

/** What the stemmer took off: "n" of "päätän", "ssa" of "Tampereella"'s stem. */
const endingOf = (w: Word) => (w.lower.startsWith(w.stem) ? w.lower.slice(w.stem.length) : '');

/**
 * The stemmer gives both the same stem, and they are the same kind of word: "Tampereella" is
 * "Tampere", but "päätämme" (we decide) is not "päätän" (I decide), "installs" is not "installer"
 * and "företag" (a company) is not "företagare" (an entrepreneur).
 */
function sameStem(word: Word, term: Word, { forms }: LocalePack): boolean {
  if (term.name || word.stem !== term.stem || term.stem.length < MIN_STEM) return false;
  const derived = (w: Word) => forms.derivations.some((d) => w.lower.endsWith(d));
  const verb = (w: Word) => forms.verbForms.some((d) => w.lower.endsWith(d));
  if (derived(word) !== derived(term) && !(verb(word) && verb(term))) return false;
  const [a, b] = [endingOf(word), endingOf(term)];
  return a === b || !forms.personEndings.some((e) => e === a || e === b);
}

/**
 * Compounds holding the whole synonym, as their first part ("sähkö|urakointia",
 * "ventilations|firma") or as their head ("suunnittelu|järjestelmän", "del|ägare"). Part of a
 * synonym is not enough: "byggföretag" ends in "företag", which is not "företagare".
 */
function compound(word: Word, term: Word, pack: LocalePack): boolean {
  // A negation is a word of its own, never a compound's head: "ledn|ingen" (the management) is no "ingen".
  if (term.text.length < 5 || pack.lexicon.negations.has(term.text)) return false;
  if (word.text.startsWith(term.text) && word.text.length - term.text.length >= MIN_COMPOUND_PART) return true;
  // Every stem begins with the synonym's first letters, so only those places can start the head.
  const start = term.text.slice(0, MIN_MODIFIER);
  for (let k = word.text.indexOf(start, MIN_MODIFIER); k >= 0; k = word.text.indexOf(start, k + 1)) {
    const head = word.text.slice(k);
    if ((head === term.text || pack.forms.inflects?.(head, term.text) || sameStem(wordOf(word.lower.slice(k), pack), term, pack)) && !boundEnd(word.text.slice(0, k), term.text, pack)) return true;
  }
  return false;
}

/** Whether the synonym begins with a word end that is a suffix after the compound's first part ("seura|kuntayhtymä" is a parish union). */
function boundEnd(first: string, term: string, pack: LocalePack): boolean {
  for (const [end, firsts] of Object.entries(pack.lexicon.boundEnds)) if (term.startsWith(end) && firsts.some((f) => first.endsWith(f))) return true;
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

const marks = (lower: string) => lower.replace(/[\p{ASCII}]/gu, '').length;

export function matchWord(word: Word, term: Word, pack: LocalePack): Level | null {
  // Diacritics tell words apart ("decyduje", he decides; "decyduję", I decide) when the visitor types them.
  if (word.text === term.text) return word.accented && marks(term.lower) > marks(word.lower) ? 'typo' : 'exact';
  const level = formOf(word, term, pack);
  // "Zatwierdza" (he approves) shares a stem and all but a letter with "zatwierdzam" (I approve), but not who acts.
  return level && pack.forms.otherPerson?.(word.lower, term.lower) ? null : level;
}

function formOf(word: Word, term: Word, pack: LocalePack): Level | null {
  const { forms } = pack;
  const tooShort = term.text.length < MIN_STEM || pack.lexicon.falseFriends.some((f) => word.text.startsWith(f));
  if (!tooShort && (sameStem(word, term, pack) || forms.inflects?.(word.text, term.text) || (forms.compounding && compound(word, term, pack)))) return 'inflected';
  if (!tooShort && forms.guessesStems && prefixGuess(word.text, term.text)) return 'prefix';
  if (term.text.length >= TYPO_MIN && word.text.length >= TYPO_MIN && withinOneEdit(word.text, term.text)) return 'typo';
  return null;
}

export interface PhraseMatch {
  start: number;
  end: number;
  level: Level;
}

/** Whether two neighbouring tokens belong to one phrase: only spaces, hyphens or slashes between, or the full stop of an abbreviation in a title ("ds."). */
const joined = (folded: string, a: Token, b: Token, pack: LocalePack) =>
  /^[\s\-/'’]*$/.test(folded.slice(a.end, b.start)) || (/^\.\s*$/.test(folded.slice(a.end, b.start)) && pack.occupations.levels.abbreviations.includes(a.text));

/**
 * Matches a synonym's words against the text from token `at`; one extra word may sit inside a
 * multi-word synonym ("old planning system" for "old system"), which makes the match inflected.
 */
export function matchPhrase(tokens: Token[], words: readonly Word[], folded: string, at: number, term: Word[], pack: LocalePack): PhraseMatch | null {
  const word = words[at];
  const first = word && term[0] ? matchWord(word, term[0], pack) : null;
  return first ? matchRest(tokens, folded, at, term, first, pack, (k, part) => matchWord(words[k] as Word, part, pack)) : null;
}

/** How the text's word at `k` matches a word of a synonym (`matchWord`, or a reading of it remembered). */
export type WordAt = (k: number, part: Word) => Level | null;

/** `matchPhrase` once the word at `at` is known to match the synonym's first word, at level `first`. */
export function matchRest(tokens: Token[], folded: string, at: number, term: Word[], first: Level, pack: LocalePack, matchAt: WordAt): PhraseMatch | null {
  let level = first;
  let k = at + 1;
  let gapUsed = false;
  for (let j = 1; j < term.length; j++) {
    const token = tokens[k];
    const part = term[j] as Word;
    if (!token) return null;
    if (!joined(folded, tokens[k - 1] as Token, token, pack)) return null;
    let hit = matchAt(k, part);
    // The extra word may not be a negation: "det är inte jag" is not "det är jag"; in a phrase that
    // says no already it only says it again ("nie ma żadnego budżetu" is "nie ma budżetu").
    const turns = pack.lexicon.negations.has(token.text) && !term.some((w) => pack.lexicon.negations.has(w.text));
    if (!hit && !gapUsed && !turns) {
      const next = tokens[k + 1];
      hit = next && joined(folded, token, next, pack) ? matchAt(k + 1, part) : null;
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
  const last = tokens[k - 1] as Token;
  return { start: (tokens[at] as Token).start, end: last.end, level };
}
