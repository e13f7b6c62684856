import type { LocalePack } from '../../locales/pack.js';
import type { ChoiceHit } from '../choices.js';
import type { Message, Span } from '../normalize.js';
import { decidingCriterion, selfWords } from './persons.js';

/** Signs that end a clause: a later clause is another statement ("olen tarjoilija, omistaja pyysi …"). */
const CLAUSE_END = /[,.;:!?\n–—]|\s-\s/;

/** The words of the clause holding the stretch, folded. */
function clauseWords(hit: Span, message: Message): string[] {
  const { tokens, folded } = message;
  return tokens
    .filter((t) => !CLAUSE_END.test(t.end <= hit.start ? folded.slice(t.end, hit.start) : t.start >= hit.end ? folded.slice(hit.end, t.start) : ''))
    .map((t) => t.text);
}

/**
 * Asked about the visitor's role, a reply that opens with the visitor's title and goes on, in a later
 * clause without the visitor in it, to name another person ("olen tarjoilija, omistaja pyysi
 * selvittämään", "klinikansvarig, ägaren är tandläkare", "office manager, the owner signs"): the
 * later title is about that person, the opening one answers. A later clause with the visitor in it
 * ("…, I'm also the owner") is theirs too, and stays to be asked which; an opening catch-all ("a
 * teacher, I just handle the school's IT") yields to what follows; words for work are the visitor's.
 */
export function answerFirst(hits: ChoiceHit[], message: Message, pack: LocalePack, asking: string | null): ChoiceHit[] {
  const asked = hits.filter((h) => h.term.criterion.id === asking && h.term.criterion.category === 'person').sort((a, b) => a.start - b.start);
  const first = asked[0];
  if (!first || first.term.catchAll || new Set(asked.map((h) => h.term.option)).size < 2 || decidingCriterion(first.term, pack)) return hits;
  const self = selfWords(pack).anywhere;
  const later = (h: ChoiceHit) =>
    h.term.option !== first.term.option && !h.term.work && h.start >= first.end && CLAUSE_END.test(message.folded.slice(first.end, h.start)) && !self.test(clauseWords(h, message).join(' '));
  return hits.filter((h) => !asked.includes(h) || !later(h));
}
