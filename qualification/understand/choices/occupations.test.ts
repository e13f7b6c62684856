import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { tradesIn } from './trade-codes.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question of a software seller to offices: no option names schools or care, one is the catch-all. */
const roles = madeUpRoleQuestion([
  { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'CEO'], fi: ['omistaja', 'toimitusjohtaja'], sv: ['ägare', 'vd', 'kommundirektör'], pl: ['właściciel', 'prezes'] } },
  { id: 'it', label: t('IT', 'IT', 'IT', 'IT'), synonyms: { en: ['IT manager', 'sysadmin'], fi: ['IT-päällikkö'], sv: ['IT-chef'], pl: ['kierownik IT', 'informatyk'] } },
  { id: 'money', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO', 'controller'], fi: ['talousjohtaja'], sv: ['ekonomichef'], pl: ['główna księgowa'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('job titles of schools and care (ISCO-08 1.3.4.5, 2.2, 2.3, 5.3.2) to a role question naming none', () => {
  it.each([
    ['en', 'I teach maths, I am a teacher'],
    ['en', 'registered nurse'],
    ['en', 'head teacher at a primary school'],
    ['fi', 'olen aineenopettaja'],
    ['fi', 'lähihoitajana'],
    ['fi', 'apulaisrehtori'],
    ['sv', 'jag är förskollärare'],
    ['sv', 'biträdande rektor'],
    ['sv', 'undersköterska'],
    ['pl', 'jestem nauczycielką'],
    ['pl', 'pielęgniarka'],
    ['pl', 'dyrektorka przedszkola'],
  ] as const)('%s "%s" is the catch-all’s', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'else' });
  });

  it('a title inside the rank word a compound ends in is no title: "kommundirektör" holds no "rektor"', () => {
    expect(tradesIn('kommundirektör', packFor('sv'), 'occupations')).not.toContain('1.3.4.5');
    expect(tradesIn('rektor', packFor('sv'), 'occupations')).toEqual(['1.3.4.5']);
    expect(read('sv', 'kommundirektör')).toEqual({ role: 'boss' });
  });

  it('a school or care title beside a title an option names is that option’s: "IT-chef på en skola" stays IT', () => {
    expect(read('sv', 'IT-chef på en skola')).toEqual({ role: 'it' });
    expect(read('en', 'CFO of a care home group')).toEqual({ role: 'money' });
  });
});

describe('a word one language files with another function is no part of an option’s function', () => {
  /** A made-up role question of a till seller: the staff option's words are service work (ISCO 5), but Finnish files "myyjä" and Swedish "personal" with managers. */
  const venueRoles = madeUpRoleQuestion([
    { id: 'boss', label: t('Owner', 'Omistaja', 'Ägare', 'Właściciel'), synonyms: { en: ['owner', 'founder'], fi: ['omistaja', 'yrittäjä'], sv: ['ägare', 'grundare'], pl: ['właściciel', 'wspólnik'] } },
    { id: 'money', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO', 'accountant'], fi: ['talousjohtaja', 'kirjanpitäjä'], sv: ['ekonomichef'], pl: ['księgowa'] } },
    { id: 'crew', label: t('Staff', 'Työntekijä', 'Personal', 'Pracownik'), synonyms: { en: ['waiter', 'cook'], fi: ['tarjoilija', 'kokki', 'myyjä'], sv: ['servitör', 'kock', 'kassapersonal'], pl: ['kelner', 'kucharz'] } },
    { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]);
  const readRole = (locale: Locale, text: string) => recordedFacts(venueRoles, text, { locale, now, asking: 'role' });
  it.each([
    ['en', 'head of marketing'],
    ['fi', 'markkinointipäällikkö'],
    ['sv', 'marknadschef'],
    ['sv', 'försäljningschef'],
    ['pl', 'kierownik marketingu'],
  ] as const)('%s "%s" is the catch-all’s, not the staff option’s', (locale, text) => {
    expect(readRole(locale, text)).toEqual({ role: 'else' });
  });
  it.each([
    ['fi', 'myyjä'],
    ['sv', 'servitris'],
    ['en', 'line cook'],
  ] as const)('%s "%s" stays the staff option’s', (locale, text) => {
    expect(readRole(locale, text)).toEqual({ role: 'crew' });
  });
});

describe('professionals and farm workers no option lists (ISCO-08 2.1, 2.2.5, 2.2.6.3, 3.1.1.2, 9.2.1) are the catch-all’s', () => {
  it.each([
    ['en', 'structural engineer'],
    ['en', 'I’m an architect'],
    ['en', 'veterinarian'],
    ['en', 'farmhand'],
    ['en', 'health and safety officer'],
    ['fi', 'rakennusinsinööri'],
    ['fi', 'olen eläinlääkäri'],
    ['fi', 'laatuvastaava'],
    ['fi', 'maataloustyöntekijä'],
    ['sv', 'byggnadsingenjör'],
    ['sv', 'veterinär'],
    ['sv', 'arbetsmiljöansvarig'],
    ['sv', 'lantarbetare'],
    ['pl', 'architektka'],
    ['pl', 'jestem weterynarzem'],
    ['pl', 'specjalista BHP'],
    ['pl', 'robotnik rolny'],
  ] as const)('%s "%s"', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'else' });
  });
});

describe('a function an option does not name is the catch-all’s, though ISCO files it in the same minor group', () => {
  /** A made-up role question of an HR software seller: HR (1.2.1.2) is an option, finance (1.2.1.1) is not. */
  const peopleRoles = madeUpRoleQuestion([
    { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'CEO'], fi: ['omistaja'], sv: ['ägare', 'vd'], pl: ['właściciel', 'prezes'] } },
    { id: 'people', label: t('HR', 'HR', 'HR', 'HR'), synonyms: { en: ['HR manager', 'head of people'], fi: ['henkilöstöpäällikkö'], sv: ['HR-chef', 'personalchef'], pl: ['kierownik kadr'] } },
    { id: 'it', label: t('IT', 'IT', 'IT', 'IT'), synonyms: { en: ['IT manager'], fi: ['IT-päällikkö'], sv: ['IT-chef'], pl: ['kierownik IT'] } },
    { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]);
  const readRole = (locale: Locale, text: string) => recordedFacts(peopleRoles, text, { locale, now, asking: 'role' });
  it.each([
    ['en', 'finance director'],
    ['fi', 'talousjohtaja'],
    ['sv', 'ekonomichef'],
    ['pl', 'dyrektor finansowy'],
  ] as const)('%s "%s" (a finance manager) is the catch-all’s', (locale, text) => {
    expect(readRole(locale, text)).toEqual({ role: 'else' });
  });
  it.each([
    ['en', 'HR director'],
    ['sv', 'personalansvarig'],
  ] as const)('%s "%s" stays the HR option’s', (locale, text) => {
    expect(readRole(locale, text)).toEqual({ role: 'people' });
  });
});
