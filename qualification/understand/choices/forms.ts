/** Building blocks for a language's word forms (see `WordForms` in the locale packs). */

export const isVowel = (ch: string | undefined) => ch !== undefined && 'aeiouy'.includes(ch);

export function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Below this many letters a synonym word must match exactly: short stems hit everything. */
export const MIN_STEM = 4;
/** Share a stem built by a language's rules keeps: "Lahti" → "Lahde-", "Polska" → "Polsce". */
const STEM_COVERAGE = 0.6;

const keepsEnough = (stem: string, term: string) => stem.length >= MIN_STEM && commonPrefix(stem, term) >= term.length * STEM_COVERAGE;

export interface StemRules {
  /** The stems a synonym's forms are built on ("Suomi" → "Suome-"); the synonym itself among them. */
  stems(term: string): string[];
  /** What a case, possessive or plural adds after a stem. */
  endings: ReadonlySet<string>;
  /** A letter that may stand between stem and ending (Finnish plural or joining "i": "Excel-i-ssä"). */
  joining?: string;
}

/**
 * `inflects` for a language that builds forms as stem + ending: the word is one of the synonym's
 * stems with a known ending; without an ending only a shortened stem is a form (Polish "firm",
 * Swedish "system"). Stems keep enough of the synonym not to be another word.
 */
export function stemAndEnding(rules: StemRules): (word: string, term: string) => boolean {
  const cache = new Map<string, string[]>();
  const stemsOf = (term: string) => {
    let stems = cache.get(term);
    if (!stems) cache.set(term, (stems = [...new Set(rules.stems(term))].filter((s) => s === term || keepsEnough(s, term))));
    return stems;
  };
  return (word, term) => {
    if (word[0] !== term[0]) return false;
    return stemsOf(term).some((stem) => {
      if (!word.startsWith(stem)) return false;
      const ending = word.slice(stem.length);
      if (rules.joining && ending.startsWith(rules.joining) && rules.endings.has(ending.slice(rules.joining.length))) return true;
      return ending === '' ? stem !== term : rules.endings.has(ending);
    });
  };
}

/** A Snowball-style stemmer, as the `@nlpjs/lang-*` packages ship them. */
export interface SnowballStemmer {
  setCurrent(word: string): void;
  innerStem(): void;
  getCurrent(): string;
}

/** Words remembered per language; the cache starts over past this, so visitors' words cannot grow it without end. */
const MAX_CACHED_STEMS = 20_000;

/**
 * The stem of a lower-case word. Stems keep their diacritics, as the stemmer's rules are written for
 * them ("-ów", "-ssä") and they tell words apart ("värme", warmth, is not "varma", warm).
 */
export function stemmer(engine: SnowballStemmer): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let stem = cache.get(word);
    if (stem === undefined) {
      engine.setCurrent(word);
      engine.innerStem();
      stem = engine.getCurrent();
      if (cache.size >= MAX_CACHED_STEMS) cache.clear();
      cache.set(word, stem);
    }
    return stem;
  };
}
