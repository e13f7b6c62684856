import { describe, expect, it } from 'vitest';
import { LeadDefinition, type Locale } from '../definition/schema.js';
import { prepare } from './normalize.js';
import { extractTimeline, findTimes } from './time.js';
import { understand } from './understand.js';

const january = new Date('2026-01-15T10:00:00Z');
const october = new Date('2026-10-01T10:00:00Z');
const april = new Date('2026-04-01T10:00:00Z');
const december = new Date('2026-12-02T10:00:00Z');

function months(locale: Locale, text: string, now = january): number | undefined {
  const found = findTimes(prepare(text), locale, now);
  return found[0]?.months;
}

describe('time expressions, in months from now', () => {
  // [locale, text, from, months expected (to one decimal)]
  const rows: [Locale, string, Date, number][] = [
    ['en', 'ASAP', january, 0],
    ['en', 'in two months', january, 2],
    ['en', 'within 3 weeks', january, 0.7],
    ['en', 'in a couple of months', january, 2],
    ['en', 'in 3-6 months', january, 4.5],
    ['en', 'within a year', january, 12],
    ['en', 'before summer', january, 4.5],
    ['en', 'after the summer', january, 7.5],
    ['en', 'after the summer', october, 11],
    ['en', 'by the end of the year', january, 11.5],
    ['en', 'this year', october, 3],
    ['en', 'next quarter', january, 5.5],
    ['en', 'next spring', january, 3],
    ['en', 'next spring', april, 12.5],
    ['en', 'by March', january, 2],
    ['en', 'next year', january, 17.5],
    ['en', 'no plans yet', january, Infinity],
    // Easter moves: 5 April 2026 from January, 28 March 2027 from December; right after it is the week after.
    ['en', 'before Easter', january, 2.6],
    ['en', 'right after Easter', december, 4],
    ['fi', 'ennen pääsiäistä', december, 3.8],
    ['fi', 'pääsiäisen jälkeen', january, 2.8],
    ['sv', 'före påsk', january, 2.6],
    ['sv', 'efter påsk', december, 4],
    ['pl', 'przed Wielkanocą', december, 3.8],
    ['pl', 'zaraz po Wielkanocy', december, 4],
    // A named quarter is its middle, as a named month is ("by March" above): mid-August for Q3.
    ['en', 'in Q3', january, 7],
    ['en', 'the first quarter', april, 10.5],
    ['fi', 'kolmannella kvartaalilla', january, 7],
    ['sv', 'under tredje kvartalet', january, 7],
    ['pl', 'w trzecim kwartale', january, 7],
    // With its year, or next year's words, before or after it; Polish writes the quarter in Roman numerals.
    ['en', 'Q2 next year', january, 16],
    ['en', 'in Q1 2027', january, 13],
    ['fi', 'ensi vuoden toisella kvartaalilla', january, 16],
    ['fi', 'Q2 ensi vuonna', january, 16],
    ['sv', 'andra kvartalet nästa år', january, 16],
    ['pl', 'w II kwartale', january, 4],
    ['pl', 'w III kwartale przyszłego roku', january, 19],
    ['fi', 'heti', january, 0],
    ['fi', 'ensi kuussa', january, 1],
    ['fi', 'kahden kuukauden päästä', january, 2],
    ['fi', 'puolen vuoden sisällä', january, 6],
    ['fi', '3-6 kk:n päästä', january, 4.5],
    ['fi', 'kesän jälkeen', january, 7.5],
    ['fi', 'ennen kesää', january, 4.5],
    ['fi', 'vuoden loppuun mennessä', january, 11.5],
    ['fi', 'ensi keväänä', april, 12.5],
    ['fi', 'maaliskuussa', january, 2],
    ['fi', 'ei kiirettä', january, Infinity],
    ['sv', 'omgående', january, 0],
    ['sv', 'om två månader', january, 2],
    ['sv', 'inom ett halvår', january, 6],
    // The first half of next year: the end of June of next year, also said before this year's June.
    ['en', 'in the first half of next year', january, 17.4],
    ['en', 'by the end of H1 next year', december, 6.9],
    ['fi', 'ensi vuoden ensimmäisellä vuosipuoliskolla', january, 17.4],
    ['sv', 'under första halvåret nästa år', january, 17.4],
    ['pl', 'w pierwszej połowie przyszłego roku', january, 17.4],
    ['pl', 'do końca pierwszego półrocza przyszłego roku', december, 6.9],
    // The first half of this year, said in January: this June.
    ['en', 'in the first half of the year', january, 5.5],
    // The second half of next year: its middle, 1 October of next year.
    ['en', 'in the second half of next year', december, 10],
    ['fi', 'ensi vuoden jälkimmäisellä puoliskolla', december, 10],
    ['sv', 'under andra halvåret nästa år', december, 10],
    ['pl', 'w drugim półroczu przyszłego roku', december, 10],
    ['pl', 'w drugiej połowie przyszłego roku', january, 20.5],
    ['sv', 'efter sommaren', january, 7.5],
    ['sv', 'nästa kvartal', january, 5.5],
    ['sv', 'i höst', january, 9],
    ['sv', 'före årsskiftet', january, 11.5],
    ['sv', 'i mars', january, 2],
    ['sv', 'ingen brådska', january, Infinity],
    // "till våren" is the coming spring itself; "före våren" is before it begins
    ['sv', 'till våren', october, 6.4],
    ['sv', 'före våren', october, 5],
    ['pl', 'od razu', january, 0],
    ['pl', 'w przyszłym miesiącu', january, 1],
    ['pl', 'za trzy miesiące', january, 3],
    ['pl', 'w ciągu pół roku', january, 6],
    ['pl', 'po wakacjach', january, 7.5],
    ['pl', 'do końca roku', january, 11.5],
    ['pl', 'w marcu', january, 2],
    ['pl', 'nie planujemy', january, Infinity],
    // Years, dates, month names with a day, and answers said as a clause.
    ['en', 'maybe 2028', december, 19],
    ['en', 'not before 2028', december, 13],
    ['en', 'in 2027', december, 7],
    ['en', 'by the end of 2027', december, 13],
    ['en', '2028 at the earliest', december, 13],
    ['en', 'by 15/02/2027 at the latest', december, 2.5],
    ['en', 'from 1 April', december, 4],
    ['en', 'April 1st', december, 4],
    ['en', 'as soon as we can', december, 0],
    ['en', 'when the new financial year starts in April', december, 4.5],
    ['en', 'in about four months', december, 4],
    ['fi', 'aikaisintaan 2028', december, 13],
    ['fi', 'ehkä 2028', december, 19],
    ['fi', '15.2.2027 mennessä', december, 2.5],
    ['fi', '1. huhtikuuta', december, 4],
    ['fi', 'kun uusi tilikausi alkaa huhtikuussa', december, 4.5],
    ['fi', 'niin pian kuin mahdollista', december, 0],
    ['sv', 'kanske 2028', december, 19],
    ['sv', 'tidigast 2028', december, 13],
    ['sv', 'senast 2027-02-15', december, 2.5],
    ['sv', 'från 1 april', december, 4],
    ['sv', 'efter semestrarna', december, 9],
    ['sv', 'till våren', december, 4.5],
    ['sv', 'om ungefär fyra månader', december, 4],
    ['pl', 'nie wcześniej niż w 2028', december, 13],
    ['pl', 'może w 2028', december, 19],
    ['pl', 'w 2028 roku', december, 19],
    ['pl', 'od 1.09.2027', december, 9],
    ['pl', 'do 15.02.2027', december, 2.5],
    ['pl', 'od 1 kwietnia', december, 4],
    ['pl', 'we wrześniu', december, 9.5],
    ['pl', 'za jakieś 4 miesiące', december, 4],
    ['pl', 'najszybciej jak się da', december, 0],
    ['pl', 'planujemy na marzec', december, 3.4],
    ['pl', 'w kwietniu', december, 4.4],
    ['pl', 'od czerwca', december, 6.4],
    ['en', 'by Feb', december, 2.4],
    ['en', 'in Sept.', december, 9.4],
  ];
  it.each(rows)('%s: %s (from %s) = %d', (locale, text, now, expected) => {
    const found = months(locale, text, now);
    if (expected === Infinity) expect(found).toBe(Infinity);
    else expect(found).toBeCloseTo(expected, 0);
  });

  // A season of a named year is that season then, not the middle of the year: from 2 December 2026,
  // spring 2027 is mid April (4.4), its start 1 March, summer's 1 June (5.9), its end 1 September (9).
  it.each([
    ['en', 'sometime in spring 2027', december, 4.4],
    ['en', 'we aim for the summer of 2027', december, 7.4],
    ['en', 'ready by summer 2027', december, 5.9],
    ['en', 'after summer 2027', december, 9],
    ['en', 'probably spring next year', december, 4.4],
    ['en', "next year's autumn", december, 10.4],
    ['fi', 'joskus keväällä 2027', december, 4.4],
    ['fi', 'vuoden 2027 syksyllä', december, 10.4],
    ['fi', 'ensi vuonna kesällä', december, 7.4],
    ['fi', 'kesään 2027 mennessä', december, 5.9],
    ['sv', 'troligen under våren 2027', december, 4.4],
    ['sv', 'innan sommaren 2027', december, 5.9],
    ['sv', 'hösten nästa år', december, 10.4],
    ['pl', 'raczej wiosną 2027 r.', december, 4.4],
    ['pl', 'przed latem 2027', december, 5.9],
    ['pl', 'jesienią 2027 roku', december, 10.4],
    // The season under way is now.
    ['en', 'spring 2026', april, 0],
  ] as [Locale, string, Date, number][])('a season of a named year, %s: %s', (locale, text, now, expected) => {
    const found = findTimes(prepare(text), locale, now);
    expect(found).toHaveLength(1);
    expect(found[0]?.months).toBeCloseTo(expected, 0);
  });

  it('reads no season in winter of a year (January or December?)', () => {
    // The year alone stands: its middle, as before.
    expect(months('en', 'winter 2027', december)).toBeCloseTo(6.9, 0);
    expect(months('sv', 'vintern 2027', december)).toBeCloseTo(6.9, 0);
  });

  it('reads the longer of two overlapping expressions', () => {
    expect(findTimes(prepare('hopefully by the end of this year'), 'en', january)).toHaveLength(1);
  });

  it('reads no horizon in years past, counts that are no years, dates past, or a year’s budget', () => {
    for (const [locale, text] of [
      ['en', 'we were founded in 2015'],
      ['en', 'we have 2030 employees'],
      ['en', 'we started on 1.3.2024'],
      ['en', 'it goes into next year’s budget'],
      ['fi', 'perustettiin 2015'],
      ['sv', 'vi har 2030 anställda'],
      ['pl', 'od 2019 roku'],
      ['pl', 'w czerwonym aucie, w majątku firmy'],
    ] as const)
      expect(findTimes(prepare(text), locale, december), text).toEqual([]);
  });

  it('finds nothing in plain talk about time', () => {
    expect(findTimes(prepare('we have worked in our heads for years'), 'en', january)).toEqual([]);
    expect(findTimes(prepare('right now we use Excel'), 'en', january)).toEqual([]);
  });
});

const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Test' },
  locales: ['en'],
  defaultLocale: 'en',
  greeting: { en: 'Hi' },
  criteria: [
    {
      id: 'timeline',
      category: 'situation',
      type: 'choice',
      question: { en: 'When?' },
      why: { en: 'w' },
      options: [
        { id: 'soon', label: { en: 'Soon' }, months: { min: 0, max: 3 } },
        { id: 'half_year', label: { en: 'Half a year' }, months: { min: 3, max: 6 } },
        { id: 'year', label: { en: 'A year' }, months: { min: 6, max: 12 } },
        { id: 'later', label: { en: 'Later' }, months: { min: 12 } },
      ],
    },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});

function timeline(text: string) {
  const message = prepare(text);
  return extractTimeline(definition, message, { locale: 'en', now: january, asking: null }, findTimes(message, 'en', january))[0];
}

describe('time expressions answer the timeline through its options’ months', () => {
  it.each([
    ['asap', 'soon'],
    ['in 3 months', 'soon'],
    ['in 4 months', 'half_year'],
    ['in 6 months', 'half_year'],
    ['after the summer', 'year'],
    ['in 12 months', 'year'],
    ['in two years', 'later'],
    ['no rush', 'later'],
  ])('%s → %s', (text, option) => {
    expect(timeline(text)).toMatchObject({ criterionId: 'timeline', value: option, raw: text });
  });

  it('asks to confirm two different horizons in one message', () => {
    const e = timeline('asap, or maybe next year');
    expect(e?.value).toBe('soon');
    expect(e?.confidence).toBeLessThan(0.75);
  });
});

describe('a meeting’s date beside the start’s: the start', () => {
  const read = (locale: Locale, text: string) => understand(definition, text, { locale, now: december, asking: 'timeline' }).extractions.find((e) => e.criterionId === 'timeline');
  it.each<[Locale, string, string]>([
    ['en', 'we vote on it at the March meeting, then roll-out after the summer', 'year'],
    ['fi', 'hallituksen kokous on helmikuussa, käyttöön syksyllä', 'year'],
    ['sv', 'styrelsemötet är i januari, sen igång efter sommaren', 'year'],
    ['pl', 'walne zgromadzenie w marcu, wdrożenie po wakacjach', 'year'],
  ])('%s: %s → %s', (locale, text, option) => {
    expect(read(locale, text)).toMatchObject({ value: option });
    expect(read(locale, text)?.confidence).toBeGreaterThanOrEqual(0.75);
  });

  it('a meeting’s date alone still says when', () => {
    expect(read('en', 'at the general meeting in January')).toMatchObject({ value: 'soon' });
  });
});

describe('a reply to the timeline question that looks like a question', () => {
  const read = (text: string) => understand(definition, text, { locale: 'en', now: december, asking: 'timeline' }).extractions[0];
  it.each([
    ['in about four months?', 'half_year'],
    ['when our contract with Visma ends in February', 'soon'],
    ['when the new financial year starts in April', 'half_year'],
  ])('%s answers it (%s)', (text, option) => {
    expect(read(text)).toMatchObject({ value: option, confidence: 0.85 });
  });

  it('but a question with more to it asks about the date ("can you have it running by March?")', () => {
    expect(read('can you have it running by March?')?.confidence).toBeLessThan(0.75);
  });
});
