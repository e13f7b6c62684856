import { describe, expect, it } from 'vitest';
import type { Locale } from '../definition/schema.js';
import { understand } from './understand.js';
import { setsField } from './field-setting.js';
import { exampleDefinition } from '../../test/support/example-definition.js';

const definition = exampleDefinition();
const now = new Date('2026-01-15T10:00:00Z');

describe("a criterion's id and an option's id typed as a field", () => {
  it.each<[Locale, string, string]>([
    ['en', 'budget: allocated', 'budget'],
    ['en', 'timeline: within_3_months', 'timeline'],
    ['en', 'budget: Allocated', 'budget'],
    ['fi', 'budget: allocated', 'budget'],
    ['sv', 'role: owner_ceo; decision_power: decision_maker', 'role'],
    ['pl', 'decision_power: decision_maker', 'decision_power'],
  ])('%s: "%s" sets a field and records nothing', (locale, text, asking) => {
    expect(setsField(definition, text)).toBe(true);
    expect(understand(definition, text, { locale, now, asking }).extractions).toEqual([]);
  });

  it.each<[Locale, string, string]>([
    // A value in words is an answer, however it is laid out.
    ['en', 'budget: allocated for next year', 'budget'],
    ['en', 'budget: about 5k', 'budget'],
    // A label written as a form writes it, not as the code does.
    ['en', 'Budget: allocated', 'budget'],
    ['en', 'Country: Finland', 'country'],
    // A word that is no option's id, or a key that is no criterion's.
    ['fi', 'budjetti: varattu', 'budget'],
    ['en', 'budget: yes', 'budget'],
  ])('%s: "%s" is an answer', (locale, text) => {
    expect(setsField(definition, text)).toBe(false);
  });

  it('still reads the same words as an answer when they are no field', () => {
    const { extractions } = understand(definition, 'Budget: allocated', { locale: 'en', now, asking: 'budget' });
    expect(extractions).toContainEqual(expect.objectContaining({ criterionId: 'budget', value: 'allocated' }));
  });
});
