import { describe, expect, it } from 'vitest';
import { LeadDefinition, type Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';

// A hiring seller's counts: two counts of people (the company, its recruiting team), hires per year
// and open positions right now.
const q = { en: 'How many?', fi: 'Montako?', sv: 'Hur många?', pl: 'Ile?' };
const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Hire' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: { en: 'Hi', fi: 'Hei', sv: 'Hej', pl: 'Cześć' },
  criteria: [
    { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: q, why: q },
    { id: 'team', category: 'company', type: 'number', unit: 'people', question: q, why: q },
    { id: 'hires', category: 'company', type: 'number', unit: 'hires', per: 'year', question: q, why: q },
    { id: 'openings', category: 'situation', type: 'number', unit: 'positions', question: q, why: q },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-12-03T10:00:00Z');
const read = (text: string, asking: string, locale: Locale) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.map((e) => [e.criterionId, e.value]));

describe('counts of people asked beside the head count', () => {
  // [locale, text, asked, facts]: asked the team's size, a count of people is the team's.
  it.each([
    ['en', 'we have two recruiters', 'team', { team: 2 }],
    ['fi', 'meitä on neljä rekrytoijaa', 'team', { team: 4 }],
    ['sv', 'vi är tre personer på HR', 'team', { team: 3 }],
    ['pl', 'jest nas pięć osób w rekrutacji', 'team', { team: 5 }],
    // Asked the head count, the same words are the company's.
    ['sv', 'vi är 300 personer', 'staff', { staff: 300 }],
  ] as [Locale, string, string, Record<string, number>][])('%s: "%s" asked %s', (locale, text, asking, facts) => {
    expect(read(text, asking, locale)).toEqual(facts);
  });
});

describe('a count said in words', () => {
  // [locale, text, asked, facts]
  it.each([
    ['en', 'none at the moment', 'openings', { openings: 0 }],
    ['en', 'no one, line managers do it', 'team', { team: 0 }],
    ['fi', 'ei yhtään auki nyt', 'openings', { openings: 0 }],
    ['fi', 'ei ketään, toimitusjohtaja hoitaa', 'team', { team: 0 }],
    ['sv', 'inga alls för tillfället', 'openings', { openings: 0 }],
    ['sv', 'ingen, vd:n sköter det', 'team', { team: 0 }],
    ['pl', 'obecnie żadnych', 'openings', { openings: 0 }],
    ['pl', 'nikt, robi to szef', 'team', { team: 0 }],
    // A zero beside counts still to come is today's count: the next one is no count of now.
    ['en', 'none today, the next one opens in May', 'openings', { openings: 0 }],
    ['en', 'none right now, 3 new ones after the summer', 'openings', { openings: 0 }],
    ['fi', 'ei yhtään nyt, seuraavat kaksi avataan keväällä', 'openings', { openings: 0 }],
    ['sv', 'inga just nu, nästa två öppnar i maj', 'openings', { openings: 0 }],
    ['pl', 'żadnych w tej chwili, kolejne dwa ruszą w maju', 'openings', { openings: 0 }],
    // Swedish "en"/"ett" is the article too: one only alone, after "bara", or before "enda".
    ['sv', 'bara en just nu', 'openings', { openings: 1 }],
    ['sv', 'en enda', 'openings', { openings: 1 }],
    ['sv', 'ett, resten är tillsatta', 'openings', { openings: 1 }],
    ['sv', 'en säljtjänst', 'openings', { openings: 1 }],
    ['sv', 'bara ett vikariat', 'openings', { openings: 1 }],
    // A colleague beside the visitor is two people.
    ['en', 'me and a coworker', 'team', { team: 2 }],
    ['fi', 'minä ja työkaveri', 'team', { team: 2 }],
    ['sv', 'jag och en arbetskamrat', 'team', { team: 2 }],
    ['pl', 'ja i koleżanka z kadr', 'team', { team: 2 }],
  ] as [Locale, string, string, Record<string, number>][])('%s: "%s" asked %s', (locale, text, asking, facts) => {
    expect(read(text, asking, locale)).toEqual(facts);
  });

  // [locale, text, asked]: "no idea" and its kin are no zero.
  it.each([
    ['en', 'zero idea, sorry', 'openings'],
    ['en', 'nobody knows exactly', 'team'],
    ['sv', 'ingen aning', 'openings'],
    ['sv', 'inga problem, men jag vet inte', 'openings'],
    ['pl', 'nikt nie wie', 'team'],
    ['sv', 'bara en liten grupp', 'team'],
    ['sv', 'det är en bra fråga', 'openings'],
    ['sv', 'en hel del', 'openings'],
    ['sv', 'en massa just nu', 'openings'],
    ['sv', 'en liten grupp', 'team'],
  ] as [Locale, string, string][])('%s: "%s" asked %s is no count', (locale, text, asking) => {
    expect(read(text, asking, locale)).toEqual({});
  });
});

describe('a count per year', () => {
  // [locale, text, hires a year]: the year a count is per dates nothing, and hiring words say what is counted.
  it.each([
    ['en', 'we took on 45 people last year', 45],
    ['en', "we're hiring about 30 a year", 30],
    ['fi', 'viime vuonna palkattiin 28', 28],
    ['fi', 'rekrytoimme noin 12 vuodessa', 12],
    ['sv', 'förra året anställde vi 19', 19],
    ['sv', 'i fjol blev det ett 40-tal', 40],
    ['pl', 'w ubiegłym roku przyjęliśmy 33', 33],
  ] as [Locale, string, number][])('%s: "%s" is %d', (locale, text, hires) => {
    expect(read(text, 'hires', locale)).toEqual({ hires });
  });

  // [locale, text, head count]: hires still to come are no part of the head count.
  it.each([
    ['en', '80, and we need to hire 10 more', 80],
    ['fi', '80, ja pitäisi palkata 10 lisää', 80],
    ['sv', '80 och vi behöver anställa 10 till', 80],
    ['pl', '80, a chcemy zatrudnić jeszcze 10', 80],
  ] as [Locale, string, number][])('%s: "%s" is a head count of %d', (locale, text, staff) => {
    expect(read(text, 'staff', locale)).toEqual({ staff });
  });
});
