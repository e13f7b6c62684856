import { MOTIVE_CONCEPTS, type MotiveConcept } from '../../definition/motives.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';
import type { ChoiceHit } from '../choices.js';

/** The concepts that say what hurts (definition/motives.ts lists them before the aims, up to no pain). */
const PAINS: readonly MotiveConcept[] = MOTIVE_CONCEPTS.slice(0, MOTIVE_CONCEPTS.indexOf('no_pain'));

const painPhrases = new WeakMap<LocalePack, ReadonlySet<string>>();
/** A pack's phrases for pains, as their folded words. */
function phrasesOf(pack: LocalePack): ReadonlySet<string> {
  let phrases = painPhrases.get(pack);
  if (!phrases) {
    phrases = new Set(PAINS.flatMap((pain) => pack.concepts[pain].map((p) => tokenize(fold(p.normalize('NFC'))).map((t) => t.text).join(' '))));
    painPhrases.set(pack, phrases);
  }
  return phrases;
}

/**
 * Asked what the visitor wants, a pain said with a negation before it ("żeby nie przepisywać faktur
 * ręcznie", "so we don't have to retype everything", "så att vi inte behöver skriva in allt") is the
 * pain to end: the aim that ends it, not its opposite. Only the pack's phrases for a pain, read for an
 * option of a question about motivation; the marketer's own words keep the negation's say.
 */
export function painToEnd(hit: ChoiceHit, pack: LocalePack): boolean {
  const { term } = hit;
  return term.concept && term.criterion.category === 'motivation' && phrasesOf(pack).has(term.words.map((w) => w.text).join(' '));
}
