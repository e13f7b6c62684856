import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

const q = t('How many?', 'Montako?', 'Hur många?', 'Ile?');
// Counts of whole ones (hires, chargers) beside quantities that come in parts (days a week, hectares).
const definition = madeUpDefinition([
  { id: 'hires', category: 'company', type: 'number', unit: 'hires', per: 'year', question: q, why: q },
  { id: 'chargers', category: 'situation', type: 'number', unit: 'chargers', question: q, why: q },
  { id: 'office_days', category: 'company', type: 'number', unit: 'days', per: 'week', question: q, why: q },
  { id: 'area', category: 'company', type: 'number', unit: 'hectares', question: q, why: q },
]);
const now = new Date('2026-12-03T10:00:00Z');
const read = (text: string, asking: string, locale: Locale) => extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.find((e) => e.criterionId === asking)?.value;

describe('the middle of a range', () => {
  // [locale, text, asked, value]: whole ones round the half up; days and hectares keep it.
  it.each([
    ['en', 'somewhere between 30 and 35', 'hires', 33],
    ['en', 'maybe 6 or 7', 'chargers', 7],
    ['fi', 'noin 11–16 vuodessa', 'hires', 14],
    ['fi', 'kolme tai neljä', 'chargers', 4],
    ['sv', 'kanske 25-30 per år', 'hires', 28],
    ['sv', '8 eller 9 stycken', 'chargers', 9],
    ['pl', 'od 40 do 45 rocznie', 'hires', 43],
    ['pl', '2-3 ładowarki', 'chargers', 3],
    ['en', '3-4 days', 'office_days', 3.5],
    ['sv', '1–2 dagar i veckan', 'office_days', 1.5],
    ['fi', '3-4 hehtaaria', 'area', 3.5],
    ['pl', 'między 40 a 50', 'hires', 45],
  ] as [Locale, string, string, number][])('%s: "%s" asked %s', (locale, text, asking, value) => {
    expect(read(text, asking, locale)).toBe(value);
  });
});
