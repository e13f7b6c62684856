import { describe, expect, it } from 'vitest';
import { madeUpDefinition } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';

const why = { en: 'w', fi: 'w', sv: 'w', pl: 'w' };
const definition = madeUpDefinition([
  { id: 'spend', category: 'situation', type: 'number', unit: 'euros', per: 'month', question: { en: 'How much could you spend on it a month?', fi: 'Paljonko voisitte käyttää kuukaudessa?', sv: 'Hur mycket kan ni lägga i månaden?', pl: 'Ile mogliby Państwo wydawać miesięcznie?' }, why },
  { id: 'shops', category: 'company', type: 'number', unit: 'stores', question: { en: 'How many shops do you have?' }, why },
  { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: { en: 'How many people work for you?' }, why },
]);
const now = new Date('2026-01-15T10:00:00Z');
// The visitor's own questions, as the engine finds them: here every reply ending in a question mark is one.
const read = (text: string, asking: string, locale: Locale) => {
  const message = prepare(text);
  const questions = /\?\s*$/.test(text) ? [{ start: 0, end: message.folded.length }] : [];
  return extractNumbers(definition, message, { locale, now, asking }, [], questions).extractions.find((e) => e.criterionId === asking);
};
const facts = (text: string, asking: string, locale: Locale) => {
  const e = read(text, asking, locale);
  return e && e.confidence >= 0.75 ? e.value : undefined;
};

describe('asked a total amount, one per a thing or person is multiplied out or asked back', () => {
  // [locale, text, the total recorded]
  it.each<[Locale, string, number]>([
    ['en', '€40 per depot, we run 6 depots', 240],
    ['en', 'about 25 euros a user a month and we are 12', 300],
    ['fi', '70 € per toimipiste, toimipisteitä on neljä', 280],
    ['fi', '30 euroa käyttäjää kohden, käyttäjiä olisi kymmenen', 300],
    ['sv', '90 euro per butik, vi har tre butiker', 270],
    ['pl', 'po 50 euro za sklep, sklepów mamy sześć', 300],
  ])('%s "%s" -> %d', (locale, text, total) => {
    expect(facts(text, 'spend', locale)).toBe(total);
  });

  // The price of one with no count of them beside it is no total: asked back, not recorded.
  it.each<[Locale, string]>([
    ['en', '€30 per licence'],
    ['fi', '15 €/kk/käyttäjä'],
    ['sv', '200 euro per användare'],
    ['pl', '40 euro na użytkownika'],
  ])('%s "%s" is asked back', (locale, text) => {
    const e = read(text, 'spend', locale);
    expect(e).toBeDefined();
    expect(e?.confidence).toBeLessThan(0.75);
  });

  it('an amount for the whole stays as said ("300 a month", "500 for all our shops")', () => {
    expect(facts('300 a month', 'spend', 'en')).toBe(300);
    expect(facts('500 € for all our shops', 'spend', 'en')).toBe(500);
    expect(facts('noin 400 euroa kuussa', 'spend', 'fi')).toBe(400);
  });
});

describe('asked for money, a question of the visitor with no amount in it gives none', () => {
  it.each<[Locale, string]>([
    ['en', 'what would 4 shops cost?'],
    ['fi', 'paljonko maksaa kolmelle käyttäjälle?'],
    ['sv', 'vad kostar det för 2 butiker?'],
    ['pl', 'ile kosztuje dla 5 osób?'],
  ])('%s "%s"', (locale, text) => {
    expect(read(text, 'spend', locale)).toBeUndefined();
  });
});

describe('slang for thousands counts only money', () => {
  it.each<[Locale, string, number]>([
    ['en', 'no more than 3 grand a month', 3000],
    ['fi', 'max 3 tonnia kuussa', 3000],
    ['fi', 'kaksi tonnia', 2000],
    ['fi', 'satasen verran kuussa', 100],
  ])('%s "%s" -> %d', (locale, text, value) => {
    expect(facts(text, 'spend', locale)).toBe(value);
  });
  it('a ton of anything else is no thousand', () => {
    expect(facts('3 tonnia', 'shops', 'fi')).not.toBe(3000);
  });
});
