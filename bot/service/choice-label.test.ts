import { describe, expect, it } from 'vitest';
import type { Choice } from '../conversation.js';
import { choiceNamedBy } from './choice-label.js';

// The example definition's industry buttons, as the bot offers them in each language.
const industry: Record<string, Choice[]> = {
  en: [
    { id: 'hvac', label: 'HVAC / heating and ventilation' },
    { id: 'plumbing', label: 'Plumbing' },
    { id: 'facility_maintenance', label: 'Facility maintenance' },
  ],
  fi: [
    { id: 'hvac', label: 'LVI / ilmanvaihto' },
    { id: 'plumbing', label: 'Putkityöt' },
    { id: 'facility_maintenance', label: 'Kiinteistöhuolto' },
  ],
  sv: [
    { id: 'hvac', label: 'Värme, ventilation och kyla' },
    { id: 'plumbing', label: 'Rör och sanitet' },
    { id: 'facility_maintenance', label: 'Fastighetsskötsel' },
  ],
  pl: [
    { id: 'hvac', label: 'HVAC / wentylacja i klimatyzacja' },
    { id: 'plumbing', label: 'Hydraulika' },
    { id: 'facility_maintenance', label: 'Utrzymanie nieruchomości' },
  ],
};

describe('a label posted back as text names its choice', () => {
  it.each([
    ['en', 'Plumbing', 'plumbing'],
    ['en', '  plumbing ', 'plumbing'],
    ['en', 'HVAC / HEATING AND VENTILATION', 'hvac'],
    ['en', 'hvac heating and ventilation', 'hvac'],
    ['fi', 'Putkityöt', 'plumbing'],
    ['fi', 'putkityot', 'plumbing'],
    ['fi', 'KIINTEISTÖHUOLTO', 'facility_maintenance'],
    ['fi', 'lvi/ilmanvaihto', 'hvac'],
    ['sv', 'Rör och sanitet', 'plumbing'],
    ['sv', 'ror och sanitet', 'plumbing'],
    ['sv', 'Värme ventilation och kyla', 'hvac'],
    ['sv', 'fastighetsskotsel', 'facility_maintenance'],
    ['pl', 'Utrzymanie nieruchomości', 'facility_maintenance'],
    ['pl', 'utrzymanie nieruchomosci', 'facility_maintenance'],
    ['pl', 'Hydraulika!', 'plumbing'],
  ])('%s: %j → %s', (locale, text, choice) => {
    expect(choiceNamedBy(text, industry[locale]!)).toBe(choice);
  });

  it.each([
    ['2. Plumbing', 'plumbing'],
    ['2) plumbing', 'plumbing'],
    ['2 - Plumbing', 'plumbing'],
    ['2 Plumbing', 'plumbing'],
    ['3: Facility maintenance', 'facility_maintenance'],
  ])('numbered the way a text-only channel lists choices: %j → %s', (text, choice) => {
    expect(choiceNamedBy(text, industry.en!)).toBe(choice);
  });

  it.each([
    ['a number that is not the choice’s place', '1. Plumbing'],
    ['a bare number, which may be an answer of its own', '2'],
    ['words that are not a label', 'we do plumbing'],
    ['nothing', '   '],
    ['punctuation only', '!!'],
  ])('names nothing for %s (%j): read as typed text', (_why, text) => {
    expect(choiceNamedBy(text, industry.en!)).toBeNull();
  });

  it('prefers the label as written when two labels fold alike, and names neither when only the folded form matches', () => {
    const towns: Choice[] = [
      { id: 'a', label: 'Åre' },
      { id: 'b', label: 'Are' },
    ];
    expect(choiceNamedBy('åre', towns)).toBe('a');
    expect(choiceNamedBy('ARE', towns)).toBe('b');
    expect(choiceNamedBy('Åre!', towns)).toBeNull();
  });

  it('names nothing when the bot offered no choices', () => {
    expect(choiceNamedBy('Plumbing', [])).toBeNull();
  });
});
