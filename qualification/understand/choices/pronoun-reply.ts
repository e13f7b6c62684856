import type { Extraction } from '../../answer.js';
import type { LeadDefinition } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { Message, Span } from '../normalize.js';
import type { Intent, UnderstandContext } from '../types.js';
import { isBody, othersApart, selfPronoun } from './deciders.js';
import { impliedConcepts } from './implied-concepts.js';
import { tradesIn } from './trade-codes.js';
import { decidingOf } from './persons.js';

/** Intents that make a reply something else than an answer. */
const ASIDE: readonly Intent[] = ['question', 'skip', 'why', 'human', 'abuse', 'correction'];
/** A bare pronoun is said as plainly as a yes. */
const SAID = 0.9;
/** Most words of a reply of a title joined to the pronoun ("vår ekonomichef och jag"); as sure as a joint say read elsewhere. */
const JOINED = 5;
const JOINED_SAID = 0.8;

/**
 * Asked who decides, a short reply of someone's title joined before the visitor's pronoun ("vd:n och
 * jag") is deciding together; a reply that opens with the visitor's pronoun alone as its own clause ("jag",
 * "jag, jag äger bolaget", "I.") is the visitor deciding, where nothing else was read and the rest
 * names no one else, no group and no contrast ("jag. fast styrelsen vill vara med" is not). Read
 * here, after everything else, not as a word of the option: Swedish "jag" is also the subject of
 * most sentences, and as a word it would take part in every other reading of the reply.
 */
export function pronounReply(definition: LeadDefinition, message: Message, ctx: UnderstandContext, intents: readonly Intent[]): Extraction[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'choice' || asked.category !== 'person' || intents.some((i) => ASIDE.includes(i))) return [];
  const implied = impliedConcepts(definition);
  const way = (concept: string) => asked.options.find((o) => decidingOf(o, implied) === concept);
  const pack = packFor(ctx.locale);
  const pronoun = selfPronoun(pack);
  const { tokens } = message;
  const together = way('decide_together');
  // "Vd:n och jag", "ekonomichefen och jag": someone's title joined before the pronoun that ends a short reply of one clause.
  const last = tokens.at(-1);
  // A colon inside a word is an abbreviation's ending ("vd:n"), no stop.
  if (together && last && pronoun.test(last.text) && tokens.length >= 3 && tokens.length <= JOINED && pack.people.joins.includes(tokens.at(-2)?.text ?? '') && !/[,.;!?\n]|:(?!\p{L})/u.test(message.folded.slice(0, last.start))) {
    const people = tokens.slice(0, -2);
    const someone = people.some((t) => isBody(t.text, pack) || pack.people.others.includes(t.text)) || tradesIn(message.original.slice((people[0] as Span).start, (people.at(-1) as Span).end), pack, 'occupations', true).length > 0;
    if (someone) return [{ criterionId: asked.id, value: together.id, raw: message.original.trim(), confidence: JOINED_SAID }];
  }
  const option = way('i_decide');
  const [first, next] = tokens;
  if (!option || !first || !pronoun.test(first.text)) return [];
  // The pronoun is its own clause: the reply ends there or a stop comes right after it.
  if (next && !/[,.;:!–—-]/.test(message.folded.slice(first.end, next.start))) return [];
  const rest = message.tokens.slice(1);
  const { lexicon } = pack;
  if (rest.some((t) => lexicon.contrasts.has(t.text) || lexicon.negations.has(t.text)) || othersApart(first, message, pack)) return [];
  return [{ criterionId: asked.id, value: option.id, raw: message.original.trim(), confidence: SAID }];
}
