import type { Concept } from '../../definition/concepts.js';
import type { LeadDefinition, Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import type { Message } from '../normalize.js';
import { impliedConcepts } from './implied-concepts.js';
import { decidingOf, type PersonHit, pronounOnly } from './persons.js';
import type { ChoiceCriterion } from './terms.js';
import { isPackPhrase } from './pack-phrase.js';

/** A question is about who decides when this many of its options name a way of deciding. */
const MIN_WAYS = 2;

/**
 * Asked who decides where no option is for recommending, a visitor who only recommends ("jag
 * föreslår men vd:n beslutar", "ja rekomenduję, ale decyzja jest po stronie prezesa", "I put
 * together a proposal") leaves the decision to someone else: the locale's phrases of recommending
 * answer the one option for someone else deciding, as trade words do. Never the visitor's own say.
 */
export function adviceWordsFor(criterion: ChoiceCriterion, option: Option, implied: Map<Option, readonly Concept[]>, pack: LocalePack): readonly string[] {
  if (criterion.category !== 'person') return [];
  const ways = criterion.options.map((o) => decidingOf(o, implied));
  if (ways.filter(Boolean).length < MIN_WAYS || ways.includes('i_recommend')) return [];
  const others = criterion.options.filter((_, i) => ways[i] === 'someone_else_decides');
  return others.length === 1 && others[0] === option ? pack.concepts.i_recommend : [];
}

/**
 * Around a phrase of recommending read as someone else deciding (`adviceWordsFor`): the visitor's
 * pronoun right before it ("ja | rekomenduję", "jag | föreslår") is the phrase's subject, no say of
 * its own; and another decider named beside it ("jag föreslår och styrelsen godkänner", "I recommend,
 * the board signs off") says who that someone else is, so the phrase yields to it.
 */
export function adviceBeside<H extends PersonHit>(hits: readonly H[], message: Message, pack: LocalePack, definition: LeadDefinition): H[] {
  const implied = impliedConcepts(definition);
  const advice = (o: H) => o.term.concept && decidingOf(o.term.option, implied) === 'someone_else_decides' && isPackPhrase(o.term, pack, ['i_recommend']);
  const next = (h: H) => message.tokens.find((t) => t.start >= h.end);
  const subject = (h: H) =>
    decidingOf(h.term.option, implied) === 'i_decide' &&
    pronounOnly(h, message, pack) &&
    hits.some((o) => o.term.criterion === h.term.criterion && advice(o) && o.start === next(h)?.start && !/[,.;:!?\n]/.test(message.folded.slice(h.end, o.start)));
  const kept = hits.filter((h) => !subject(h));
  const named = (h: H) => kept.some((o) => o.term.criterion === h.term.criterion && o.term.option !== h.term.option && !advice(o) && decidingOf(o.term.option, implied) !== 'i_decide');
  return kept.filter((h) => !advice(h) || !named(h));
}
