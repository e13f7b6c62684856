import { describe, expect, it } from 'vitest';
import type { Locale } from '../definition/schema.js';
import { LeadDefinition } from '../definition/schema.js';
import { prepare } from './normalize.js';
import { packFor } from '../locales/index.js';
import { extractNumbers } from './numbers.js';
import { findNumbers } from './numbers/mentions.js';

describe('reading numbers', () => {
  // [locale, text, value, estimate?]
  const rows: [Locale, string, number, boolean][] = [
    ['en', '1 200', 1200, false],
    ['en', '1,200', 1200, false],
    ['en', '1.200', 1200, false],
    ['en', '1.5', 1.5, false],
    ['en', '2k', 2000, false],
    ['en', '1.5k', 1500, false],
    ['fi', '1,2k', 1200, false],
    ['en', 'about 40', 40, true],
    ['en', '~50', 50, true],
    ['en', '50-ish', 50, true],
    ['en', 'two hundred', 200, false],
    ['en', 'a hundred', 100, false],
    ['en', 'one hundred and twenty five', 125, false],
    ['en', 'twenty-five', 25, false],
    ['en', 'a dozen', 12, false],
    ['en', '2 dozen', 24, false],
    ['en', '3 hundred', 300, false],
    ['en', '50-60', 55, true],
    ['en', '50–60', 55, true],
    ['en', 'between 50 and 60', 55, true],
    ['en', 'two or three', 2.5, true],
    ['fi', 'noin 150', 150, true],
    ['fi', 'kaksisataa', 200, false],
    ['fi', 'satakaksikymmentä', 120, false],
    ['fi', 'kaksikymmentäviisi', 25, false],
    ['fi', 'yksitoista', 11, false],
    ['fi', 'tuhatviisisataa', 1500, false],
    ['fi', 'kolmisenkymmentä', 30, true],
    ['fi', 'satakunta', 100, true],
    ['fi', 'viidenkymmenen', 50, false],
    ['fi', '2 tuhatta', 2000, false],
    ['sv', 'tvåhundra', 200, false],
    ['sv', 'etthundratjugo', 120, false],
    ['sv', 'tjugofem', 25, false],
    ['sv', 'ett sjuttiotal', 70, true],
    ['sv', 'ett 50-tal', 50, true],
    ['sv', 'mellan 50 och 60', 55, true],
    ['sv', '3 tusen', 3000, false],
    ['pl', 'dwieście', 200, false],
    ['pl', 'czterdzieści', 40, false],
    ['pl', 'sto dwadzieścia', 120, false],
    ['pl', 'sto dwadzieścia pięć', 125, false],
    ['pl', 'dwa tysiące', 2000, false],
    ['pl', 'półtora tysiąca', 1500, false],
    ['pl', 'około 40', 40, true],
    ['pl', 'od 50 do 60', 55, true],
    ['pl', '2 tys.', 2000, false],
    // A range's multiplier written once is both ends': "2-3k" is 2000 to 3000.
    ['en', '2-3k', 2500, true],
    ['en', '500-2k', 1250, true],
    ['sv', '2-3 tusen', 2500, true],
    ['pl', '2-3 tysiące', 2500, true],
    ['fi', '2-3 tuhatta', 2500, true],
    // "Twenty-something" is 21 to 29: its middle, an estimate; "about 20" stays 20.
    ['en', 'twenty-something', 25, true],
    ['en', 'thirty something', 35, true],
    ['en', 'two hundred something', 250, true],
    ['fi', 'kaksikymmentä jotain', 25, true],
    ['sv', 'tjugo-nånting', 25, true],
    ['sv', '30 nånting', 35, true],
    ['pl', 'dwudziestu kilku', 25, true],
    ['pl', 'dwadzieścia parę', 25, true],
    // "A bit over" is the number counted and an uncounted remainder: an estimate of that number.
    ['en', '20-odd', 20, true],
    ['en', 'forty odd', 40, true],
    ['fi', 'kaksikymmentä ja risat', 20, true],
    ['fi', '40 ja risat', 40, true],
    ['fi', '300 ja vähän päälle', 300, true],
    ['sv', '40 och lite till', 40, true],
    ['pl', '20 z hakiem', 20, true],
    ['pl', '50 z okładem', 50, true],
    // "Ett par", a couple: about two, also of a multiplier.
    ['sv', 'ett par tusen', 2000, true],
    ['sv', 'ett par hundra', 200, true],
    ['fi', 'pari tuhatta', 2000, true],
    // "A few" of a multiplier is about three of it; "a couple" two.
    ['en', 'a few hundred', 300, true],
    ['en', 'a couple thousand', 2000, true],
    ['en', 'a couple of hundred', 200, true],
    ['en', 'a couple of thousand', 2000, true],
    ['sv', 'några hundra', 300, true],
    ['sv', 'några tusen', 3000, true],
    ['fi', 'muutama sata', 300, true],
    ['fi', 'muutaman tuhannen', 3000, true],
    ['pl', 'kilkaset', 300, true],
    ['pl', 'kilkuset', 300, true],
    // Banknotes by name and a dozen: "kympin verran" about ten, "pari kymppiä" twenty, "en tjuga", "en hundring".
    ['fi', 'kympin verran', 10, true],
    ['fi', 'pari kymppiä', 20, true],
    ['fi', 'tusinan verran', 12, true],
    ['sv', 'max en tjuga', 20, false],
    ['sv', 'ett par hundralappar', 200, true],
    ['sv', 'en tusenlapp', 1000, false],
  ];
  it.each(rows)('%s: %s = %d', (locale, text, value, approx) => {
    const [mention, ...rest] = findNumbers(prepare(text), packFor(locale).numbers);
    expect(rest).toEqual([]);
    expect(mention).toMatchObject({ value, approx });
  });

  it.each([
    ['en', 'a dog and a cat'],
    ['en', 'a few of our dealers'],
    ['sv', 'några kunder'],
    ['fi', 'muutama asiakas'],
    ['sv', 'en bil och ett hus'],
    ['fi', 'kuusikossa kasvaa sieniä'],
    ['sv', 'femte gången'],
  ] as [Locale, string][])('%s: no number in "%s"', (locale, text) => {
    expect(findNumbers(prepare(text), packFor(locale).numbers)).toEqual([]);
  });

  it.each([
    ['en', 'about 20 or so', 20],
    ['en', 'a hundred-odd', 100],
    ['en', '25 something', 25],
    ['pl', 'kilka', 0],
    ['sv', 'tjugo några', 25],
  ] as [Locale, string, number][])('%s: "%s" is no twenty-something', (locale, text, value) => {
    expect(findNumbers(prepare(text), packFor(locale).numbers).map((m) => m.value)).toEqual(value ? [value] : []);
  });

  it('sees where each number stands, for raw text and for ranges', () => {
    expect(findNumbers(prepare('3 offices, 45 staff'), packFor('en').numbers).map((m) => m.value)).toEqual([3, 45]);
  });
});

const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Vans' },
  locales: ['en', 'fi'],
  defaultLocale: 'en',
  greeting: { en: 'Hi', fi: 'Hei' },
  criteria: [
    { id: 'company_size', category: 'company', type: 'number', unit: 'employees', question: { en: 'How many?', fi: 'Montako?' }, why: { en: 'w', fi: 'w' } },
    { id: 'fleet', category: 'company', type: 'number', unit: 'vans', question: { en: 'How many vans?', fi: 'Montako pakettiautoa?' }, why: { en: 'w', fi: 'w' } },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-01-15T10:00:00Z');
const read = (text: string, asking: string | null, locale: Locale = 'en') =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.map((e) => [e.criterionId, e.value]));

describe('numbers for number criteria', () => {
  it('goes to the criterion whose unit follows it, wherever it stands', () => {
    expect(read('we have 40 vans and 120 employees', null)).toEqual({ fleet: 40, company_size: 120 });
    expect(read('meillä on 12 työntekijää', 'fleet', 'fi')).toEqual({ company_size: 12 });
  });

  it('goes to the criterion being asked when it has no unit word', () => {
    expect(read('12', 'fleet')).toEqual({ fleet: 12 });
    expect(read('about 12 I think', 'company_size')).toEqual({ company_size: 12 });
  });

  it('is not a head count without a unit word or a question about it', () => {
    expect(read('we opened 3 offices', null)).toEqual({});
  });

  it('leaves money, shares and durations alone', () => {
    expect(read('50%', 'company_size')).toEqual({});
    expect(read('€50', 'company_size')).toEqual({});
    expect(read('in 3 months', 'company_size')).toEqual({});
    expect(read('50 000 EUR', 'company_size')).toEqual({});
    // Another language's unit word counts only whole: Polish "lat" (years) is no start of "latua".
    expect(read('3 lat', 'company_size')).toEqual({});
    expect(read('6 latua', 'fleet', 'fi')).toEqual({ fleet: 6 });
  });

  const confidence = (text: string, asking: string, locale: Locale = 'en') =>
    extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.find((e) => e.criterionId === asking)?.confidence ?? 0;

  it('adds up a count said in parts, and asks back parts that may count different things', () => {
    expect(read('10 in the office and 30 in the field', 'company_size')).toEqual({ company_size: 40 });
    expect(read('30 employees in Oslo and 10 in Bergen', 'company_size')).toEqual({ company_size: 40 });
    expect(confidence('10 in the office and 30 in the field', 'company_size')).toBeGreaterThanOrEqual(0.75);
    expect(read('40 vans and 15 drivers', 'fleet')).toEqual({ fleet: 40 });
    expect(confidence('40 vans and 15 drivers', 'fleet')).toBeLessThan(0.75);
    expect(read('40 trucks and 15 cars', 'fleet')).toEqual({ fleet: 55 });
    // Trucks and cars are both vehicles, what a fleet of vans counts.
    expect(confidence('40 trucks and 15 cars', 'fleet')).toBeGreaterThanOrEqual(0.75);
    expect(confidence('40 trucks and 15 mechanics', 'fleet')).toBeLessThan(0.75);
    // A part of a count is no other count.
    expect(read('60 employees, 45 of them in the field', 'company_size')).toEqual({ company_size: 60 });
    expect(read('around 40 and maybe 15 more', 'fleet')).toEqual({ fleet: 55 });
    expect(read('9 ja noin 6', 'fleet', 'fi')).toEqual({ fleet: 15 });
  });

  it('counts the visitor and those named with them beside a head count', () => {
    expect(read('me and my wife plus 4 staff', 'company_size')).toEqual({ company_size: 6 });
    expect(read("it's me plus 3 part-timers", 'company_size')).toEqual({ company_size: 4 });
    expect(read('6 installers and me', 'company_size')).toEqual({ company_size: 7 });
    expect(read('minä ja kaksi osa-aikaista', 'company_size', 'fi')).toEqual({ company_size: 3 });
    expect(read('me and 3 vans', 'fleet')).toEqual({ fleet: 3 });
  });

  it('is less sure of estimates and of one number among several', () => {
    const [estimate] = extractNumbers(definition, prepare('noin 40'), { locale: 'fi', now, asking: 'company_size' }, []).extractions;
    expect(estimate?.confidence).toBeLessThan(0.9);
    expect(estimate?.confidence).toBeGreaterThanOrEqual(0.75);
    const [guess] = extractNumbers(definition, prepare('maybe 30 or later 50'), { locale: 'en', now, asking: 'company_size' }, []).extractions;
    expect(guess?.confidence).toBeLessThan(0.75);
  });

  it('keeps the unit word in raw', () => {
    const [e] = extractNumbers(definition, prepare("we're a 120-person shop"), { locale: 'en', now, asking: null }, []).extractions;
    expect(e?.raw).toBe('120-person');
  });
});

const shop = LeadDefinition.parse({
  version: 1,
  company: { name: 'Shop' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: { en: 'Hi' },
  criteria: [{ id: 'orders', category: 'company', type: 'number', unit: 'orders', question: { en: 'How many orders?' }, why: { en: 'w' } }],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const orders = (text: string, locale: Locale) => extractNumbers(shop, prepare(text), { locale, now, asking: 'orders' }, []).extractions.find((e) => e.criterionId === 'orders');

describe('the count asked among others', () => {
  // [locale, text, the usual count]: a peak or a season's figure beside the usual one is set aside.
  it.each([
    ['en', '9000 at Christmas, usually about 2500', 2500],
    ['en', 'in peak season 6k, otherwise 1500', 1500],
    ['fi', 'jouluna 9000, tavallisesti noin 2500', 2500],
    ['fi', 'sesonkina 6000 mutta muuten 1500', 1500],
    ['sv', '9000 i jul, vanligtvis runt 2500', 2500],
    ['sv', 'högsäsong 6000 men normalt 1500', 1500],
    ['pl', 'w święta 9000, zazwyczaj około 2500', 2500],
    ['pl', 'w sezonie 6 tysięcy, ale przeciętnie 1500', 1500],
  ] as [Locale, string, number][])('%s: "%s" is %d', (locale, text, value) => {
    const e = orders(text, locale);
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  // [locale, text, the orders]: a count of people is no part of a count of other things.
  it.each([
    ['en', 'we are 3 people and handle 800 orders', 800],
    ['en', 'a staff of 12, around 4000', 4000],
    ['fi', 'meitä on kolme, tilauksia noin 800', 800],
    ['fi', 'kahdeksan työntekijää ja 4000 tilausta', 4000],
    ['sv', 'vi är 3 personer och tar emot 800', 800],
    ['sv', 'tolv anställda, ungefär 4000', 4000],
    ['pl', 'zatrudniamy 3 osoby i obsługujemy 800 zamówień', 800],
    ['pl', '12 pracowników, około 4000', 4000],
  ] as [Locale, string, number][])('%s: "%s" is %d orders', (locale, text, value) => {
    const e = orders(text, locale);
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('still asks back two counts of things it cannot tell apart', () => {
    expect(orders('800 or maybe 1200 if you count returns', 'en')?.confidence).toBeLessThan(0.75);
  });
});
