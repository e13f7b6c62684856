import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';

const w = t('w', 'w', 'w', 'w');
const definition = madeUpDefinition([
  { id: 'people', category: 'company', type: 'number', unit: 'employees', question: t('How many employees?', 'Montako työntekijää?', 'Hur många anställda?', 'Ilu pracowników?'), why: w },
  { id: 'plants', category: 'company', type: 'number', unit: 'sites', question: t('How many plants?', 'Montako tehdasta?', 'Hur många fabriker?', 'Ile zakładów?'), why: w },
]);
const now = new Date('2026-03-02T10:00:00Z');
const recorded = (locale: Locale, text: string, asking: string) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));

describe('a number said as not meant beside the one meant', () => {
  const table: [Locale, string, string, number][] = [
    ['en', 'sorry, I meant 8, not 6', 'people', 8],
    ['en', 'not 6 but 8', 'people', 8],
    ['en', 'sorry, 3 plants, not 2', 'plants', 3],
    ['fi', 'sori, tarkoitin 8 enkä 6', 'people', 8],
    ['fi', 'sori, 3 tehdasta eikä 2', 'plants', 3],
    ['fi', 'ei 6 vaan 8', 'people', 8],
    ['sv', 'förlåt, jag menade 8, inte 6', 'people', 8],
    ['sv', 'förlåt, 3 fabriker, inte 2', 'plants', 3],
    ['pl', 'przepraszam, chodziło mi o 8, nie 6', 'people', 8],
    ['pl', 'nie 6, tylko 8', 'people', 8],
  ];
  it.each(table)('%s: "%s" records %s = %d', (locale, text, asking, value) => {
    expect(recorded(locale, text, asking)).toEqual({ [asking]: value });
  });

  it('a no with a comma after it takes back the number before: "6, a nie, 7" is 7', () => {
    expect(recorded('pl', '6, a nie, 7', 'plants')).toEqual({ plants: 7 });
  });
});
