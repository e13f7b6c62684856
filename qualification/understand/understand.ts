import type { Extraction } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import { extractChoices } from './choices.js';
import { extractContact } from './contact.js';
import { detectIntents } from './intents.js';
import { prepare } from './normalize.js';
import { extractNumbers } from './numbers.js';
import { extractTimeline, findTimes } from './time.js';
import type { Intent, UnderstandContext, Understanding } from './types.js';

/** Intents that mean the message is not an answer to the question asked. */
const NOT_AN_ANSWER: Intent[] = ['why', 'skip', 'human', 'question', 'abuse', 'empty'];

function yesNo(definition: LeadDefinition, ctx: UnderstandContext, intents: Intent[], raw: string): Extraction[] {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'yes_no') return [];
  if (intents.includes('affirm')) return [{ criterionId: asked.id, value: 'yes', raw, confidence: 0.9 }];
  if (intents.includes('deny')) return [{ criterionId: asked.id, value: 'no', raw, confidence: 0.9 }];
  return [];
}

/** The surest extraction per criterion, the one being asked first, then in definition order. */
function best(definition: LeadDefinition, ctx: UnderstandContext, all: Extraction[]): Extraction[] {
  const byCriterion = new Map<string, Extraction>();
  for (const e of all) {
    const current = byCriterion.get(e.criterionId);
    if (!current || e.confidence > current.confidence) byCriterion.set(e.criterionId, e);
  }
  const order = definition.criteria.map((c) => c.id).sort((a, b) => Number(b === ctx.asking) - Number(a === ctx.asking));
  return order.flatMap((id) => byCriterion.get(id) ?? []);
}

/**
 * Reads one visitor message deterministically: the facts it states about any criterion and
 * what else the visitor wants. No IO, no model; the same text, context and date give the same result.
 */
export function understand(definition: LeadDefinition, text: string, ctx: UnderstandContext): Understanding {
  const message = prepare(text);
  const intents = detectIntents(message, ctx.locale);
  if (intents.includes('empty')) return { extractions: [], intents };
  const times = findTimes(message, ctx.locale, ctx.now);
  const choices = extractChoices(definition, message, ctx, times);
  const facts = [
    ...choices.extractions,
    ...extractTimeline(definition, message, ctx, times),
    ...extractNumbers(definition, message, ctx, [...times, ...choices.spans]),
    ...yesNo(definition, ctx, intents, message.original.trim()),
  ];
  const chatter = message.tokens.length <= 3 && intents.some((i) => i === 'greeting' || i === 'thanks');
  const notAnAnswer = chatter || intents.some((i) => NOT_AN_ANSWER.includes(i));
  facts.push(...extractContact(definition, message, ctx, notAnAnswer));
  return { extractions: best(definition, ctx, facts), intents };
}
