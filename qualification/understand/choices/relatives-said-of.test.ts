import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question of a family-run kind of business: the owner, finance, production, and a catch-all. */
const roles = madeUpRoleQuestion([
  { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'CEO'], fi: ['omistaja', 'toimitusjohtaja'], sv: ['ägare', 'vd'], pl: ['właściciel', 'prezes'] } },
  { id: 'money', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO', 'accountant'], fi: ['talousjohtaja', 'kirjanpitäjä'], sv: ['ekonomichef'], pl: ['księgowa', 'dyrektor finansowy'] } },
  { id: 'ops', label: t('Production', 'Tuotanto', 'Produktion', 'Produkcja'), synonyms: { en: ['production manager'], fi: ['tuotantopäällikkö'], sv: ['produktionschef'], pl: ['kierownik produkcji'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('asked their role, a relative who owns or heads the business is not the visitor', () => {
  it.each([
    ['en', 'my father is still the owner'],
    ['en', 'my dad owns the company, I help out'],
    ['fi', 'isä on vielä omistaja'],
    ['fi', 'mä oon tän tilan jatkaja, isä on vielä omistaja paperilla'],
    ['fi', 'isä omistaa tilan, mä autan'],
    ['fi', 'vaimo omistaa firman'],
    ['fi', 'mies omistaa yrityksen'],
    ['sv', 'pappa är fortfarande ägare'],
    ['sv', 'min pappa äger firman, jag hjälper till'],
    ['pl', 'tata jest właścicielem, ja pomagam'],
    ['pl', 'mąż jest właścicielem'],
  ] as const)('%s "%s" records no owner', (locale, text) => {
    expect(read(locale, text).role).not.toBe('boss');
  });

  it.each([
    // The visitor in the clause beside the relative: they own it together.
    ['en', 'my brother and I own the company', 'boss'],
    ['fi', 'mä ja isä ollaan omistajia', 'boss'],
    ['fi', 'omistan firman isän kanssa', 'boss'],
    ['en', 'I’m the owner, my wife does the books', 'boss'],
    ['sv', 'jag är ägare', 'boss'],
    ['pl', 'jestem właścicielem', 'boss'],
    // The relative's part said, then the visitor's own in a clause of its own.
    ['fi', 'mies omistaa firman, mä oon talousjohtaja', 'money'],
    ['sv', 'min fru äger firman, jag är produktionschef', 'ops'],
    ['pl', 'żona jest właścicielką, ja jestem kierownikiem produkcji', 'ops'],
    ['en', 'my wife owns it, I’m the production manager', 'ops'],
  ] as const)('%s "%s" is %s', (locale, text, role) => {
    expect(read(locale, text).role).toBe(role);
  });
});

describe('running one function of the business is that function, not owning it', () => {
  it.each([
    ['en', 'I run the company’s books'],
    ['en', 'I run the company’s accounts'],
  ] as const)('%s "%s" records no owner', (locale, text) => {
    expect(read(locale, text).role).not.toBe('boss');
  });

  it('"I run the company" is still the owner’s', () => {
    expect(read('en', 'I run the company')).toEqual({ role: 'boss' });
  });
});
