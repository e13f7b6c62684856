import type { Concept } from '../definition/concepts.js';
import type { LocalePack } from '../locales/pack.js';
import type { ChoiceHit } from './choices.js';
import type { Message } from './normalize.js';
import { agreesWithNot } from './choices/says-not.js';

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
    // So does an option whose label says a thing is not done ("korjaavat toimenpiteet ei koskaan valmistu").
    if (negative || agreesWithNot(hit, message, pack)) return true;
    const next = message.tokens.find((t) => t.start >= hit.end);
    // "Without" turns around what it goes with, after it: "audyt bez nerwów" is an audit.
    return !(next && pack.lexicon.negations.has(next.text) && !pack.lexicon.lacking.has(next.text) && !/[.,;:!?\n]/.test(message.folded.slice(hit.end, next.start)));
  });
}

/** Whether a hit says none of something: its option means a no, or its words begin with a negation ("brak procesu", "ei mitään"). */
function sayingNone(hit: ChoiceHit, pack: LocalePack): boolean {
  return Boolean(hit.term.option.means?.some((c) => NEGATIVE.has(c))) || hit.term.words.some((w) => pack.lexicon.negations.has(w.text));
}

/**
 * "Nothing but email", "ei mitään muuta kuin Excel", "inget annat än mejl", "nic poza mailem": a none
 * with an except word before another option of its question, in one clause, is that option only.
 */
export function withoutExcepted(hits: ChoiceHit[], message: Message, pack: LocalePack): ChoiceHit[] {
  const { tokens, folded } = message;
  const excepting = (from: number, to: number) => {
    const between = tokens.filter((t) => t.start >= from && t.end <= to);
    return pack.lexicon.except.some((e) => {
      const parts = e.split(' ');
      return between.some((_, i) => parts.every((p, j) => between[i + j]?.text === p));
    });
  };
  return hits.filter(
    (hit) =>
      !sayingNone(hit, pack) ||
      !hits.some((o) => o.term.criterion === hit.term.criterion && o.term.option !== hit.term.option && !sayingNone(o, pack) && o.start >= hit.end && !/[.,;:!?\n]/.test(folded.slice(hit.end, o.start)) && excepting(hit.end, o.start)),
  );
}

/**
 * A none right before another option of its question ("ei ole käytössä mitään Exceliä", no Excel)
 * negates that option: it is no answer of its own. `hits` are all read, negated ones too.
 */
export function negatesNext(hit: ChoiceHit, hits: readonly ChoiceHit[], message: Message, pack: LocalePack): boolean {
  if (!sayingNone(hit, pack)) return false;
  const next = message.tokens.find((t) => t.start >= hit.end);
  return Boolean(next && !/[.,;:!?\n]/.test(message.folded.slice(hit.end, next.start)) && hits.some((o) => o.term.criterion === hit.term.criterion && o.term.option !== hit.term.option && !sayingNone(o, pack) && o.start === next.start));
}
