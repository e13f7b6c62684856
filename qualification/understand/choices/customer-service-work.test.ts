import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question with a customer service lead and an agent option, each with one title, and an option naming customer service among others. */
const support = madeUpRoleQuestion([
  { id: 'lead', label: t('Customer service manager', 'Asiakaspalvelupäällikkö', 'Kundtjänstchef', 'Kierownik obsługi klienta') },
  { id: 'agent', label: t('Support agent', 'Asiakaspalvelija', 'Kundtjänstmedarbetare', 'Konsultant ds. obsługi klienta') },
  { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes') },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const shared = madeUpRoleQuestion([
  { id: 'ops', label: t('Operations / customer service', 'Operatiivinen / asiakaspalvelu', 'Drift / kundtjänst', 'Operacje / obsługa klienta'), synonyms: { en: ['operations manager'], fi: ['operatiivinen johtaja'], sv: ['driftchef'], pl: ['kierownik operacyjny'] } },
  { id: 'money', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO'], fi: ['talousjohtaja'], sv: ['ekonomichef'], pl: ['dyrektor finansowy'] } },
  { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes') },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const role = (definition: typeof support, locale: Locale, text: string) => recordedFacts(definition, text, { locale, now, asking: 'role' }).role;

describe('asked their role, answering customers told as the work or a title is the contact centre’s (ISCO 4.2.2.2)', () => {
  it.each([
    ['en', 'I answer the support tickets'],
    ['en', 'I answer the phones and emails all day'],
    ['en', 'customer service rep'],
    ['en', 'I work in customer service'],
    ['fi', 'mä vastailen asiakkaiden meileihin ja puheluihin'],
    ['fi', 'olen asiakaspalvelussa'],
    ['sv', 'jag svarar i telefon och på mejl'],
    ['sv', 'jobbar i kundtjänst'],
    ['pl', 'odpisuję klientom na maile i odbieram telefony'],
    ['pl', 'pracuję w BOK-u'],
    ['pl', 'specjalista ds. obsługi klienta'],
  ] as const)('%s "%s" is the agent option’s, or the option naming customer service', (locale, text) => {
    expect(role(support, locale, text)).toBe('agent');
    expect(role(shared, locale, text)).toBe('ops');
  });

  it.each([
    // The work with a word of rank beside it is its head's, and a variant of the lead's title holds the work's words.
    ['en', 'head of customer service', 'lead'],
    ['en', 'I lead customer service', 'lead'],
    ['pl', 'dyrektor ds. obsługi klienta', 'lead'],
    ['en', 'head of customer care', 'lead'],
    ['sv', 'jag är gruppchef på kundservice', undefined],
  ] as const)('%s "%s" is no agent', (locale, text, want) => {
    expect(role(support, locale, text)).toBe(want);
  });
});
