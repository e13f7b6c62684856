import type { Criterion, LeadDefinition, Option } from '../../definition/schema.js';
import type { Concept } from '../../definition/concepts.js';
import { findChoices } from '../choices.js';
import type { Message, Span } from '../normalize.js';
import type { UnderstandContext } from '../types.js';
import { currencyOfUnit } from './money.js';

/** What a reply without an amount may say of the budget: none, or one still to be set; an approved one still owes its amount. */
const ANSWERS: readonly Concept[] = ['no_budget', 'budget_planned', 'budget_allocated'];
const PASSES = new Set<string>(['no_budget', 'budget_planned']);

const option = (concept: Concept): Option => ({ id: concept, label: {}, synonyms: {}, points: 0, means: [concept] });

/**
 * The money question asked as a budget choice with the concepts' options: the locale packs' words
 * for having no budget ("haven't got a budget yet", "ei ole vielä budjetoitu", "ingen budget ännu",
 * "nie mamy jeszcze budżetu") are read with every guard a marketer's budget question has (negation,
 * approval still to come, longest phrase). Built once per definition and criterion.
 */
const asChoice = new WeakMap<LeadDefinition, Map<string, LeadDefinition>>();
function budgetChoice(definition: LeadDefinition, asked: Criterion): LeadDefinition {
  let byCriterion = asChoice.get(definition);
  if (!byCriterion) asChoice.set(definition, (byCriterion = new Map()));
  let built = byCriterion.get(asked.id);
  if (!built) {
    const { id, category, required, scored, question, why, variants } = asked;
    const criterion: Criterion = { id, category, required, scored, question, why, variants, type: 'choice', options: ANSWERS.map(option) };
    byCriterion.set(asked.id, (built = { ...definition, criteria: [criterion] }));
  }
  return built;
}

/**
 * Asked for an amount of money ("what budget per user, in euros?"), a reply that there is no budget
 * yet, or that it is still being set, passes the question: nothing to record, nothing to ask again.
 * Only where no amount was read.
 */
export function budgetWithheld(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: Span[], blocked: Span[]): boolean {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  if (asked?.type !== 'number' || currencyOfUnit(asked.unit) === null) return false;
  const hits = findChoices(budgetChoice(definition, asked), message, ctx, times, blocked);
  return hits.length > 0 && hits.every((h) => PASSES.has(h.term.option.id));
}
