import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { prepare } from '../normalize.js';
import { extractNumbers } from '../numbers.js';
import { thingOf } from './units.js';

/** A made-up maintenance service: hours of downtime a month, beside the machines kept. */
const w = t('w', 'w', 'w', 'w');
const definition = madeUpDefinition([
  {
    id: 'downtime',
    category: 'situation',
    type: 'number',
    unit: 'hours',
    per: 'month',
    question: t('How many hours of downtime a month?', 'Montako tuntia seisokkia kuussa?', 'Hur många timmars stillestånd i månaden?', 'Ile godzin przestojów miesięcznie?'),
    why: w,
  },
  { id: 'machines', category: 'company', type: 'number', unit: 'machines', question: t('How many machines?', 'Montako konetta?', 'Hur många maskiner?', 'Ile maszyn?'), why: w },
]);
const now = new Date('2026-03-02T10:00:00Z');
const recorded = (locale: Locale, text: string, asking: string) =>
  Object.fromEntries(extractNumbers(definition, prepare(text), { locale, now, asking }, []).extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));

describe('hours, a criterion counted in hours', () => {
  it('is a thing of its own', () => expect(thingOf('hours')).toBe('hours'));

  // Per the criterion's month: 3 a week is 13, 2 a day is 60; one said in words is 1.
  const table: [Locale, string, number][] = [
    ['en', 'about 10 hours a month', 10],
    ['en', 'hardly any, maybe an hour', 1],
    ['fi', 'ehkä 10 tuntia kuussa', 10],
    ['fi', 'noin 3 tuntia viikossa', 13],
    ['fi', 'parisen tuntia päivässä', 60],
    ['fi', 'tuskin yhtään, ehkä tunti', 1],
    ['sv', 'kanske 10 timmar i månaden', 10],
    ['sv', 'ungefär 3 timmar i veckan', 13],
    ['sv', 'runt 2 timmar om dagen', 60],
    ['sv', 'knappt något, kanske en timme', 1],
    ['pl', 'może 10 godzin miesięcznie', 10],
    ['pl', 'około 3 godziny tygodniowo', 13],
    ['pl', 'jakieś 2 godziny dziennie', 60],
    ['pl', 'prawie wcale, może godzina', 1],
  ];
  it.each(table)('%s: "%s" is %d hours a month', (locale, text, hours) => {
    expect(recorded(locale, text, 'downtime')).toEqual({ downtime: hours });
  });

  it('in passing, hours measure something else: "they run 16 hours a day"', () => {
    expect(recorded('en', '40 machines, they run 16 hours a day', 'machines')).toEqual({ machines: 40 });
    expect(recorded('fi', '40 konetta, käyvät 16 tuntia päivässä', 'machines')).toEqual({ machines: 40 });
  });
});
