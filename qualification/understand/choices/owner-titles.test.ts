import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question of a till seller to restaurants: owners, managers, floor and kitchen staff, a catch-all. */
const roles = madeUpDefinition([
  madeUpChoice('role', 'person', [
    { id: 'boss', label: t('Owner', 'Omistaja', 'Ägare', 'Właściciel'), synonyms: { en: ['owner', 'co-owner', 'founder'], fi: ['omistaja', 'osakas', 'yrittäjä'], sv: ['ägare', 'delägare', 'grundare'], pl: ['właściciel', 'współwłaściciel', 'wspólnik'] } },
    { id: 'lead', label: t('Manager', 'Päällikkö', 'Chef', 'Kierownik'), synonyms: { en: ['restaurant manager', 'shift manager'], fi: ['ravintolapäällikkö', 'vuoropäällikkö'], sv: ['restaurangchef', 'skiftledare'], pl: ['kierownik restauracji', 'kierownik zmiany'] } },
    { id: 'crew', label: t('Staff', 'Työntekijä', 'Anställd', 'Pracownik'), synonyms: { en: ['waiter', 'bartender', 'cook'], fi: ['tarjoilija', 'baarimikko', 'kokki'], sv: ['servitör', 'bartender', 'kock'], pl: ['kelner', 'barman', 'kucharz'] } },
    { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('two of the visitor’s own titles joined: owning the business answers a role question', () => {
  it.each([
    ['en', 'bartender and co-owner'],
    ['en', 'co-founder & shift manager'],
    ['fi', 'tarjoilija ja osakas'],
    ['fi', 'vuoropäällikkö ja yrittäjä'],
    ['sv', 'bartender och delägare'],
    ['sv', 'skiftledare/delägare'],
    ['pl', 'barman i współwłaściciel'],
    ['pl', 'wspólnik i kierownik zmiany'],
  ] as const)('%s "%s" is the owner’s option', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'boss' });
  });

  it.each([
    ['en', 'bartender, my uncle is the owner'],
    ['sv', 'servitör, ägaren är min bror'],
  ] as const)('%s "%s": another person owns it', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'crew' });
  });
});
