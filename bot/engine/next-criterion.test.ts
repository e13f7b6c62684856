import { describe, expect, it } from 'vitest';
import type { Answer } from '../../qualification/answer.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { newConversationState, type ConversationState } from '../conversation.js';
import { nextContactCriterion, nextCriterion } from './next-criterion.js';

const definition = exampleDefinition();

function state(answers: Array<[string, Answer['value'], Answer['source']?]>, overrides: Partial<ConversationState> = {}): ConversationState {
  const given = answers.map(([criterionId, value, source = 'asked']): Answer => ({ criterionId, value, raw: String(value), source, confidence: 1, at: '2026-11-23T09:00:00.000Z' }));
  return { ...newConversationState('en'), answers: Object.fromEntries(given.map((a) => [a.criterionId, a])), ...overrides };
}

describe('nextCriterion', () => {
  it('starts with the first criterion of the definition', () => {
    expect(nextCriterion(definition, state([]))?.id).toBe('industry');
  });

  it('passes over what was answered, given in an earlier visit, or skipped', () => {
    const s = state([['industry', 'hvac'], ['company_size', 40, 'previous']], { skipped: ['country'] });
    expect(nextCriterion(definition, s)?.id).toBe('role');
  });

  it('asks nothing more about fit once fit is settled', () => {
    const s = state([['industry', 'hvac'], ['company_size', 40], ['country', 'finland']]);
    expect(nextCriterion(definition, s)?.id).toBe('current_tool');
  });

  it('keeps the question in the air when it can still change the decision', () => {
    expect(nextCriterion(definition, state([], { asking: 'country' }))?.id).toBe('country');
  });

  it('returns null once the decision cannot change', () => {
    const s = state([['industry', 'private_household']]);
    expect(nextCriterion(definition, s)).toBeNull();
  });

  it('never picks a contact criterion, however required', () => {
    const decided = state([
      ['industry', 'hvac'],
      ['company_size', 40],
      ['country', 'finland'],
      ['current_tool', 'paper_spreadsheets'],
      ['main_pain', 'scheduling'],
      ['timeline', 'within_3_months'],
    ]);
    expect(nextCriterion(definition, decided)).toBeNull();
    expect(nextContactCriterion(definition, decided)?.id).toBe('contact_email');
    expect(nextContactCriterion(definition, { ...decided, skipped: ['contact_email'] })).toBeNull();
  });
});

describe('a question asked for context only (scored: false)', () => {
  const context: typeof definition = {
    ...definition,
    criteria: definition.criteria.map((c) => (c.id === 'current_tool' && c.type === 'choice' ? { ...c, scored: false, options: c.options.map((o) => ({ ...o, points: 0 })) } : c)),
  };
  const scoredWith = (missing: string[]) => ({ fit: 0, intent: 0, total: 0, perCriterion: [], decision: 'incomplete' as const, missing });

  it('is asked in its place while scoring questions are still open', () => {
    expect(nextCriterion(context, state([]), scoredWith(['timeline']))?.id).toBe('current_tool');
  });

  it('never holds the decision back: once nothing scoring is missing it is not asked', () => {
    expect(nextCriterion(context, state([]), scoredWith([]))).toBeNull();
  });
});
