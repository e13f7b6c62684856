import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import { LeadDefinition, type Locale } from '../definition/schema.js';
import { understand } from './understand.js';

/** A budget question whose "no" option is labelled with a bare reply, as marketers write them ("Not yet"). */
const definition = LeadDefinition.parse({
  version: 1,
  company: { name: 'Bare' },
  locales: ['en', 'fi', 'sv', 'pl'],
  defaultLocale: 'en',
  greeting: { en: 'Hi', fi: 'Hei', sv: 'Hej', pl: 'Cześć' },
  criteria: [
    {
      id: 'budget',
      category: 'situation',
      type: 'choice',
      question: { en: 'Budget?', fi: 'Budjetti?', sv: 'Budget?', pl: 'Budżet?' },
      why: { en: 'w', fi: 'w', sv: 'w', pl: 'w' },
      options: [
        { id: 'allocated', points: 10, label: { en: 'Yes', fi: 'Kyllä', sv: 'Ja', pl: 'Tak' }, synonyms: { en: ['budgeted'], fi: ['budjetoitu'], sv: ['budgeterat'], pl: ['zatwierdzony'] } },
        { id: 'not_yet', points: 0, label: { en: 'Not yet', fi: 'Ei vielä', sv: 'Inte än', pl: 'Jeszcze nie' } },
      ],
    },
  ],
  thresholds: { fit: 1, intent: 1 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
});
const now = new Date('2026-10-01T10:00:00Z');

function reading(locale: Locale, text: string) {
  const [e] = understand(definition, text, { locale, now, asking: 'budget' }).extractions;
  return e && { value: e.value, sure: e.confidence >= CONFIDENT };
}

describe('a bare reply with a date beside it says more than its words', () => {
  it.each([
    ['en', 'not yet', 'not yet, we do next year’s budget in January'],
    ['fi', 'ei vielä', 'ei vielä, budjetti tehdään tammikuussa'],
    ['sv', 'inte än', 'inte än, budgeten sätts i januari'],
    ['pl', 'jeszcze nie', 'jeszcze nie, budżet ustalamy w styczniu'],
  ] as const)('%s: "%s" is the answer, with a date beside it it is asked back', (locale, bare, dated) => {
    expect(reading(locale, bare)).toEqual({ value: 'not_yet', sure: true });
    expect(reading(locale, dated)).toEqual({ value: 'not_yet', sure: false });
  });
});
