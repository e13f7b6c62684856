import { describe, expect, it } from 'vitest';
import { DECIDES_OPTIONS, decidesQuestion, decidesReader } from '../../../test/support/deciding-definition.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

const q = t('?', '?', '?', '?');
const { me, both, them } = DECIDES_OPTIONS;
/** A made-up "who decides?" question whose together option lists the bare word for together, and a role question naming titles. */
const deciding = madeUpDefinition([
  { id: 'staff', category: 'company', type: 'number', unit: 'employees', question: q, why: q },
  madeUpChoice('role', 'person', [
    {
      id: 'finance',
      label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'),
      synonyms: { en: ['finance director', 'CFO'], fi: ['talousjohtaja'], sv: ['ekonomichef'], pl: ['dyrektor finansowy'] },
    },
    { id: 'operations', label: t('Operations', 'Operatiivinen', 'Drift', 'Operacje'), synonyms: { en: ['operations manager', 'head of sales'], fi: ['tuotantopäällikkö'], sv: ['driftchef'], pl: ['kierownik operacyjny'] } },
    { id: 'owner', label: t('Owner', 'Omistaja', 'Ägare', 'Właściciel'), synonyms: { en: ['owner'], fi: ['omistaja'], sv: ['ägare'], pl: ['właściciel'] } },
  ]),
  decidesQuestion([me, { ...both, synonyms: { en: ['together', 'jointly'], fi: ['yhdessä'], sv: ['tillsammans', 'gemensamt'], pl: ['wspólnie', 'razem'] } }, them]),
]);
const read = decidesReader(deciding);

describe('asked who decides, the visitor joined to another person and a word for together', () => {
  it.each([
    // "Together" right after the person joined to the visitor is their joint say, not that person's alone.
    ['en', 'me and our finance director together'],
    ['en', 'me and the operations manager jointly'],
    ['en', 'the head of sales and I together'],
    ['sv', 'jag och ekonomichefen tillsammans'],
    ['sv', 'ekonomichefen och jag gemensamt'],
    ['fi', 'minä ja talousjohtaja yhdessä'],
    ['pl', 'ja i dyrektor finansowy razem'],
    // The people counted beside it are not the visitor's role: the together word still says how they decide.
    ['en', 'me and the three other owners together'],
    ['en', 'the two of us jointly'],
  ] as const)('%s "%s"', (locale, text) => {
    expect(read(locale, text)).toBe('both');
  });

  it.each([
    ['en', 'our finance director decides'],
    ['sv', 'ekonomichefen bestämmer'],
  ] as const)('%s "%s" is still someone else', (locale, text) => {
    expect(read(locale, text)).toBe('them');
  });
});

describe('asked who decides, the visitor joined to a person an option names decides with them', () => {
  /** A made-up "who decides?" question whose someone-else option lists the head of the company. */
  const withBoss = madeUpDefinition([
    decidesQuestion([
      me,
      both,
      {
        id: 'boss',
        means: ['someone_else_decides'],
        label: t('The CEO', 'Toimitusjohtaja', 'Vd:n', 'Prezes'),
        synonyms: { en: ['the CEO', 'managing director'], fi: ['toimitusjohtaja'], sv: ['vd:n'], pl: ['prezes'] },
      },
    ]),
  ]);
  const readBoss = decidesReader(withBoss);
  it.each([
    ['en', 'me and the CEO'],
    ['en', 'the managing director and I'],
    ['fi', 'minä ja toimitusjohtaja'],
    ['sv', 'vd:n och jag'],
    ['pl', 'ja i prezes'],
  ] as const)('%s "%s"', (locale, text) => {
    expect(readBoss(locale, text)).toBe('both');
  });

  it.each([
    ['en', 'the CEO'],
    ['en', 'I think the CEO'],
    ['pl', 'prezes, ja tylko zbieram oferty'],
  ] as const)('%s "%s" is the CEO’s', (locale, text) => {
    expect(readBoss(locale, text)).toBe('boss');
  });
});
