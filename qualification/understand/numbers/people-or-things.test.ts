import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { packFor } from '../../locales/index.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { countsPeopleToo, thingOf } from './units.js';

/** A made-up operator: lines it bills, asked as "employees or subscriptions", lines asked alone, and sites. */
const w = t('w', 'w', 'w', 'w');
const definition = madeUpDefinition([
  {
    id: 'lines',
    category: 'company',
    type: 'number',
    unit: 'subscriptions',
    question: t('How many staff or phone lines do you have?', 'Montako työntekijää tai liittymää teillä on?', 'Hur många anställda eller abonnemang har ni?', 'Ilu macie pracowników lub numerów?'),
    why: w,
  },
  { id: 'sims', category: 'company', type: 'number', unit: 'sims', question: t('How many SIMs?', 'Montako SIM-korttia?', 'Hur många SIM-kort?', 'Ile kart SIM?'), why: w },
  { id: 'sites', category: 'company', type: 'number', unit: 'sites', question: t('How many sites?', 'Montako toimipistettä?', 'Hur många kontor?', 'Ile lokalizacji?'), why: w },
]);
const now = new Date('2026-03-02T10:00:00Z');
const reading = (locale: Locale, text: string, asking: string) =>
  extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.find((e) => e.criterionId === asking);

describe('subscriptions are a thing businesses count', () => {
  it('by the names a definition gives them', () => {
    expect(thingOf('subscriptions')).toBe('subscriptions');
    expect(thingOf('SIM cards')).toBe('subscriptions');
    expect(thingOf('phone lines')).toBe('subscriptions');
  });

  it.each([
    ['en', 'roughly 70 handsets', 'sims', 70],
    ['fi', 'noin 45 puhelinta', 'sims', 45],
    ['sv', 'ett 60-tal mobiler', 'sims', 60],
    ['pl', 'jakieś 30 telefonów', 'sims', 30],
    ['en', '30 phones and 6 tablets with SIMs', 'sims', 30],
  ] as [Locale, string, string, number][])('%s: "%s" → %s %d', (locale, text, asked, value) => {
    expect(reading(locale, text, asked)?.value).toBe(value);
  });

  it('asked for SIMs alone, a count of people is no answer', () => {
    expect(reading('en', 'we have 40 employees', 'sims')?.value).toBeUndefined();
    expect(reading('sv', 'vi är 40 anställda', 'sims')?.value).toBeUndefined();
  });
});

describe('a question offering people as another way to count its things', () => {
  it('is one whose head-count word stands beside "or"/"and"', () => {
    expect(countsPeopleToo('How many staff or phone lines do you have?', packFor('en'))).toBe(true);
    expect(countsPeopleToo('Montako työntekijää tai liittymää teillä on?', packFor('fi'))).toBe(true);
    expect(countsPeopleToo('How many sites do your employees work from?', packFor('en'))).toBe(false);
    expect(countsPeopleToo('Hur många SIM-kort?', packFor('sv'))).toBe(false);
  });

  it.each([
    // A count of people answers it, and so do the pack's spoken counts.
    ['en', 'some 28 employees', 28],
    ['fi', 'meitä on 16', 16],
    ['sv', 'runt 40 personer', 40],
    ['pl', 'zatrudniamy 33 osoby', 33],
    ['en', 'it is just me', 1],
    // People and things in parts are one count.
    ['en', '30 people plus 4 SIMs for the alarm panels', 34],
    ['fi', '12 henkeä ja 3 datakorttia', 15],
    ['sv', '20 anställda och 5 datakort', 25],
    ['pl', '40 pracowników plus 6 kart SIM', 46],
  ] as [Locale, string, number][])('%s: "%s" → %d', (locale, text, value) => {
    const e = reading(locale, text, 'lines');
    expect(e?.value).toBe(value);
    expect(e?.confidence).toBeGreaterThanOrEqual(CONFIDENT);
  });

  it('two counts set against each other are still asked back', () => {
    expect(reading('en', '90 lines but only 60 staff', 'lines')?.confidence ?? 0).toBeLessThan(CONFIDENT);
  });
});
