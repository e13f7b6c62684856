import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question of a till seller to restaurants: owners, managers, floor staff, a catch-all. */
const roles = madeUpRoleQuestion([
  { id: 'boss', label: t('Owner', 'Omistaja', 'Ägare', 'Właściciel'), synonyms: { en: ['owner', 'co-owner'], fi: ['omistaja', 'osakas'], sv: ['ägare', 'delägare'], pl: ['właściciel', 'współwłaściciel'] } },
  { id: 'lead', label: t('Manager', 'Päällikkö', 'Chef', 'Kierownik'), synonyms: { en: ['restaurant manager', 'shift manager'], fi: ['ravintolapäällikkö', 'vuoropäällikkö'], sv: ['restaurangchef', 'skiftledare'], pl: ['kierownik restauracji', 'kierownik zmiany'] } },
  { id: 'crew', label: t('Staff', 'Työntekijä', 'Anställd', 'Pracownik'), synonyms: { en: ['waiter', 'bartender'], fi: ['tarjoilija', 'baarimikko'], sv: ['servitör', 'bartender'], pl: ['kelner', 'barman'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('asked the role, the title the reply opens with answers; a later clause without the visitor names someone else', () => {
  it.each([
    ['en', 'waiter, the owner wants a new till'],
    ['en', 'bartender - the shift manager wants a new till'],
    ['fi', 'olen tarjoilija, omistaja pyysi selvittämään vaihtoehtoja'],
    ['fi', 'baarimikko, vuoropäällikkö käski katsoa'],
    ['sv', 'servitör, ägaren vill byta kassa'],
    ['sv', 'jag är bartender. restaurangchefen bad mig kolla'],
    ['pl', 'kelner, właściciel szuka nowej kasy'],
    ['pl', 'jestem barmanem, kierownik zmiany kazał sprawdzić'],
  ] as const)('%s "%s" is the visitor’s opening title', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'crew' });
  });

});
