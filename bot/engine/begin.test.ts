import { describe, expect, it } from 'vitest';
import type { Answer } from '../../qualification/answer.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { copyFor } from '../../qualification/locales/index.js';
import { begin } from './turn.js';

const definition = exampleDefinition();
const now = new Date('2026-11-23T09:00:00.000Z');
const previous = (criterionId: string, value: Answer['value']): Answer => ({
  criterionId,
  value,
  raw: String(value),
  source: 'asked',
  confidence: 1,
  at: '2026-10-01T09:00:00.000Z',
});

describe('begin', () => {
  it.each(['en', 'fi', 'sv', 'pl'] as const)('greets in %s, invites the visitor to talk, and offers the first question with buttons', (locale) => {
    const { replies, state, events } = begin(definition, { locale, previousAnswers: [], variants: {} }, now);
    expect(replies).toHaveLength(2);
    expect(replies[0]?.text).toContain(definition.greeting[locale]);
    expect(replies[0]?.text).toContain(copyFor(locale).invite);
    expect(replies[1]).toMatchObject({ asking: 'industry', text: definition.criteria[0]?.question[locale] });
    expect(replies[1]?.choices?.map((c) => c.id)).toContain('hvac');
    expect(replies[1]?.choices?.find((c) => c.id === 'hvac')?.label).toBe(
      definition.criteria[0]?.type === 'choice' ? definition.criteria[0].options[0]?.label[locale] : undefined,
    );
    expect(state).toMatchObject({ locale, phase: 'qualifying', asking: 'industry', decision: 'incomplete', consent: null });
    expect(events).toEqual([{ type: 'question_asked', criterionId: 'industry', variant: null }]);
  });

  it('falls back to the default locale when the visitor speaks one the definition does not declare', () => {
    const finnishAndEnglish = { ...definition, locales: ['fi' as const, 'en' as const] };
    const { replies, state } = begin(finnishAndEnglish, { locale: 'pl', previousAnswers: [], variants: {} }, now);
    expect(state.locale).toBe('en');
    expect(replies[0]?.text).toContain(definition.greeting.en);
  });

  it('records previous answers as such and never asks them again', () => {
    const { state, replies, events } = begin(
      definition,
      { locale: 'en', previousAnswers: [previous('industry', 'hvac'), previous('company_size', 40)], variants: {} },
      now,
    );
    expect(state.answers.industry).toMatchObject({ value: 'hvac', source: 'previous' });
    expect(state.answers.company_size).toMatchObject({ value: 40, source: 'previous' });
    expect(state.asking).not.toBe('industry');
    expect(state.asking).not.toBe('company_size');
    expect(replies.at(-1)?.asking).toBe(state.asking);
    expect(events.filter((e) => e.type === 'answer_recorded')).toHaveLength(2);
  });

  it('does not carry contact details over from an earlier visit without consent in this one', () => {
    const { state } = begin(definition, { locale: 'en', previousAnswers: [previous('contact_email', 'anna@example.fi')], variants: {} }, now);
    expect(state.answers.contact_email).toBeUndefined();
  });

  it('asks the A/B variant of a question when the conversation has one', () => {
    const withVariant = structuredClone(definition);
    const industry = withVariant.criteria[0];
    industry?.variants.push({ id: 'short', question: { en: 'Your trade?', fi: 'Alanne?', sv: 'Er bransch?', pl: 'Wasza branża?' } });
    const { replies, events } = begin(withVariant, { locale: 'fi', previousAnswers: [], variants: { industry: 'short' } }, now);
    expect(replies[1]?.text).toBe('Alanne?');
    expect(events).toContainEqual({ type: 'question_asked', criterionId: 'industry', variant: 'short' });
  });

  it('ends politely at once when a previous answer already rules the visitor out', () => {
    const { state, events } = begin(definition, { locale: 'en', previousAnswers: [previous('industry', 'private_household')], variants: {} }, now);
    expect(state.phase).toBe('closed');
    expect(state.asking).toBeNull();
    expect(events.map((e) => e.type)).toContain('conversation_closed');
  });
});
