import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question of a seller to law firms: partners, lawyers, a catch-all. */
const roles = madeUpRoleQuestion([
  { id: 'partner', label: t('Partner', 'Osakas', 'Delägare', 'Wspólnik'), synonyms: { en: ['partner', 'founder'], fi: ['osakas', 'perustaja'], sv: ['delägare', 'grundare'], pl: ['wspólnik', 'założyciel'] } },
  { id: 'lawyer', label: t('Lawyer', 'Juristi', 'Jurist', 'Prawnik'), synonyms: { en: ['lawyer', 'associate'], fi: ['lakimies', 'juristi'], sv: ['jurist', 'advokat'], pl: ['prawnik', 'adwokat'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('asked the role, "one of the …" is the visitor among several holding the title, not staff counted', () => {
  it.each([
    ['en', 'one of the founding partners', 'partner'],
    ['en', 'I’m one of the lawyers', 'lawyer'],
    ['fi', 'yks perustajaosakkaista', 'partner'],
    ['fi', 'olen yksi juristeista', 'lawyer'],
    ['sv', 'en av grundarna', 'partner'],
    ['sv', 'jag är en av juristerna', 'lawyer'],
    ['pl', 'jeden z założycieli', 'partner'],
    ['pl', 'jestem jednym z prawników', 'lawyer'],
  ] as const)('%s "%s"', (locale, text, want) => {
    expect(read(locale, text)).toEqual({ role: want });
  });
});
