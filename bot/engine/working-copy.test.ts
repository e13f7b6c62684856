import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import type { ConversationState, VisitorInput } from '../conversation.js';
import { SKIP_CHOICE } from './not-understood.js';
import { begin, turn } from './turn.js';

const definition = exampleDefinition();
const NOW = new Date('2026-01-15T10:00:00Z');

/** Frozen all the way down: any step changing it in place throws (modules run in strict mode). */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A visitor who goes through every kind of step: a doubtful reading corrected by a button, a skip, consent, contact details. */
function nextInput(state: ConversationState, step: number): VisitorInput {
  if (step === 0) return { text: 'We are a heating and plumbing firm in Tampere with about 40 people' };
  if (state.pending) return { choice: 'electrical' };
  if (state.asking === 'consent') return { choice: 'yes' };
  if (state.asking === 'contact_email') return { text: 'jukka.k@example.com' };
  if (state.asking === 'contact_name' || state.asking === 'company_name') return { text: 'Jukka Korhonen' };
  if (step === 3) return { choice: SKIP_CHOICE };
  const asked = definition.criteria.find((c) => c.id === state.asking);
  if (asked && 'options' in asked) return { choice: asked.options[0]!.id };
  return { text: asked?.type === 'yes_no' ? 'yes' : '12' };
}

describe('a turn’s working copy of the state', () => {
  it('never changes the state it is given, answers and readings included', () => {
    let state = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, NOW).state;
    const kinds = new Set<string>();
    for (let step = 0; step < 40 && state.phase !== 'closed'; step++) {
      const before = structuredClone(state);
      const result = turn(definition, deepFreeze(state), nextInput(state, step), NOW);
      expect(state).toEqual(before);
      for (const event of result.events) kinds.add(event.type);
      state = result.state;
    }
    // The walk went through the steps that write to the state's answers, readings and skips.
    expect([...kinds]).toEqual(expect.arrayContaining(['answer_recorded', 'guess_corrected', 'criterion_skipped', 'consent_changed', 'conversation_closed']));
  });
});
