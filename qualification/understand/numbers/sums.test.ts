import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import { LeadDefinition, type Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';

/** A made-up seller of cleaning for schools and offices: buildings, people who work or study there, staff. */
const q = (en: string, fi: string, sv: string, pl: string) => ({ en, fi, sv, pl });
const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Siisti' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: q('Hi', 'Hei', 'Hej', 'Cześć'),
  criteria: [
    { id: 'sites', category: 'company', type: 'number', unit: 'buildings', question: q('How many buildings?', 'Montako rakennusta?', 'Hur många byggnader?', 'Ile budynków?'), why: q('w', 'w', 'w', 'w') },
    {
      id: 'occupants',
      category: 'company',
      type: 'number',
      unit: 'people',
      question: q('How many people work or study there?', 'Moniko työskentelee tai opiskelee siellä?', 'Hur många arbetar eller studerar där?', 'Ile osób tam pracuje lub się uczy?'),
      why: q('w', 'w', 'w', 'w'),
    },
    { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: q('How many employees?', 'Montako työntekijää?', 'Hur många anställda?', 'Ilu pracowników?'), why: q('w', 'w', 'w', 'w') },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-03-02T10:00:00Z');
const reading = (locale: Locale, text: string, asking: string) =>
  extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.find((e) => e.criterionId === asking);

describe('one count in parts', () => {
  // [locale, text, asked, value]: learners count beside staff where the question asks who studies there.
  it.each([
    ['en', '2,400 pupils and about 150 staff', 'occupants', 2550],
    ['fi', '450 opiskelijaa ja 30 opettajaa', 'occupants', 480],
    ['sv', '900 studenter och 120 anställda', 'occupants', 1020],
    ['pl', '350 uczniów i 40 nauczycieli', 'occupants', 390],
    // Day nurseries are places, not days ("daycare" is no duration); a main place named is one more.
    ['en', '14 schools and 9 daycare centres', 'sites', 23],
    ['sv', '8 skolor och 5 dagis', 'sites', 13],
    ['en', 'our head office plus 6 depots', 'sites', 7],
    ['fi', 'pääkonttori ja viisi myymälää', 'sites', 6],
    ['sv', 'huvudkontoret i Malmö och två lager', 'sites', 3],
    ['pl', 'centrala w Łodzi oraz 3 filie', 'sites', 4],
    ['en', '3 blocks + a gym hall', 'sites', 4],
    ['sv', 'fyra byggnader plus en simhall', 'sites', 5],
    // Floors of one building are one building.
    ['fi', 'neljä kerrosta samassa rakennuksessa', 'sites', 1],
    ['sv', 'två våningar i samma byggnad', 'sites', 1],
    ['en', 'five floors in the same building', 'sites', 1],
    ['pl', 'trzy piętra w jednym budynku', 'sites', 1],
  ] as [Locale, string, string, number][])('%s: "%s" → %s %d', (locale, text, asked, value) => {
    const e = reading(locale, text, asked);
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('asked about staff only, students are no employees: the staff count stands', () => {
    expect(reading('en', '2,400 pupils and about 150 staff', 'staff')?.value).toBe(150);
    expect(reading('sv', '900 studenter och 120 anställda', 'staff')?.value).toBe(120);
  });

  it('one more of something said with "plus a" is asked back, not recorded', () => {
    const e = reading('en', '4 buildings plus a car park', 'sites');
    expect(e?.value).toBe(5);
    expect(e?.confidence).toBeLessThan(CONFIDENT);
    // Joined by "and", a thing with no word of the count's kind is no part of it.
    expect(reading('en', '4 buildings and a car park', 'sites')?.value).toBe(4);
  });
});
