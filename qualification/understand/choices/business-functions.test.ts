import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question: an owner, a finance and an IT option, none naming a verb of running the business. */
const roles = madeUpRoleQuestion([
  { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'CEO'], fi: ['omistaja', 'toimitusjohtaja'], sv: ['ägare', 'vd'], pl: ['właściciel', 'prezes'] } },
  { id: 'money', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO', 'accountant'], fi: ['talousjohtaja', 'kirjanpitäjä'], sv: ['ekonomichef'], pl: ['księgowa', 'dyrektor finansowy'] } },
  { id: 'tech', label: t('IT', 'IT', 'IT', 'IT'), synonyms: { en: ['IT manager'], fi: ['IT-päällikkö'], sv: ['IT-chef'], pl: ['kierownik IT'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('asked their role, running a function of the business is that function’s work, not the owner’s', () => {
  it.each([
    // The function between the verb and the business, or right after the business as its possessor.
    ['pl', 'prowadzę księgowość firmy'],
    ['fi', 'pyöritän firman kirjanpitoa'],
    ['sv', 'jag driver företagets ekonomi'],
  ] as const)('%s "%s" is the finance option’s', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'money' });
  });

  it.each([
    ['pl', 'prowadzę firmę'],
    ['pl', 'prowadzę firmę sprzątającą'],
    ['fi', 'pyöritän firmaa'],
    ['sv', 'jag driver företaget'],
    ['en', 'I run the company'],
  ] as const)('%s "%s" stays the owner’s', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'boss' });
  });
});

describe('a function that is a little word ("IT") read in small letters after a verb of leading is the pronoun', () => {
  it.each([
    ['en', 'my wife and I run it', undefined],
    ['en', 'I run it with my brother', undefined],
    ['en', 'I run IT', 'tech'],
    ['en', 'I manage IT', 'tech'],
  ] as const)('%s "%s"', (locale, text, want) => {
    expect(read(locale, text).role).toEqual(want);
  });
});
