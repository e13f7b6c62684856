import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question of an intranet seller: the marketer's own functions, no title of the packs among them. */
const roles = madeUpRoleQuestion([
  { id: 'comms', label: t('Communications', 'Viestintä', 'Kommunikation', 'Komunikacja'), synonyms: { en: ['internal communications', 'PR'], fi: ['sisäinen viestintä', 'PR'], sv: ['internkommunikation', 'PR'], pl: ['komunikacja wewnętrzna', 'PR'] } },
  { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'CEO'], fi: ['omistaja'], sv: ['ägare', 'vd'], pl: ['właściciel', 'prezes'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' }).role;

/**
 * Folding takes the diacritic off the visitor's own verb and leaves another person's: Polish "zajmuję
 * się" (I handle) folds to "zajmuje się" (he handles). Typed with it, the function after it is the visitor's.
 */
describe('the visitor’s own verb typed with its diacritic is no one else acting', () => {
  it.each([
    ['pl', 'zajmuję się komunikacją wewnętrzną'],
    ['pl', 'w firmie zajmuję się PR'],
    ['en', 'I handle internal communications'],
    ['fi', 'hoidan sisäistä viestintää'],
    ['sv', 'jag sköter internkommunikationen'],
  ] as const)('%s "%s" is the visitor’s function', (locale, text) => {
    expect(read(locale, text)).toBe('comms');
  });

  it.each([
    ['pl', 'szef zajmuje się komunikacją wewnętrzną'],
    ['en', 'our CEO handles internal communications'],
    ['sv', 'vår vd sköter internkommunikationen'],
  ] as const)('%s "%s" is someone else’s: no answer of the visitor’s function', (locale, text) => {
    expect(read(locale, text)).not.toBe('comms');
  });
});
