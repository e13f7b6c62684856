import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer.js';
import { score } from '../score/score.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { validateDefinition } from './parse.js';
import type { Criterion, LeadDefinition } from './schema.js';

const example = exampleDefinition();
/** The example with its current-tool question asked for context only. */
const withContext = (change: (c: Criterion) => Criterion = (c) => c): LeadDefinition => ({
  ...example,
  criteria: example.criteria.map((c) => {
    if (c.id !== 'current_tool' || c.type !== 'choice') return c;
    return change({ ...c, scored: false, options: c.options.map((o) => ({ ...o, points: 0, disqualify: undefined })) });
  }),
});

const answer = (criterionId: string, value: Answer['value']): Answer => ({ criterionId, value, raw: String(value), source: 'asked', confidence: 1, at: '2026-11-23T09:00:00.000Z' });

describe('a criterion asked for context only (scored: false)', () => {
  it('gives no points and is never missing for the decision', () => {
    const definition = withContext();
    const result = score(definition, [answer('current_tool', 'paper_spreadsheets')]);
    expect(result.perCriterion.map((c) => c.id)).not.toContain('current_tool');
    expect(result.missing).not.toContain('current_tool');
    expect(score(example, []).missing).toContain('current_tool');
  });

  it('validates: no points, no disqualifying, not required, not contact', () => {
    const errorsOf = (definition: LeadDefinition) => {
      const result = validateDefinition(JSON.parse(JSON.stringify(definition)));
      return result.ok ? [] : result.errors;
    };
    expect(errorsOf(withContext())).toEqual([]);
    const pointed = withContext((c) => (c.type === 'choice' ? { ...c, options: c.options.map((o, i) => (i === 0 ? { ...o, points: 5 } : o)) } : c));
    expect(errorsOf(pointed)).toEqual([expect.stringMatching(/scored: false but gives points or disqualifies/)]);
    expect(errorsOf(withContext((c) => ({ ...c, required: true })))).toEqual([expect.stringMatching(/never holds back the decision/)]);
  });
});
