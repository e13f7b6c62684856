import type { Concept } from '../definition/concepts.js';
import type { LocalePack } from '../locales/pack.js';
import type { ChoiceHit } from './choices.js';
import type { Message } from './normalize.js';

/** Options that say no themselves. */
const NEGATIVE = new Set<Concept>(['no', 'no_budget', 'no_system', 'dont_know', 'someone_else_decides']);

/**
 * A negation right after the option, in its clause: "jag bestämmer inte" (I don't decide), "we use
 * Excel no more". Swedish and English put it after the verb, so the words before it (see
 * `negated` in choices.ts) do not tell; what is said not to be so is no answer.
 */
export function withoutNegatedAfter(hits: ChoiceHit[], message: Message, pack: LocalePack): ChoiceHit[] {
  return hits.filter((hit) => {
    // A negative answer agrees with the negation after it ("nic nie mamy", nothing we have not).
    const negative = hit.term.generic || hit.term.option.means?.some((c) => NEGATIVE.has(c)) || hit.term.words.some((w) => pack.lexicon.negations.has(w.text));
    if (negative) return true;
    const next = message.tokens.find((t) => t.start >= hit.end);
    return !(next && pack.lexicon.negations.has(next.text) && !/[.,;:!?\n]/.test(message.folded.slice(hit.end, next.start)));
  });
}
