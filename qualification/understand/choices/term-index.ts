import type { LeadDefinition, Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { matchWord, TYPO_MIN, wordOf, type Level, type Word } from './match.js';
import { GENERIC_WORDS, termsOf, type Term } from './terms.js';

/**
 * Every form a word of the text can match a synonym word in shares the synonym's first letters
 * (same word, stem, ending, compound, stem guess), at the start of the word or, in a compound, at
 * its head; a typo is one letter deleted from either. The index is keyed on both, so a message
 * meets only the synonyms it may hold, however many the definition lists.
 */
const HEAD = 3;

const head = (word: string) => word.slice(0, HEAD);
function* deletions(word: string): Generator<string> {
  yield word;
  for (let i = 0; i < word.length; i++) yield word.slice(0, i) + word.slice(i + 1);
}

/** A synonym whose first word a word of the text matches, and how well. */
export interface FirstWordMatch {
  /** Into `terms`. */
  index: number;
  level: Level;
}

/** What one word of the text reads as against the synonyms; the same word is read once. */
export interface WordReading {
  word: Word;
  /**
   * The synonyms (ascending index) whose first word it matches; then, for a negation, the synonyms
   * that say none of something ("brak procesu", "no process", "ingen rutin") whose own negation it
   * is not: any negation stands for theirs ("żadnego procesu", "bez procesu"), as an inflection.
   */
  first: readonly FirstWordMatch[];
  /** How it matches any word of a synonym (`matchWord`: a later word, a scattered synonym's), worked out once for each. */
  match(part: Word): Level | null;
}

/** A lead definition's options in one locale, compiled once per definition object. */
export interface CompiledTerms {
  terms: Term[];
  /** The reading of a word of the text as written (`wordOf`), `text` its folded form, `accented` whether its message has diacritics. */
  reading(written: string, text: string, accented: boolean): WordReading;
}

/**
 * Words whose readings a compiled definition remembers, per locale: visitors use the same words again
 * and again, so most words of a message cost one lookup. The memory starts over past this, so
 * visitors' words cannot grow it without end.
 */
const MAX_REMEMBERED_WORDS = 20_000;

function compile(definition: LeadDefinition, locale: Locale): CompiledTerms {
  const pack = packFor(locale);
  const terms = termsOf(definition, locale, pack);
  const byHead = new Map<string, number[]>();
  const byDeletion = new Map<string, number[]>();
  const file = (map: Map<string, number[]>, key: string, index: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [index]);
    else if (list.at(-1) !== index) list.push(index);
  };
  terms.forEach((term, index) => {
    const first = (term.words[0] as Word).text;
    file(byHead, head(first), index);
    if (first.length >= TYPO_MIN) for (const d of deletions(first)) file(byDeletion, d, index);
  });
  /** Indexes (ascending) of the synonyms whose first word may match `word`. */
  const candidates = (word: string): number[] => {
    const found = new Set<number>(byHead.get(head(word)));
    // A compound's head may be the synonym ("suunnittelu|järjestelmän").
    if (pack.forms.compounding) for (let k = HEAD; k + HEAD <= word.length; k++) for (const i of byHead.get(word.slice(k, k + HEAD)) ?? []) found.add(i);
    if (word.length >= TYPO_MIN) for (const d of deletions(word)) for (const i of byDeletion.get(d) ?? []) found.add(i);
    return [...found].sort((a, b) => a - b);
  };
  const { negations } = pack.lexicon;
  // The rest must name something ("procesu", "rutin"), not only say how ("nothing really": "we don't really use Excel" is no none).
  const topical = (w: Word) => !negations.has(w.text) && !pack.lexicon.light.has(w.text) && !GENERIC_WORDS.has(w.text) && !pack.lexicon.stopwords.has(w.text);
  const negative = terms.flatMap((term, index) => (term.words.length > 1 && negations.has((term.words[0] as Word).text) && !term.words.slice(1).some((w) => negations.has(w.text)) && term.words.slice(1).some(topical) ? [index] : []));
  const read = (word: Word): WordReading => {
    const first = candidates(word.text).flatMap((index) => {
      const level = matchWord(word, (terms[index] as Term).words[0] as Word, pack);
      return level ? [{ index, level }] : [];
    });
    const negating = negations.has(word.text) ? negative.flatMap((index) => ((terms[index] as Term).words[0]?.text === word.text ? [] : [{ index, level: 'inflected' as Level }])) : [];
    const levels = new Map<Word, Level | null>();
    return {
      word,
      first: negating.length ? [...first, ...negating] : first,
      match(part) {
        let level = levels.get(part);
        if (level === undefined) levels.set(part, (level = matchWord(word, part, pack)));
        return level;
      },
    };
  };
  // A word is what is written and whether its message has diacritics (its folded form and stem follow from what is written).
  const remembered = new Map<string, WordReading>();
  return {
    terms,
    reading(written, text, accented) {
      const key = `${accented ? '1' : '0'}${written}`;
      let found = remembered.get(key);
      if (!found) {
        found = read(wordOf(written, pack, text, accented));
        if (remembered.size >= MAX_REMEMBERED_WORDS) remembered.clear();
        remembered.set(key, found);
      }
      return found;
    },
  };
}

const cache = new WeakMap<LeadDefinition, Map<Locale, CompiledTerms>>();

/** The compiled options of a definition in a locale; a published definition is one object, compiled once. */
export function compiledTerms(definition: LeadDefinition, locale: Locale): CompiledTerms {
  let byLocale = cache.get(definition);
  if (!byLocale) cache.set(definition, (byLocale = new Map()));
  let compiled = byLocale.get(locale);
  if (!compiled) byLocale.set(locale, (compiled = compile(definition, locale)));
  return compiled;
}
