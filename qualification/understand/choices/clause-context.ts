import type { LocalePack } from '../../locales/pack.js';
import type { Message, Span } from '../normalize.js';
import type { Term } from './terms.js';

interface Hit extends Span {
  term: Term;
}

/** The marketer's own words for an option, not a stock phrase or trade word of the pack. */
const marketers = (h: Hit) => h.term.own && !h.term.lexical && !h.term.concept;

/**
 * In one clause of a pick-several answer, the pack's stock phrase for one option's concept and the
 * marketer's own words for another option, with no list between them ("our customer service spends
 * all day typing in orders", "asiakaspalvelu näpyttelee tilauksia koko päivän"): the stock phrase
 * names whom or what the clause is about, the marketer's words what the visitor wants. Listed ("less
 * typing and better customer service", "less typing, better service") both are wanted.
 */
export function contextOnly(hit: Hit, hits: readonly Hit[], message: Message, pack: LocalePack): boolean {
  if (!hit.term.concept || hit.term.criterion.type !== 'multi') return false;
  const list = new Set([...pack.lexicon.coordinators, ...pack.people.joins]);
  const oneClause = (o: Hit) => {
    const [a, b] = o.start >= hit.end ? [hit, o] : [o, hit];
    if (b.start < a.end || /[.,;:!?\n/]/.test(message.folded.slice(a.end, b.start))) return false;
    return !message.tokens.some((t) => t.start >= a.end && t.end <= b.start && list.has(t.text));
  };
  return hits.some((o) => o.term.criterion === hit.term.criterion && o.term.option !== hit.term.option && marketers(o) && oneClause(o));
}
