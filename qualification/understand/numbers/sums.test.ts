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

describe('a part of the count before is no second count', () => {
  it.each([
    ['en', '14, 4 of them rented', 'sites', 14],
    ['fi', '6 kpl, joista 2 vuokralla', 'sites', 6],
    ['sv', '9 st, varav 3 hyrda', 'sites', 9],
    ['pl', '7, z czego 2 wynajmujemy', 'sites', 7],
  ] as [Locale, string, string, number][])('%s: "%s" → %s %d', (locale, text, asked, value) => {
    const e = reading(locale, text, asked);
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('two counts with no word of a part between them are still asked back', () => {
    expect(reading('en', '14, 4 rented', 'sites')?.confidence ?? 0).toBeLessThan(CONFIDENT);
  });
});

describe('the working before a conclusion is no count', () => {
  it.each([
    ['en', 'two per school, so 18', 'sites', 18],
    ['en', 'we had 5 but sold one last year, so 4', 'sites', 4],
    ['en', '6 in the city and 3 outside, so 9 buildings', 'sites', 9],
    ['fi', 'kaksi per koulu eli 14', 'sites', 14],
    ['sv', 'två per skola, alltså 12', 'sites', 12],
    ['sv', 'en per avdelning så 7', 'sites', 7],
    ['pl', 'po dwa na szkołę, czyli 16', 'sites', 16],
    ['pl', '5 w mieście i 3 za miastem, więc razem 8', 'sites', 8],
  ] as [Locale, string, string, number][])('%s: "%s" → %s %d', (locale, text, asked, value) => {
    const e = reading(locale, text, asked);
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('a conclusion about another thing sets nothing aside', () => {
    expect(reading('en', '3 buildings, so about 60 people', 'sites')?.value).toBe(3);
    expect(reading('en', 'one per school, 18', 'sites')?.confidence ?? 0).toBeLessThan(CONFIDENT);
  });
});

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
    // Bars, pubs, kiosks and food trucks are places a business runs, like its restaurants and shops.
    ['en', '2 pubs and a food truck', 'sites', 3],
    ['fi', 'kaksi baaria ja yksi ruokarekka', 'sites', 3],
    ['sv', 'tre barer och en foodtruck', 'sites', 4],
    ['pl', 'dwa puby i jeden food truck', 'sites', 3],
    // After a comma or colon, places named are what the count is made of.
    ['sv', 'ungefär 30 fastigheter, skolor och förskolor', 'sites', 30],
    ['fi', 'kahdeksan kohdetta: kouluja ja kirjastoja', 'sites', 8],
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

  it.each([
    ['pl', 'trzy bistra i pizzeria'],
    ['fi', 'kaksi kahvilaa ja grillikoju'],
    ['en', '5 cafés and food trucks'],
  ] as [Locale, string][])('%s "%s": the thing with no word for one is one more or several, asked back', (locale, text) => {
    expect(reading(locale, text, 'sites')?.confidence ?? 0).toBeLessThan(CONFIDENT);
  });
});

/** A made-up seller of device management to care providers: devices and staff. */
const fleet = LeadDefinition.parse({
  version: 1,
  company: { name: 'Laite' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: q('Hi', 'Hei', 'Hej', 'Cześć'),
  criteria: [
    { id: 'devices', category: 'company', type: 'number', unit: 'devices', question: q('How many devices?', 'Montako laitetta?', 'Hur många enheter?', 'Ile urządzeń?'), why: q('w', 'w', 'w', 'w') },
    { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: q('How many employees?', 'Montako työntekijää?', 'Hur många anställda?', 'Ilu pracowników?'), why: q('w', 'w', 'w', 'w') },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const counted = (locale: Locale, text: string, asking: string) =>
  extractNumbers(fleet, prepare(text), { locale, now, asking }, []).extractions.find((e) => e.criterionId === asking);

describe('a list of counts, each naming what it counts', () => {
  it.each([
    // Commas between counts that each name the thing asked: one count in parts.
    ['en', '4 servers, 60 desktops, 12 laptops', 'devices', 76],
    ['fi', '50 läppäriä, 8 palvelinta', 'devices', 58],
    ['sv', '70 datorer, 3 servrar, 20 surfplattor', 'devices', 93],
    ['pl', '45 komputerów, 5 serwerów', 'devices', 50],
    // Asked a head count, counts of job titles are the staff in parts.
    ['en', '18 nurses and 40 care workers', 'staff', 58],
    ['en', '12 teachers, 3 nurses', 'staff', 15],
    ['fi', '12 sairaanhoitajaa ja 30 lähihoitajaa', 'staff', 42],
    ['sv', '15 sjuksköterskor och 25 undersköterskor', 'staff', 40],
    ['pl', '20 opiekunek i 6 pielęgniarek', 'staff', 26],
  ] as [Locale, string, string, number][])('%s: "%s" → %s %d', (locale, text, asked, value) => {
    const e = counted(locale, text, asked);
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it.each([
    // A word of its own between the counts: then and now, or a part of the first.
    ['en', '40 laptops, now 50 laptops', 'devices'],
    ['en', '40 laptops, 10 of them new', 'devices'],
    // Titles beside things are different counts.
    ['en', '18 nurses and 40 beds', 'staff'],
  ] as [Locale, string, string][])('%s: "%s" is no list of parts', (locale, text, asked) => {
    const e = counted(locale, text, asked);
    expect(e === undefined || e.confidence < CONFIDENT || e.value !== (text.match(/\d+/g) ?? []).reduce((s, n) => s + Number(n), 0)).toBe(true);
  });
});

describe('people a count is for are not what it counts', () => {
  // "N for staff": the things asked for, for those people; the parts add up and count no staff.
  it.each([
    ['en', '3 for the pupils and 2 for staff', 'sites', 5],
    ['sv', '3 för eleverna och 2 för personalen', 'sites', 5],
    ['sv', 'fyra åt kunderna och två till de anställda', 'sites', 6],
    ['pl', '3 dla uczniów i 2 dla pracowników', 'sites', 5],
  ] as [Locale, string, string, number][])('%s: "%s" → %s %d', (locale, text, asked, value) => {
    const { extractions } = extractNumbers(definition, prepare(text), { locale, now, asking: asked }, []);
    expect(extractions.map((e) => [e.criterionId, e.value])).toEqual([[asked, value]]);
  });
});

describe('a count restated with the visitor beside the rest is no second count', () => {
  it.each([
    ['en', 'we are 6 in all – me and five cleaners', 6],
    ['en', 'a team of 10, me plus 9 staff', 10],
    ['fi', 'meitä on 7, minä ja kuusi siivoojaa', 7],
    ['sv', 'vi är 5, jag och fyra städare', 5],
    ['pl', 'jest nas 9, ja i ośmiu sprzątaczy', 9],
  ] as [Locale, string, number][])('%s: "%s" → %d', (locale, text, value) => {
    const e = reading(locale, text, 'staff');
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('the visitor beside a count that restates nothing still counts one more', () => {
    expect(reading('en', 'me and five cleaners', 'staff')?.value).toBe(6);
  });
});

describe('one more person named by a title after a count of people', () => {
  it.each([
    ['en', '4 cleaners and a site manager', 5],
    ['sv', '8 städare och en arbetsledare', 9],
  ] as [Locale, string, number][])('%s: "%s" → %d', (locale, text, value) => {
    const e = reading(locale, text, 'staff');
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('in Finnish and Polish the word for one is a count of its own: the parts are added, asked back as words differ', () => {
    for (const [locale, text, value] of [
      ['fi', '12 siivoojaa ja yksi työnjohtaja', 13],
      ['pl', '6 sprzątaczek i jedna księgowa', 7],
    ] as const)
      expect(reading(locale, text, 'staff')).toMatchObject({ value, confidence: 0.6 });
  });

  it('a title that does not end its clause, or no title at all, adds no one', () => {
    expect(reading('en', '4 cleaners and a site manager who decides', 'staff')?.value).toBe(4);
    expect(reading('en', '4 cleaners and a van', 'staff')?.value).toBe(4);
    // A count of everyone may hold the one named.
    expect(reading('en', 'we have 25 employees and a site manager', 'staff')?.value).toBe(25);
    expect(reading('en', '4 cleaners and site managers', 'staff')?.value).not.toBe(5);
  });
});
