import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question whose leader option lists a rank alone ("director", "dyrektor"), as marketers write. */
const roles = madeUpRoleQuestion([
  { id: 'leader', label: t('Owner / CEO / director', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes / dyrektor'), synonyms: { en: ['owner', 'CEO', 'director'], pl: ['właściciel', 'prezes', 'dyrektor', 'założyciel'] } },
  { id: 'sales', label: t('Sales', 'Myynti', 'Försäljning', 'Sprzedaż'), synonyms: { en: ['sales manager'], fi: ['myyntipäällikkö'], sv: ['säljchef'], pl: ['kierownik sprzedaży'] } },
  { id: 'money', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO', 'finance manager'], fi: ['talouspäällikkö'], sv: ['ekonomichef'], pl: ['dyrektor finansowy'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const role = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' }).role;

describe('a deputy or co-holder of a title holds its function', () => {
  it.each([
    // Polish glues "wice-" and "współ-" to the title, in every case.
    ['pl', 'wiceprezes', 'leader'],
    ['pl', 'jestem wiceprezeską', 'leader'],
    ['pl', 'wicedyrektor', 'leader'],
    ['pl', 'współzałożyciel', 'leader'],
    ['pl', 'jestem współzałożycielką', 'leader'],
    ['pl', 'wicedyrektor ds. sprzedaży', 'sales'],
    ['en', 'deputy CFO', 'money'],
    ['en', 'acting head of sales', 'sales'],
    ['fi', 'varatoimitusjohtaja', 'leader'],
    ['fi', 'apulaistalouspäällikkö', 'money'],
    ['sv', 'vice vd', 'leader'],
    ['sv', 'bitr. ekonomichef', 'money'],
  ] as const)('%s "%s"', (locale, text, want) => {
    expect(role(locale, text)).toBe(want);
  });
});

describe('a title inside a level that leads a function named after it is that level: the function’s head', () => {
  it.each([
    ['en', 'vice president of sales', 'sales'],
    ['en', 'director of finance', 'money'],
    ['pl', 'dyrektor ds. sprzedaży', 'sales'],
    // The level without its joining word ("vice president HR").
    ['en', 'vice president sales', 'sales'],
    // With no function after it, the title is the marketer's.
    ['en', 'vice president', 'leader'],
    ['en', 'director', 'leader'],
  ] as const)('%s "%s"', (locale, text, want) => {
    expect(role(locale, text)).toBe(want);
  });
});
