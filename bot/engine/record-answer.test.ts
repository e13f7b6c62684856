import { describe, expect, it } from 'vitest';
import type { Answer } from '../../qualification/answer.js';
import { newConversationState, type ConversationState } from '../conversation.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { openDraft } from './draft.js';
import { recordAnswer, validateValue } from './record-answer.js';

const definition = exampleDefinition();
const criterion = (id: string) => {
  const found = definition.criteria.find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
};

function state(overrides: Partial<ConversationState> = {}): ConversationState {
  return { ...newConversationState('en'), ...overrides };
}

const answer = (criterionId: string, value: Answer['value'], source: Answer['source'] = 'volunteered'): Answer => ({
  criterionId,
  value,
  raw: String(value),
  source,
  confidence: 0.9,
  at: '2026-11-23T09:00:00.000Z',
});

describe('validateValue', () => {
  it.each([
    ['industry', 'hvac', 'hvac'],
    ['industry', 'bakery', null],
    ['industry', 3, null],
    ['company_size', 40, 40],
    ['company_size', Number.NaN, null],
    ['company_size', Number.POSITIVE_INFINITY, null],
    ['company_size', '40', null],
    ['motivation', 'grow', ['grow']],
    ['motivation', ['grow', 'grow', 'save_time'], ['grow', 'save_time']],
    ['motivation', ['grow', 'fame'], null],
    ['motivation', [], null],
    ['contact_email', ' Anna.V@Example.FI ', 'anna.v@example.fi'],
    ['contact_email', 'anna@example', null],
    ['contact_email', 'anna example.fi', null],
    ['contact_email', '<script>@x.fi', null],
    ['contact_name', '  Anna Virtanen ', 'Anna Virtanen'],
    ['contact_name', '   ', null],
  ] as const)('%s accepts %j as %j', (id, value, expected) => {
    expect(validateValue(criterion(id), value as Answer['value'])).toEqual(expected);
  });
});

describe('recordAnswer', () => {
  it('records a valid answer once, with an answer_recorded event', () => {
    const draft = openDraft(definition, state(), new Date());
    expect(recordAnswer(draft, answer('industry', 'hvac'))).toBe(true);
    expect(recordAnswer(draft, answer('industry', 'hvac'))).toBe(false);
    expect(draft.state.answers.industry?.value).toBe('hvac');
    expect(draft.events).toEqual([{ type: 'answer_recorded', answer: answer('industry', 'hvac') }]);
  });

  it('refuses values that do not fit the criterion, whatever their source', () => {
    const draft = openDraft(definition, state(), new Date());
    for (const source of ['asked', 'button', 'volunteered', 'model', 'previous'] as const) {
      expect(recordAnswer(draft, answer('industry', 'bakery', source))).toBe(false);
      expect(recordAnswer(draft, answer('unknown_criterion', 'x', source))).toBe(false);
    }
    expect(draft.state.answers).toEqual({});
    expect(draft.events).toEqual([]);
  });

  it('keeps no contact data until consent is granted', () => {
    for (const consent of [null, 'denied'] as const) {
      const draft = openDraft(definition, state({ consent }), new Date());
      expect(recordAnswer(draft, answer('contact_email', 'anna@example.fi'))).toBe(false);
      expect(draft.state.answers).toEqual({});
    }
    const granted = openDraft(definition, state({ consent: 'granted' }), new Date());
    expect(recordAnswer(granted, answer('contact_email', 'anna@example.fi'))).toBe(true);
  });

  it('takes a newer contact detail the visitor mentions in passing over the one they gave when asked', () => {
    const draft = openDraft(definition, state({ consent: 'granted' }), new Date());
    expect(recordAnswer(draft, answer('contact_email', 'anna@example.fi', 'asked'))).toBe(true);
    expect(recordAnswer(draft, answer('contact_email', 'a.v@example.fi', 'volunteered'))).toBe(true);
    expect(draft.state.answers.contact_email?.value).toBe('a.v@example.fi');
  });

  it('takes a criterion off the skipped list when the visitor answers it after all', () => {
    const draft = openDraft(definition, state({ skipped: ['budget'] }), new Date());
    recordAnswer(draft, answer('budget', 'allocated'));
    expect(draft.state.skipped).toEqual([]);
  });

  it('never changes the state it was given', () => {
    const given = state();
    const draft = openDraft(definition, given, new Date());
    recordAnswer(draft, answer('industry', 'hvac'));
    expect(given.answers).toEqual({});
  });
});
