import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';

const w = t('w', 'w', 'w', 'w');
const definition = madeUpDefinition([
  { id: 'plants', category: 'company', type: 'number', unit: 'sites', question: t('How many plants?', 'Montako tehdasta?', 'Hur många fabriker?', 'Ile zakładów?'), why: w },
  { id: 'machines', category: 'company', type: 'number', unit: 'machines', question: t('How many machines?', 'Montako konetta?', 'Hur många maskiner?', 'Ile maszyn?'), why: w },
]);
const now = new Date('2026-03-02T10:00:00Z');
const recorded = (locale: Locale, text: string, asking: string) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));

describe('a year said after the answer counts nothing', () => {
  const table: [Locale, string, number][] = [
    ['en', 'only one, we moved here in 2019', 1],
    ['fi', 'vain yksi, muutettiin tänne 2019', 1],
    ['sv', 'bara en, vi flyttade hit 2019', 1],
    ['pl', 'tylko jeden, przenieśliśmy się tu w 2019', 1],
  ];
  it.each(table)('%s: "%s" is %d plants', (locale, text, value) => {
    expect(recorded(locale, text, 'plants')).toEqual({ plants: value });
  });

  it('a number of the same digits said as a count stays one', () => {
    expect(recorded('en', 'around 2000', 'machines')).toEqual({ machines: 2000 });
    expect(recorded('en', '2019', 'machines')).toEqual({ machines: 2019 });
    expect(recorded('en', 'we have 2000 machines, give or take', 'machines')).toEqual({ machines: 2000 });
  });
});
