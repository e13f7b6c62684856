import { describe, expect, it } from 'vitest';
import { route } from '../../qualification/route/route.js';
import { score } from '../../qualification/score/score.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import type { ConversationState, TurnResult } from '../conversation.js';
import { begin, turn } from './turn.js';

const definition = exampleDefinition();
const now = new Date('2026-11-23T09:00:00.000Z');

/** What scoring and routing the turn's final answers from scratch gives: the lead must say the same. */
function expectLeadOf(result: TurnResult) {
  const answers = Object.values(result.state.answers);
  expect(result.lead).toEqual({
    score: score(definition, answers, result.state.skipped),
    decision: result.state.decision,
    owner: route(definition, answers).id,
  });
}

function started(): ConversationState {
  return begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now).state;
}

describe('turn: the lead it carries', () => {
  it('is the score, decision and owner of the answers the turn leaves, for the greeting too', () => {
    const result = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now);
    expectLeadOf(result);
    expect(result.lead.score.total).toBe(0);
  });

  it('follows an answer recorded in the same turn, routing included', () => {
    const first = turn(definition, started(), { choice: 'hvac' }, now);
    const second = turn(definition, first.state, { text: 'about 400 people' }, now);
    expectLeadOf(second);
    expect(second.state.answers.company_size?.value).toBe(400);
    expect(second.lead.owner).toBe(route(definition, Object.values(second.state.answers)).id);
    expect(second.lead.score.total).toBeGreaterThan(first.lead.score.total);
  });

  it('follows a criterion skipped in the same turn', () => {
    const first = turn(definition, started(), { choice: 'hvac' }, now);
    const skipped = turn(definition, first.state, { text: 'rather not say' }, now);
    expect(skipped.state.skipped).toContain('company_size');
    expectLeadOf(skipped);
    expect(skipped.lead.score.missing).not.toEqual(first.lead.score.missing);
  });

  it('carries the decision and score to the end of a qualifying conversation', () => {
    let result = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now);
    const replies: Record<string, { choice: string } | { text: string }> = {
      industry: { choice: 'hvac' },
      company_size: { text: '60' },
      country: { choice: 'sweden' },
      current_tool: { choice: 'paper_spreadsheets' },
      main_pain: { choice: 'scheduling' },
      timeline: { choice: 'within_3_months' },
      consent: { choice: 'yes' },
    };
    for (let i = 0; i < 8 && replies[result.state.asking ?? '']; i += 1) {
      result = turn(definition, result.state, replies[result.state.asking!]!, now);
      expectLeadOf(result);
    }
    expect(result.lead.decision).toBe('sales_ready');
    expect(result.lead.owner).toBe(route(definition, Object.values(result.state.answers)).id);
  });
});
