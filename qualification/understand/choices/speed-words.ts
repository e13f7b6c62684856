import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import { overlaps, type Message, type Token } from '../normalize.js';

/** The most a reading of a speed word beside other words is trusted: below CONFIDENT, so it is asked back. */
const QUALIFYING = 0.6;
/** Shorter words carry nothing of their own ("to", "in", "så"). */
const MIN_CONTENT = 3;

/**
 * "Faster" said alone ("nopeammin", "snabbare", "szybciej": the pack's `speed` words, which a
 * concept such as saving time lists) is the concept. Beside another option of its question it says
 * how that one is wanted ("żeby ludzie szybciej wchodzili, bez kolejki": in without queues, not time
 * saved), so it yields; beside other words in its clause it says what is to go faster ("että saadaan
 * ihmiset nopeammin taloon": hiring), which only the visitor can tell: it is asked back. The
 * marketer's own synonym is theirs to mean. Said as an aim of its own ("cheaper and faster"), it stays.
 */
export function speedAlone(hits: ChoiceHit[], message: Message, pack: LocalePack): ChoiceHit[] {
  const { speed, stopwords, light } = pack.lexicon;
  const bare = (h: ChoiceHit) => (h.term.concept || h.term.lexical) && h.term.words.length === 1 && speed.includes(h.term.words[0]?.text ?? '');
  return hits.flatMap((h) => {
    if (!bare(h)) return [h];
    const breaks = (a: number, b: number) => /[.,;:!?\n]/.test(message.folded.slice(a, b));
    const clause = message.tokens.filter((t) => (t.end <= h.start ? !breaks(t.end, h.start) : t.start >= h.end && !breaks(h.end, t.start)));
    const content = (t: Token) => t.text.length >= MIN_CONTENT && !stopwords.has(t.text) && !light.has(t.text) && !/^\d/.test(t.text) && !hits.some((o) => overlaps(o, t));
    // "Cheaper and faster": an aim of its own beside another.
    if (!clause.some(content)) return [h];
    if (hits.some((o) => o.term.criterion === h.term.criterion && o.term.option !== h.term.option)) return [];
    return [{ ...h, confidence: Math.min(h.confidence, QUALIFYING) }];
  });
}
