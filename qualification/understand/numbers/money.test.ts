import { describe, expect, it } from 'vitest';
import { madeUpDefinition } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { currencyOfUnit } from './money.js';
import { namesPeople } from './units.js';

const why = { en: 'w', fi: 'w', sv: 'w', pl: 'w' };
const definition = madeUpDefinition([
  { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: { en: 'How many people work for you?' }, why },
  { id: 'seats', category: 'company', type: 'number', unit: 'users', question: { en: 'How many users would you need?' }, why },
  { id: 'spend', category: 'situation', type: 'number', unit: 'EUR', per: 'year', question: { en: 'What budget per seat per year?' }, why },
  { id: 'sector', category: 'company', type: 'choice', question: { en: 'Sector?' }, why, options: [{ id: 'a', label: { en: 'A' } }, { id: 'b', label: { en: 'B' } }] },
]);
const now = new Date('2026-01-15T10:00:00Z');
const facts = (text: string, asking: string, locale: Locale) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.filter((e) => e.confidence >= 0.75).map((e) => [e.criterionId, e.value]));

describe('amounts of money', () => {
  it('knows the unit names of currencies', () => {
    expect(currencyOfUnit('euros')).toBe('EUR');
    expect(currencyOfUnit('EUR')).toBe('EUR');
    expect(currencyOfUnit('zloty')).toBe('PLN');
    expect(currencyOfUnit('employees')).toBeNull();
    expect(currencyOfUnit('users')).toBeNull();
  });

  // [locale, text, asked, facts recorded]
  const rows: [Locale, string, string, Record<string, number>][] = [
    // Asked, an amount in the criterion's currency, a period converted to its own.
    ['en', 'roughly 18 euro a seat', 'spend', { spend: 18 }],
    ['en', '€12-ish', 'spend', { spend: 12 }],
    ['en', '3 € a month for each user', 'spend', { spend: 36 }],
    ['fi', 'noin 18 euroa per hlö', 'spend', { spend: 18 }],
    ['fi', '3 €/kk/käyttäjä', 'spend', { spend: 36 }],
    ['fi', 'maksamme nyt 35 e/hlö', 'spend', { spend: 35 }],
    ['sv', 'typ 18 euro per person', 'spend', { spend: 18 }],
    ['sv', '3 €/mån per person', 'spend', { spend: 36 }],
    ['sv', '15–25 €', 'spend', { spend: 20 }],
    ['pl', 'jakieś 18 euro na głowę', 'spend', { spend: 18 }],
    ['pl', '3 euro miesięcznie za osobę', 'spend', { spend: 36 }],
    ['pl', '10-20 euro rocznie', 'spend', { spend: 15 }],
    // Money is never a count of people ("na osobę", "per person" after it are what it is per).
    ['pl', '18 euro na osobę', 'sector', {}],
    ['sv', '3 €/mån per person', 'staff', {}],
    ['fi', '18 euroa per henkilö', 'seats', {}],
    // Another currency is no amount of this one; in passing no amount is recorded.
    ['pl', 'około 80 zł na osobę', 'spend', {}],
    ['en', 'we spend 9000 € a year on it', 'sector', {}],
    // Data and its speed measure no money ("a 10 Gbit link", "100 Mb/s", "50 GB").
    ['en', 'is a 10 Gbit link much dearer', 'spend', {}],
    ['fi', '100 Mb/s riittää meille', 'spend', {}],
    ['sv', '50 GB surf per person räcker', 'spend', {}],
    ['pl', '500 Mbps wystarczy', 'spend', {}],
    ['en', '20 euro for 100 Mbps', 'spend', { spend: 20 }],
  ];

  it.each(rows)('%s "%s" (asked %s) -> %j', (locale, text, asked, expected) => {
    expect(facts(text, asked, locale)).toEqual(expected);
  });
});

describe('people a service counts under a name of its own', () => {
  it('knows those unit names', () => {
    expect(namesPeople('users')).toBe(true);
    expect(namesPeople('Learners')).toBe(true);
    expect(namesPeople('employees')).toBe(false);
    expect(namesPeople('vehicles')).toBe(false);
  });

  const rows: [Locale, string, string, Record<string, number>][] = [
    // Asked, the one count said in people words is theirs, not the company's head count.
    ['en', 'the night shift, some 35 people', 'seats', { seats: 35 }],
    ['fi', 'varaston väki, suunnilleen 35 henkeä', 'seats', { seats: 35 }],
    ['sv', 'lagret, ungefär 35 personer', 'seats', { seats: 35 }],
    ['pl', 'magazyn, jakieś 35 osób', 'seats', { seats: 35 }],
    // Beside another count, people words keep saying the head count.
    ['en', '300 employees, but 35 would use it', 'seats', { seats: 35, staff: 300 }],
    // Not asked, people words are the head count.
    ['en', 'some 35 people', 'sector', { staff: 35 }],
  ];

  it.each(rows)('%s "%s" (asked %s) -> %j', (locale, text, asked, expected) => {
    expect(facts(text, asked, locale)).toEqual(expected);
  });
});
