import { describe, expect, it } from 'vitest';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

const why = t('w', 'w', 'w', 'w');
const definition = madeUpDefinition([
  { id: 'spend', category: 'situation', type: 'number', unit: 'euros', per: 'month', question: t('What monthly budget, in euros?', 'Paljonko budjettia kuukaudessa?', 'Vilken månadsbudget?', 'Jaki miesięczny budżet?'), why },
  { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: t('How many people work there?', 'Montako työntekijää?', 'Hur många anställda?', 'Ilu pracowników?'), why },
]);
const now = new Date('2026-01-15T10:00:00Z');
const read = (locale: Locale, text: string, asking: string) => {
  const { extractions, intents } = understand(definition, text, { locale, now, asking });
  return { facts: Object.fromEntries(extractions.map((e) => [e.criterionId, e.value])), passes: intents.includes('skip') };
};

describe('no budget, asked for an amount of money', () => {
  // [locale, text, asked, passes the question, facts]
  const rows: [Locale, string, string, boolean, Record<string, unknown>][] = [
    // No budget, or one still being set, passes the money question: nothing recorded, not asked again.
    ['en', "we don't have a budget for it yet", 'spend', true, {}],
    ['en', "honestly haven't thought about it", 'spend', true, {}],
    ['en', 'nothing set aside so far', 'spend', true, {}],
    ['fi', 'budjettia ei oo vielä mietitty ollenkaan', 'spend', true, {}],
    ['fi', 'ei olla vielä mietitty', 'spend', true, {}],
    ['sv', 'vi har ingen budget än så länge', 'spend', true, {}],
    ['sv', 'har inte tänkt på det', 'spend', true, {}],
    ['pl', 'budżetu wciąż nie mamy', 'spend', true, {}],
    ['pl', 'szczerze, nie myśleliśmy o tym', 'spend', true, {}],
    // Not thought about yet, not set yet, or the money still to be found, in the speaker's own words.
    ['en', "we haven't set a budget for it", 'spend', true, {}],
    ['fi', 'en ole vielä miettinyt', 'spend', true, {}],
    ['sv', 'har inte funderat på det', 'spend', true, {}],
    ['sv', 'vi får hitta pengar någonstans', 'spend', true, {}],
    ['pl', 'jeszcze o tym nie myślałem', 'spend', true, {}],
    ['pl', 'budżetu jeszcze nie ustaliliśmy, zależy od oferty', 'spend', true, {}],
    // "Depends a bit on the price" skips like "depends on the price".
    ['sv', 'beror lite på priset', 'spend', true, {}],
    // An amount said is the answer, a zero too; an approved budget still owes its amount.
    ['en', 'no budget yet, maybe 200 a month', 'spend', false, { spend: 200 }],
    ['fi', 'nolla euroa', 'spend', false, { spend: 0 }],
    ['en', 'it is approved', 'spend', false, {}],
    // Asked something else, the same words pass nothing.
    ['sv', 'ingen budget än', 'staff', false, {}],
  ];

  it.each(rows)('%s "%s" (asked %s): passes %s, %j', (locale, text, asked, passes, facts) => {
    expect(read(locale, text, asked)).toEqual({ passes, facts });
  });
});
