import { describe, expect, it } from 'vitest';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { findTimes } from '../time.js';
import { understand } from '../understand.js';

const january = new Date('2026-01-15T10:00:00Z');

const months = (locale: Locale, text: string) => findTimes(prepare(text), locale, january)[0]?.months;

describe('a start said vaguely, hedged, or as the next of a month, in every locale', () => {
  it.each<[Locale, string, number]>([
    // "Soon" and its kin: a near start.
    ['en', 'soonish', 2],
    ['en', 'pretty soon', 2],
    ['fi', 'melko pian', 2],
    ['fi', 'lähiaikoina', 2],
    ['sv', 'ganska snart', 2],
    ['sv', 'inom kort', 2],
    ['pl', 'niedługo', 2],
    ['pl', 'w najbliższym czasie', 2],
    // A month or two.
    ['en', 'in a month or two', 1.5],
    ['en', 'a couple of months', 2],
    ['fi', 'kuukauden parin päästä', 1.5],
    ['sv', 'om en månad eller två', 1.5],
    // A hedge or "next" before a month stands for its preposition.
    ['en', 'around February', 1],
    ['en', 'hoping for May', 4],
    ['en', 'next October', 9],
    ['sv', 'nästa oktober', 9],
    ['pl', 'około lutego', 1],
    ['pl', 'w przyszłym październiku', 9],
    // The end of a quarter, a season, the year.
    ['en', 'by the end of Q2', 5.5],
    ['fi', 'Q2:n loppuun mennessä', 5.5],
    ['sv', 'innan slutet av Q2', 5.5],
    ['pl', 'do końca drugiego kwartału', 5.5],
    ['pl', 'w drugim kwartale', 4],
    ['en', 'by the end of next summer', 7.5],
    ['fi', 'vuoden lopulla', 11.5],
    ['en', 'later in the year', 11.5],
  ])('%s: "%s" from 15 January → %s months', (locale, text, expected) => expect(months(locale, text)).toBeCloseTo(expected, 0));

  it.each<[Locale, string]>([
    ['en', 'not urgent'],
    ['sv', 'det är inte så bråttom'],
    ['pl', 'nie pali się'],
  ])('%s: "%s" is no plan', (locale, text) => expect(months(locale, text)).toBe(Number.POSITIVE_INFINITY));

  it.each<[Locale, string]>([
    ['en', 'as soon as possible'],
    ['fi', 'mahdollisimman pian'],
    ['sv', 'så snart som möjligt'],
  ])('%s: "%s" is still now, not "soon"', (locale, text) => expect(months(locale, text)).toBe(0));

  it.each<[Locale, string]>([
    ['en', 'not any time soon'],
    ['fi', 'ei lähiaikoina'],
    ['pl', 'nie w najbliższym czasie'],
  ])('%s: "%s" is still no plan', (locale, text) => expect(months(locale, text)).toBe(Number.POSITIVE_INFINITY));

  it('"this may" is no month', () => expect(months('en', 'this may take a while')).toBeUndefined());
});

const q = t('When?', 'Milloin?', 'När?', 'Kiedy?');
const definition = madeUpDefinition([
  {
    id: 'timeline',
    category: 'situation',
    type: 'choice',
    question: q,
    why: q,
    options: [
      { id: 'soon', label: t('Soon', 'Pian', 'Snart', 'Wkrótce'), months: { min: 0, max: 3 } },
      { id: 'half_year', label: t('Half a year', 'Puoli vuotta', 'Ett halvår', 'Pół roku'), months: { min: 3, max: 6 } },
      { id: 'year', label: t('A year', 'Vuosi', 'Ett år', 'Rok'), months: { min: 6, max: 12 } },
    ],
  },
  { id: 'staff', category: 'company', type: 'number', unit: 'people', question: q, why: q },
]);

describe('asked when, a reply opening "when …" dates the start by the event it names', () => {
  const read = (locale: Locale, text: string, asking = 'timeline') =>
    understand(definition, text, { locale, now: january, asking }).extractions.find((e) => e.criterionId === 'timeline');
  it.each<[Locale, string]>([
    ['en', 'when the new office opens in May'],
    ['fi', 'kun uusi toimisto aukeaa toukokuussa'],
    ['sv', 'när vi flyttar in i de nya lokalerna i maj'],
    ['pl', 'jak otworzymy nowe biuro w maju'],
  ])('%s: "%s" → within half a year', (locale, text) => expect(read(locale, text)).toMatchObject({ value: 'half_year', confidence: 0.85 }));

  it.each<[Locale, string]>([
    ['en', 'we moved offices in May'],
    ['sv', 'vi flyttar kontoret i april'],
  ])('%s: "%s", no "when" before it, dates the move only', (locale, text) => expect(read(locale, text)).toBeUndefined());

  it('said to another question, the event dates nothing', () => expect(read('en', 'when the new office opens in May we will be 40', 'staff')).toBeUndefined());
});
