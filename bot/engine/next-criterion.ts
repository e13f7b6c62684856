import type { Criterion, LeadDefinition } from '../../qualification/definition/schema.js';
import { score } from '../../qualification/score/score.js';
import type { ScoreResult } from '../../qualification/score/result.js';
import type { ConversationState } from '../conversation.js';

export function scoreState(definition: LeadDefinition, state: ConversationState): ScoreResult {
  return score(definition, Object.values(state.answers), state.skipped);
}

function open(state: ConversationState, criterion: Criterion): boolean {
  return !state.answers[criterion.id] && !state.skipped.includes(criterion.id);
}

/**
 * The next question worth asking: the first criterion that can still change the decision and
 * has not been answered, skipped or given in an earlier visit. The question in the air keeps
 * priority so a detour (why, a FAQ) comes back to it. Contact details are asked only in the
 * closing, behind consent, so they are never chosen here. A question asked for context only
 * (`scored: false`) is asked in its place while scoring questions remain, and never holds the decision back. `scored` is the state's score when the
 * caller has it already.
 */
export function nextCriterion(definition: LeadDefinition, state: ConversationState, scored: ScoreResult = scoreState(definition, state)): Criterion | null {
  const missing = new Set(scored.missing);
  // Context questions (`scored: false`) come in their place while scoring ones are still open, never after.
  const stillScoring = missing.size > 0;
  const wanted = (c: Criterion) => missing.has(c.id) || (stillScoring && !c.scored);
  const askable = definition.criteria.filter((c) => c.category !== 'contact' && wanted(c) && open(state, c));
  return askable.find((c) => c.id === state.asking) ?? askable[0] ?? null;
}

/** The contact detail still needed before a handoff: the required ones, in definition order. */
export function nextContactCriterion(definition: LeadDefinition, state: ConversationState): Criterion | null {
  return definition.criteria.find((c) => c.category === 'contact' && c.required && open(state, c)) ?? null;
}

/** Where a follow-up email goes: the definition's email criterion. */
export function followUpEmailCriterion(definition: LeadDefinition): Criterion | null {
  return definition.criteria.find((c) => c.category === 'contact' && c.type === 'email') ?? null;
}
