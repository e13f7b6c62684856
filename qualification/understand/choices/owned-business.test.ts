import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question whose owner option names no business, nor any verb of owning or running one. */
const roles = madeUpRoleQuestion([
  { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'CEO'], fi: ['omistaja', 'toimitusjohtaja'], sv: ['ägare', 'vd'], pl: ['właściciel', 'prezes'] } },
  { id: 'money', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse'), synonyms: { en: ['CFO', 'accountant'], fi: ['talousjohtaja', 'kirjanpitäjä'], sv: ['ekonomichef'], pl: ['księgowa', 'dyrektor finansowy'] } },
  { id: 'ops', label: t('Operations', 'Operatiivinen', 'Drift', 'Operacje'), synonyms: { en: ['operations manager', 'warehouse manager'], fi: ['operatiivinen johtaja', 'varastopäällikkö'], sv: ['driftchef', 'lagerchef'], pl: ['kierownik operacyjny', 'kierownik magazynu'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('asked their role, a business the visitor owns, runs or founded is the owner’s work, whatever the business', () => {
  it.each([
    ['en', 'I own the clinic'],
    ['en', 'I run the practice'],
    ['en', 'I run the shop with my wife'],
    ['en', 'I started the business'],
    ['en', 'I set up the company ten years ago'],
    ['fi', 'perustin firman, eli vähän kaikkea'],
    ['fi', 'pyöritän ravintolaa vaimon kanssa'],
    ['fi', 'perustin yrityksen'],
    ['sv', 'jag startade bolaget så lite av allt'],
    ['sv', 'jag driver restaurangen med min fru'],
    ['sv', 'jag grundade företaget'],
    ['pl', 'założyłem firmę, więc wszystkiego po trochu'],
    ['pl', 'prowadzę restaurację z mężem'],
    ['pl', 'mam firmę sprzątającą'],
  ] as const)('%s "%s" is the owner option’s', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'boss' });
  });

  it.each([
    // A department of the business is that function's work.
    ['en', 'I run the warehouse', { role: 'ops' }],
    ['fi', 'pyöritän varastoa', { role: 'ops' }],
    ['sv', 'jag driver lagret', { role: 'ops' }],
    ['pl', 'prowadzę magazyn', { role: 'ops' }],
    // Someone else's business, a negated verb, or "we": no owner.
    ['en', 'my boss owns the place', {}],
    ['en', 'we run a restaurant', {}],
    ['en', 'I don’t own the company', {}],
    ['fi', 'en omista yritystä', {}],
    ['sv', 'min chef äger bolaget', {}],
    ['sv', 'jag äger inte företaget', {}],
    ['pl', 'nie prowadzę firmy', {}],
    // A word joining something else ends what the verb took: a career's start is no business founded.
    ['en', 'I started as a cleaner at the company', {}],
    ['sv', 'jag startade som städare på företaget', {}],
    ['en', 'I run the kitchen at a hotel', {}],
    // Having something that is no business.
    ['en', 'I have a question about the price', {}],
    ['fi', 'minulla on kysymys hinnasta', {}],
    ['pl', 'mam pytanie o cenę', {}],
  ] as const)('%s "%s" is not the owner’s', (locale, text, expected) => {
    expect(read(locale, text)).toEqual(expected);
  });

  it('unasked, owning a business says nothing of the role', () => {
    expect(recordedFacts(roles, 'I own the clinic', { locale: 'en', now, asking: null })).toEqual({});
  });
});
