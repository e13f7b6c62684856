import { describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { findFaq } from './faq.js';

const definition = exampleDefinition();

describe('findFaq', () => {
  it.each([
    ['en', 'How much does it cost per user?', 'pricing'],
    ['en', 'Do you integrate with Microsoft Teams?', 'integrations'],
    ['fi', 'Toimiiko tämä Teamsin kanssa?', 'integrations'],
    ['fi', 'Paljonko maksaa?', 'pricing'],
    ['sv', 'Hur mycket kostar det?', 'pricing'],
    ['pl', 'Czy jest okres próbny?', 'free_trial'],
    ['pl', 'Gdzie przechowujecie dane? RODO?', 'data_security'],
  ] as const)('%s "%s" → %s', (locale, text, id) => {
    expect(findFaq(definition, text, locale)?.id).toBe(id);
  });

  it('matches keywords only where a word starts', () => {
    expect(findFaq(definition, 'We are an industrial company, any capital needs?', 'en')).toBeNull();
  });

  it('looks only at the keywords of the conversation locale', () => {
    expect(findFaq(definition, 'Paljonko maksaa?', 'en')).toBeNull();
  });
});
