import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/**
 * A made-up role question of a helpdesk seller: the lead option names the function only inside its
 * titles ("customer service manager", "asiakaspalvelupäällikkö"), the agents' option the function's
 * staff; neither lists a verb of leading nor a deputy.
 */
const roles = madeUpRoleQuestion([
  { id: 'lead', label: t('Service lead', 'Esihenkilö', 'Chef', 'Kierownik'), synonyms: { en: ['customer service manager', 'head of support'], fi: ['asiakaspalvelupäällikkö', 'HR-päällikkö'], sv: ['kundtjänstchef', 'supportchef'], pl: ['kierownik obsługi klienta', 'kierownik HR'] } },
  { id: 'agent', label: t('Agent', 'Asiakaspalvelija', 'Kundtjänstmedarbetare', 'Konsultant'), synonyms: { en: ['support agent'], fi: ['asiakaspalvelija'], sv: ['kundtjänstmedarbetare'], pl: ['konsultant'] } },
  { id: 'boss', label: t('Owner / CEO', 'Toimitusjohtaja', 'Vd', 'Prezes'), synonyms: { en: ['CEO'], fi: ['toimitusjohtaja'], sv: ['vd'], pl: ['prezes'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('asked their role, leading the function a title names is holding that title', () => {
  it.each([
    ['en', 'I lead the customer service team'],
    ['en', 'I head up support'],
    ['fi', 'vedän asiakaspalvelutiimiä'],
    ['fi', 'johdan HR:ää'],
    ['sv', 'jag leder supportteamet'],
    ['sv', 'jag leder kundtjänsten'],
    ['pl', 'kieruję zespołem obsługi klienta'],
    ['pl', 'zarządzam obsługą klienta'],
  ] as const)('%s "%s" is the lead option’s', (locale, text) => {
    expect(read(locale, text)).toEqual({ role: 'lead' });
  });

  it.each([
    // Someone else leading it is not the visitor's title; nor is working in it.
    ['en', 'my boss leads customer service', {}],
    ['sv', 'min chef leder kundtjänsten', {}],
    // Working in it is the agents' work (contact centre clerks, 4.2.2.2).
    ['en', 'I work in customer service', { role: 'agent' }],
  ] as const)('%s "%s" is not the lead option’s', (locale, text, expected) => {
    expect(read(locale, text)).toEqual(expected);
  });
});

describe('asked their role, a deputy beside a title in the genitive stands in for that function', () => {
  it.each([
    ['fi', 'asiakaspalvelupäällikön sijainen', 'lead'],
    ['fi', 'toimin HR-päällikön sijaisena', 'lead'],
    ['fi', 'toimitusjohtajan sijainen', 'boss'],
    ['pl', 'zastępca kierownika obsługi klienta', 'lead'],
    ['pl', 'jestem zastępczynią kierownika HR', 'lead'],
    ['pl', 'zastępca prezesa', 'boss'],
  ] as const)('%s "%s" is the %s option’s', (locale, text, role) => {
    expect(read(locale, text)).toEqual({ role });
  });

  it.each([
    // Whose assistant the visitor is stays another person's title.
    ['pl', 'asystentka prezesa'],
    ['fi', 'toimitusjohtajan assistentti'],
    ['sv', 'vd:ns assistent'],
  ] as const)('%s "%s" is not the title named', (locale, text) => {
    expect(read(locale, text).role).not.toBe('boss');
  });
});
