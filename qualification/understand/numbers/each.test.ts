import { describe, expect, it } from 'vitest';
import { madeUpDefinition } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { thingOf } from './units.js';

/** A made-up seller to farms: land by area, animals kept, a monthly budget in euros, staff. */
const why = { en: 'w', fi: 'w', sv: 'w', pl: 'w' };
const definition = madeUpDefinition([
  { id: 'land', category: 'company', type: 'number', unit: 'hectares', question: { en: 'How many hectares do you farm?' }, why },
  { id: 'herd', category: 'company', type: 'number', unit: 'animals', question: { en: 'How many animals do you keep?' }, why },
  { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: { en: 'How many people work on the farm?' }, why },
  { id: 'spend', category: 'situation', type: 'number', unit: 'euros', per: 'month', question: { en: 'What could you spend a month, in euros?' }, why },
]);
const now = new Date('2026-03-02T10:00:00Z');
const facts = (locale: Locale, text: string, asking: string) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.filter((e) => e.confidence >= 0.75).map((e) => [e.criterionId, e.value]));

describe('land and animals are things counted', () => {
  it('knows their unit names', () => {
    expect(thingOf('hectares')).toBe('area');
    expect(thingOf('ha')).toBe('area');
    expect(thingOf('animals')).toBe('animals');
    expect(thingOf('livestock')).toBe('animals');
  });

  // [locale, text, asked, facts recorded]
  it.each<[Locale, string, string, Record<string, number>]>([
    // Asked an amount of money, a count of land or animals is none, in a question or not.
    ['en', 'how much would it be for 140 ha?', 'spend', {}],
    ['fi', 'mitä maksaa 80 hehtaarin tilalle?', 'spend', {}],
    ['sv', 'vad kostar det för 300 kor?', 'spend', {}],
    ['pl', 'ile za 60 hektarów?', 'spend', {}],
    // Asked one, a count of the other is not it (in passing only a unit's own name counts).
    ['en', 'about 90 cows on 60 hectares', 'herd', { herd: 90, land: 60 }],
    ['fi', '45 hehtaaria ja 30 lypsävää', 'land', { land: 45 }],
    ['sv', '200 hektar, 4 anställda', 'land', { land: 200, staff: 4 }],
    ['pl', '25 hektarów i 15 krów', 'herd', { herd: 15 }],
    // Animals are no head count.
    ['en', '500 pigs', 'staff', {}],
    ['sv', '40 kor', 'staff', {}],
  ])('%s "%s" (asked %s) -> %j', (locale, text, asked, expected) => {
    expect(facts(locale, text, asked)).toEqual(expected);
  });
});

describe('a whole beside its parts, and a count of each', () => {
  it.each<[Locale, string, string, Record<string, number>]>([
    // The total said after its parts is the count.
    ['en', '80 milkers and their calves, roughly 150 altogether', 'herd', { herd: 150 }],
    ['fi', '50 emakkoa ja porsaat, kaikkiaan noin 600', 'herd', { herd: 600 }],
    ['sv', '60 kor och ungdjuren, sammanlagt 140', 'herd', { herd: 140 }],
    ['pl', '40 krów i jałówki, łącznie 90 sztuk', 'herd', { herd: 90 }],
    // Parts whose words count another thing than the whole's stay.
    ['en', '6 workers looking after 900 animals in total', 'staff', { staff: 6, herd: 900 }],
    ['sv', '3 stall med sammanlagt 700 grisar', 'herd', { herd: 700 }],
    // A bare number before the whole may count something else: no whole of it (asked back).
    ['en', 'four, with about 300 applicants in total', 'staff', {}],
    // A count of each of the things before it is multiplied out.
    ['en', 'two barns of 400 pigs each', 'herd', { herd: 800 }],
    ['en', '3 fields, each about 20 ha', 'land', { land: 60 }],
    ['fi', 'neljä hallia, kussakin 10 000 lintua', 'herd', { herd: 40000 }],
    // The word of each before the things, or Swedish "var" after the count in each.
    ['en', 'each of our 3 barns holds about 400 pigs', 'herd', { herd: 1200 }],
    ['pl', 'każda z naszych 3 obór ma około 100 krów', 'herd', { herd: 300 }],
    ['sv', '3 stallar med runt 400 grisar var', 'herd', { herd: 1200 }],
    // Asked people, a count in each of them said in another word is not multiplied in: 4 vets, not 400.
    ['en', 'each of our 4 vets sees about 100 cows', 'staff', { staff: 4 }],
    ['sv', 'tre stall med 500 grisar i varje', 'herd', { herd: 1500 }],
    ['pl', 'trzy chlewnie po 700 tuczników', 'herd', { herd: 2100 }],
    // Not of each: the counts stand apart, or the second is the whole.
    ['en', '120 cows, each gives 30 litres', 'herd', { herd: 120 }],
    ['sv', 'två stall som var fulla förra året, nu runt 400 grisar', 'herd', { herd: 400 }],
    ['pl', '2 kurniki, 20 tysięcy kur', 'herd', { herd: 20000 }],
  ])('%s "%s" (asked %s) -> %j', (locale, text, asked, expected) => {
    expect(facts(locale, text, asked)).toEqual(expected);
  });
});
