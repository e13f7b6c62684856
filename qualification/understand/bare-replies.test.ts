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

/** A budget question whose options say yes and no in their labels, in some languages only, or only by what they mean. */
const budgetOptions = LeadDefinition.parse({
  ...definition,
  criteria: [
    {
      id: 'budget',
      category: 'situation',
      type: 'choice',
      question: { en: 'Is there a budget?', fi: 'Onko budjettia?', sv: 'Finns det budget?', pl: 'Czy jest budżet?' },
      why: { en: 'w', fi: 'w', sv: 'w', pl: 'w' },
      options: [
        { id: 'approved', means: ['budget_allocated'], points: 10, label: { en: 'Yes, approved', fi: 'Kyllä, hyväksytty', sv: 'Godkänd', pl: 'Zatwierdzony' } },
        { id: 'planned', means: ['budget_planned'], points: 5, label: { en: 'In planning', fi: 'Suunnitteilla', sv: 'Planeras', pl: 'Planowany' } },
        { id: 'none', means: ['no_budget'], points: 0, label: { en: 'No money set aside', fi: 'Ei rahaa varattu', sv: 'Ingen budget', pl: 'Brak środków' } },
      ],
    },
  ],
});

describe('a bare yes or no asked a choice that holds a yes and a no', () => {
  const read = (locale: Locale, text: string) => understand(budgetOptions, text, { locale, now, asking: 'budget' }).extractions.map((e) => e.value);
  it.each([
    ['en', 'yep', 'approved'],
    ['en', 'nah', 'none'],
    ['fi', 'juu', 'approved'],
    ['fi', 'ei oo', 'none'],
    ['sv', 'japp', 'approved'],
    ['sv', 'nej tyvärr', 'none'],
    ['pl', 'no tak', 'approved'],
    ['pl', 'niestety nie', 'none'],
  ] as const)('%s: "%s" is %s', (locale, text, option) => {
    expect(read(locale, text)).toEqual([option]);
  });

  it.each([
    ['en', 'yes, max 3k a year', 'approved'],
    ['en', 'nah, we don’t', 'none'],
    ['fi', 'joo on, max 3 tonnia vuodessa', 'approved'],
    ['sv', 'nä, det har vi inte', 'none'],
    ['pl', 'tak, maksymalnie 15 tysięcy rocznie', 'approved'],
  ] as const)('%s: "%s", a yes or no opening a longer reply that names no option, is %s', (locale, text, option) => {
    expect(read(locale, text)).toEqual([option]);
  });

  it('is no answer in a longer reply that turns it or opens with no bare reply, nor where no option is the yes', () => {
    expect(read('en', 'no, but the board meets in March to decide on it')).not.toEqual(['none']);
    expect(read('en', 'yes, but I have to check the figures')).toEqual([]);
    expect(read('en', 'ok, let me check with finance')).toEqual([]);
    const noYes = LeadDefinition.parse({ ...budgetOptions, criteria: [{ ...budgetOptions.criteria[0], options: budgetOptions.criteria[0]?.type === 'choice' ? budgetOptions.criteria[0].options.filter((o) => o.id !== 'approved') : [] }] });
    expect(understand(noYes, 'yes', { locale: 'en', now, asking: 'budget' }).extractions).toEqual([]);
  });

  it('a "no" is not the option labelled as not knowing ("Nie wiem", "En tiedä")', () => {
    const unsure = { id: 'unsure', means: ['dont_know'], points: 5, label: { en: 'No idea', fi: 'En tiedä', sv: 'Vet inte', pl: 'Nie wiem' } };
    const withUnsure = LeadDefinition.parse({ ...budgetOptions, criteria: [{ ...budgetOptions.criteria[0], options: budgetOptions.criteria[0]?.type === 'choice' ? [...budgetOptions.criteria[0].options, unsure] : [] }] });
    for (const [locale, text] of [['pl', 'nie'], ['en', 'no'], ['fi', 'ei'], ['pl', 'nie ma']] as const)
      expect(understand(withUnsure, text, { locale, now, asking: 'budget' }).extractions.map((e) => e.value), text).toEqual(['none']);
  });
});
