import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import type { Message } from '../normalize.js';
import { isPackPhrase } from './pack-phrase.js';

/** How many words may stand between the thing named first and the time it takes ("wdrożenie nowych trwa wieki"). */
const MAX_BEFORE = 2;

/**
 * Time lost is said of what it is lost on: "we waste hours on paperwork", "tracimy czas na
 * przepisywanie faktur", "technicy tracą godziny na szukanie części w magazynie", "paperwork takes
 * forever", "wdrożenie nowych trwa wieki". Where another option names that thing after the pack's
 * phrase for time lost (`takes_too_long`) in its clause, or just before it, with nothing joining a
 * second thing between them ("mistakes, and everything takes too long" names two), that option is
 * the answer: the time phrase yields to it. The marketer's own words for slowness keep their say.
 */
export function timeSpentOn(hit: ChoiceHit, other: ChoiceHit, pack: LocalePack, message: Message): boolean {
  if (!hit.term.concept || other.term.catchAll || other.term.generic || other.level === 'typo') return false;
  if (!isPackPhrase(hit.term, pack, ['takes_too_long']) || isPackPhrase(other.term, pack, ['takes_too_long'])) return false;
  const [from, to] = other.start >= hit.end ? [hit.end, other.start] : other.end <= hit.start ? [other.end, hit.start] : [-1, -1];
  if (from < 0 || /[,.;:!?\n]/.test(message.folded.slice(from, to))) return false;
  const between = message.tokens.filter((t) => t.start >= from && t.end <= to);
  const { coordinators, contrasts } = pack.lexicon;
  const after = other.start >= hit.end;
  return (after || between.length <= MAX_BEFORE) && !between.some((t) => coordinators.includes(t.text) || contrasts.has(t.text));
}
