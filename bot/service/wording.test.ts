import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { begin } from '../engine/turn.js';
import { applyWording, wordingCandidates } from './wording.js';

const definition = exampleDefinition();
const now = new Date('2026-11-23T09:00:00.000Z');

describe('model wording of the next question', () => {
  const start = begin(definition, { locale: 'fi', previousAnswers: [], variants: {} }, now);

  it('offers the questions that may come after the one asked, in the visitor language', () => {
    const candidates = wordingCandidates(definition, start.state);
    expect(candidates).toHaveLength(2);
    expect(candidates.map((c) => c.criterionId)).not.toContain(start.state.asking);
    expect(candidates[0]!.question).toBe(definition.criteria.find((c) => c.id === candidates[0]!.criterionId)!.question.fi);
  });

  it('rewords only the question the engine chose, and leaves other replies alone', () => {
    const replies = [{ text: 'Kiitos!' }, { text: 'Montako työntekijää yrityksessänne on?', asking: 'company_size' }];
    const worded = applyWording(replies, { acknowledgement: 'LVI-ala, selvä.', questions: { company_size: 'Kuinka iso porukka teillä on?', country: 'Missä maassa?' } });
    expect(worded).toEqual([{ text: 'Kiitos!' }, { text: 'LVI-ala, selvä. Kuinka iso porukka teillä on?', asking: 'company_size' }]);
    expect(applyWording(replies, { acknowledgement: 'Selvä.', questions: { country: 'Missä maassa?' } })).toEqual(replies);
    expect(applyWording(replies, null)).toBe(replies);
  });
});
