import type { Extraction } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import type { Message, Span } from './normalize.js';
import type { Intent, UnderstandContext } from './types.js';

/**
 * How a language answers a yes/no question with an amount instead of a yes or a no: "do you ship
 * abroad?" — "a few orders to Norway every week", "jonkin verran Saksaan", "en del till Tyskland",
 * "trochę na Słowację". Folded phrases, read at the start of the reply only.
 */
export interface AmountWords {
  /** Some of the thing asked, said as so ("a few", "some", "occasionally", "jonkin verran", "en del", "trochę"): a yes. */
  some: readonly string[];
  /** Next to none of it ("hardly any", "barely", "tuskin", "knappt", "prawie wcale"): a no. */
  none: readonly string[];
}

/** A yes or no said in so many words ("yes", "ei vielä", "inte än"). */
const SAID = 0.9;
/** An amount said for the yes or no: sure enough to record, less than the word itself. */
const AMOUNT = 0.8;

/** Replies that are not an answer, whatever amount they name ("a few questions first?"). */
const ASIDE: readonly Intent[] = ['why', 'skip', 'human', 'question', 'abuse', 'wait'];

/** Whether the folded text opens with one of the phrases, as whole words. */
function opens(folded: string, phrases: readonly string[]): boolean {
  const text = folded.replace(/^[^\p{L}\p{N}]+/u, '');
  return phrases.some((p) => text.startsWith(p) && !/[\p{L}\p{N}]/u.test(text[p.length] ?? ''));
}

/**
 * An amount at the start of the reply, in a message that says nothing to turn it: no negation
 * ("some, not anymore"), no contrast ("a few, but…"), no maybe or time ("a few next year" is not
 * yet so). What it leaves open is asked back.
 */
function amount(message: Message, times: readonly Span[], { lexicon, amounts }: LocalePack): 'yes' | 'no' | null {
  const { tokens, folded } = message;
  const none = opens(folded, amounts.none);
  const some = !none && opens(folded, amounts.some);
  if (!none && !some) return null;
  const hedged = (w: string) => lexicon.hedges.some((h) => (h.endsWith('*') ? w.startsWith(h.slice(0, -1)) : w === h));
  if (times.length > 0 || tokens.some((t) => lexicon.contrasts.has(t.text) || hedged(t.text))) return null;
  if (some && tokens.some((t) => lexicon.negations.has(t.text))) return null;
  return some ? 'yes' : 'no';
}

/**
 * The answer to a yes/no question being asked: a yes or a no ("yep", "ei vielä", "inte än"), or an
 * amount of what was asked ("a few orders to Norway every week" is a yes, "hardly any" a no).
 */
export function yesNo(definition: LeadDefinition, message: Message, ctx: UnderstandContext, intents: readonly Intent[], times: readonly Span[]): Extraction[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'yes_no') return [];
  const raw = message.original.trim();
  if (intents.includes('affirm')) return [{ criterionId: asked.id, value: 'yes', raw, confidence: SAID }];
  if (intents.includes('deny')) return [{ criterionId: asked.id, value: 'no', raw, confidence: SAID }];
  if (intents.some((i) => ASIDE.includes(i))) return [];
  const value = amount(message, times, packFor(ctx.locale));
  return value ? [{ criterionId: asked.id, value, raw, confidence: AMOUNT }] : [];
}
