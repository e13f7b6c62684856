import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { namesStaff } from './units.js';

/** A made-up clinic booking service priced per practitioner, beside the clinic's locations. */
const w = t('w', 'w', 'w', 'w');
const definition = madeUpDefinition([
  {
    id: 'practitioners',
    category: 'company',
    type: 'number',
    unit: 'practitioners',
    question: t('How many practitioners see patients?', 'Montako hoitajaa tai lääkäriä ottaa vastaan potilaita?', 'Hur många behandlare tar emot patienter?', 'Ilu specjalistów przyjmuje pacjentów?'),
    why: w,
  },
  { id: 'locations', category: 'company', type: 'number', unit: 'locations', question: t('How many locations?', 'Monessako toimipisteessä?', 'Hur många kliniker?', 'Ile placówek?'), why: w },
]);
const now = new Date('2026-03-02T10:00:00Z');
const recorded = (locale: Locale, text: string, asking: string) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));

describe("a trade's staff is counted as people", () => {
  it('knows unit names for the staff of one trade, and no others', () => {
    expect(['practitioners', 'Therapists', 'drivers', 'field_staff'].map(namesStaff)).toEqual([true, true, true, true]);
    expect(['employees', 'users', 'locations', 'appointments', 'hires', 'subcontractors'].map(namesStaff)).toEqual([false, false, false, false, false, false]);
  });

  // Asked, the visitor answers as for a head count: alone, with a partner, or in parts by trade.
  const asked: [Locale, string, number][] = [
    ['en', 'just me', 1],
    ['en', 'me and my partner', 2],
    ['en', 'we are 9', 9],
    ['en', 'just me and two other therapists', 3],
    ['fi', 'vain minä', 1],
    ['fi', 'minä ja kollega', 2],
    ['fi', 'meitä on 9', 9],
    ['sv', 'bara jag', 1],
    ['sv', 'jag och min kollega', 2],
    ['pl', 'tylko ja', 1],
    ['pl', 'ja i wspólniczka', 2],
    ['en', '4 dentists and 2 nurses', 6],
    ['fi', '4 hammaslääkäriä ja 2 sairaanhoitajaa', 6],
    ['sv', '4 tandläkare och 2 sjuksköterskor', 6],
    ['pl', '4 dentystów i 2 pielęgniarki', 6],
  ];
  it.each(asked)('%s: "%s" asked for practitioners is %d', (locale, text, count) => {
    expect(recorded(locale, text, 'practitioners')).toEqual({ practitioners: count });
  });

  it('in passing, only the unit\'s own name counts them: all the staff is another count', () => {
    expect(recorded('en', 'two clinics, we are 25 people in all', 'locations')).toEqual({ locations: 2 });
    expect(recorded('en', 'two clinics and 8 practitioners', 'locations')).toMatchObject({ practitioners: 8 });
  });
});
