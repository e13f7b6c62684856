import { describe, expect, it } from 'vitest';
import type { Locale } from '../definition/schema.js';
import { understand } from './understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../test/support/made-up-definition.js';

/** A seller whose role question lists customer service: the words visitors use to ask for a person are an answer here. */
const definition = madeUpDefinition([
  madeUpChoice('role', 'person', [
    { id: 'support', label: t('Customer service', 'Asiakaspalvelu', 'Kundtjänst', 'Obsługa klienta'), synonyms: { en: ['customer support'], fi: ['asiakaspalvelu'], sv: ['kundtjänst'], pl: ['obsługa klienta'] } },
    { id: 'owner', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes') },
    { id: 'finance', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO'], fi: ['talousjohtaja'], sv: ['ekonomichef'], pl: ['dyrektor finansowy'] } },
    { id: 'logistics', label: t('Warehouse', 'Varasto', 'Lager', 'Magazyn'), synonyms: { en: ['logistics'], fi: ['logistiikka'], sv: ['logistik'], pl: ['logistyka'] } },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
const read = (locale: Locale, text: string) => {
  const { extractions, intents } = understand(definition, text, { locale, now: NOW, asking: 'role' });
  return { facts: Object.fromEntries(extractions.map((e) => [e.criterionId, e.value])), human: intents.includes('human') };
};

describe('a request for a person beside the answer asked for', () => {
  it.each<[Locale, string]>([
    ['fi', 'vedän asiakaspalvelutiimiä'],
    ['fi', 'asiakaspalvelu'],
    ['sv', 'kundtjänst'],
  ])('%s: the asked option naming the staff words is the answer, not a request: %s', (locale, text) => {
    expect(read(locale, text)).toEqual({ facts: { role: 'support' }, human: false });
  });

  it.each<[Locale, string]>([
    ['en', 'can I just talk to someone from sales'],
    ['pl', 'czy może do mnie zadzwonić handlowiec'],
    ['fi', 'voiko joku myyjä soittaa mulle'],
    ['sv', 'kan ni ringa mig, en säljare helst'],
  ])('%s: the job named in a request is whom they want, not their role: %s', (locale, text) => {
    expect(read(locale, text)).toEqual({ facts: {}, human: true });
  });
});

it.each<[Locale, string]>([
  ['sv', 'säljare'],
  ['fi', 'myyjä'],
  ['pl', 'handlowiec'],
])('%s: a job word alone, asked the visitor\'s role, is their role: %s', (locale, text) => {
  expect(read(locale, text)).toEqual({ facts: { role: 'other' }, human: false });
});

describe('a hesitation', () => {
  it.each<[Locale, string]>([
    ['en', 'hmm, let me think about that'],
    ['fi', 'hetki, mietin'],
    ['sv', 'vänta lite, jag måste tänka'],
    ['pl', 'chwila, muszę się zastanowić'],
  ])('%s: records nothing and is no answer: %s', (locale, text) => {
    const { extractions, intents } = understand(definition, text, { locale, now: NOW, asking: 'role' });
    expect({ extractions, intents }).toEqual({ extractions: [], intents: ['wait'] });
  });
});
