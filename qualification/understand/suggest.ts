import { distance } from 'fastest-levenshtein';
import type { LeadDefinition, Locale } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import { commonPrefix } from './choices/forms.js';
import { wordOf, type Word } from './choices/match.js';
import { compiledTerms } from './choices/term-index.js';
import { prepare } from './normalize.js';

/** Below this likeness an option is no suggestion: "Did you mean …?" must be a fair guess. */
const MIN_LIKENESS = 0.6;
const MAX_SUGGESTIONS = 3;
/** Words this short carry no topic to compare ("we", "on", "ja"). */
const MIN_WORD = 4;

/** How alike two words are, 0–1: the same stem, a shared beginning ("hotel|li"), or spelling. */
function likeness(word: Word, term: Word): number {
  if (word.stem === term.stem || word.text === term.text) return 1;
  const longer = Math.max(word.text.length, term.text.length);
  const prefix = commonPrefix(word.text, term.text);
  const byPrefix = prefix >= MIN_WORD ? prefix / Math.min(word.text.length, term.text.length) : 0;
  const bySpelling = 1 - distance(word.text, term.text) / longer;
  return Math.max(byPrefix * 0.9, bySpelling);
}

/**
 * The options of a choice question whose words come closest to what the visitor typed, by stem
 * and spelling, best first: at most three, only fair guesses. Offered as buttons when the answer
 * was not understood ("Did you mean Restaurants or Retail?").
 */
export function closestOptions(definition: LeadDefinition, criterionId: string, text: string, locale: Locale): string[] {
  const pack = packFor(locale);
  const message = prepare(text);
  const words = message.tokens
    .filter((t) => t.text.length >= MIN_WORD && !pack.lexicon.stopwords.has(t.text))
    .map((t) => wordOf(message.original.slice(t.start, t.end), pack, t.text));
  if (words.length === 0) return [];
  const best = new Map<string, number>();
  for (const term of compiledTerms(definition, locale).terms) {
    // Suggestions are the marketer's words, not the pack's trade words.
    if (term.criterion.id !== criterionId || term.generic || term.lexical) continue;
    for (const part of term.words) {
      if (part.text.length < MIN_WORD) continue;
      const score = Math.max(...words.map((w) => likeness(w, part)));
      if (score > (best.get(term.option.id) ?? 0)) best.set(term.option.id, score);
    }
  }
  return [...best]
    .filter(([, score]) => score >= MIN_LIKENESS)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_SUGGESTIONS)
    .map(([id]) => id);
}
