import { MOTIVE_CONCEPTS, type MotiveConcept } from '../../definition/motives.js';
import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import { isPackPhrase } from './pack-phrase.js';

/** The concepts that say what hurts (definition/motives.ts lists them before the aims, up to no pain). */
const PAINS: readonly MotiveConcept[] = MOTIVE_CONCEPTS.slice(0, MOTIVE_CONCEPTS.indexOf('no_pain'));

/**
 * Asked what the visitor wants, a pain said with a negation before it ("żeby nie przepisywać faktur
 * ręcznie", "so we don't have to retype everything", "så att vi inte behöver skriva in allt") is the
 * pain to end: the aim that ends it, not its opposite. Only the pack's phrases for a pain, read for an
 * option of a question about motivation; the marketer's own words keep the negation's say.
 */
export function painToEnd(hit: ChoiceHit, pack: LocalePack): boolean {
  const { term } = hit;
  return term.concept && term.criterion.category === 'motivation' && isPackPhrase(term, pack, PAINS);
}
