import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import type { KnowledgeAnswer } from '../ports/model.js';
import { begin, turn } from './turn.js';

const definition = exampleDefinition();
const now = new Date('2026-11-23T09:00:00.000Z');
const teams: KnowledgeAnswer = {
  text: 'Yes, Fieldwise integrates with Microsoft Teams.',
  sources: [{ title: 'Integrations: Microsoft Teams', url: 'https://fieldwise.example/integrations#microsoft-teams' }],
};

describe('a visitor question answered from the company content', () => {
  const start = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now);

  it('answers with the passage and its source, then goes back to the question', () => {
    const result = turn(definition, start.state, { text: 'Do you integrate with Teams?' }, now, { knowledge: teams });
    expect(result.replies[0]!.text).toBe(
      'Yes, Fieldwise integrates with Microsoft Teams.\nIntegrations: Microsoft Teams: https://fieldwise.example/integrations#microsoft-teams',
    );
    expect(result.state.asking).toBe(start.state.asking);
    expect(result.replies.at(-1)!.asking).toBe(start.state.asking);
  });

  it('falls back to the FAQ when the content has no answer', () => {
    const result = turn(definition, start.state, { text: 'Do you integrate with Teams?' }, now, { knowledge: null });
    expect(result.replies[0]!.text).toMatch(/^Yes – Fieldwise works with Microsoft Teams/);
  });

  it('says a person will follow up when neither knows', () => {
    const result = turn(definition, start.state, { text: 'Can you repair a Zeppelin?' }, now, { knowledge: null });
    expect(result.replies[0]!.text).toBe('Good question! One of my colleagues can answer that better than I can.');
  });
});
