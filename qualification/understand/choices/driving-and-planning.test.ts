import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up role question of a haulage seller: options name titles only, no driving nor planning said as work. */
const roles = madeUpRoleQuestion([
  { id: 'boss', label: t('Owner', 'Omistaja', 'Ägare', 'Właściciel'), synonyms: { en: ['owner'], fi: ['omistaja'], sv: ['ägare'], pl: ['właściciel'] } },
  { id: 'planner', label: t('Operations', 'Operatiivinen', 'Drift', 'Operacje'), synonyms: { en: ['operations manager', 'dispatcher'], fi: ['operatiivinen johtaja', 'ajojärjestelijä'], sv: ['driftchef', 'trafikledare'], pl: ['kierownik operacyjny', 'dyspozytor'] } },
  { id: 'driver', label: t('Driver', 'Kuljettaja', 'Chaufför', 'Kierowca'), synonyms: { en: ['truck driver'], fi: ['kuljettaja'], sv: ['chaufför'], pl: ['kierowca'] } },
  { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
]);
const read = (locale: Locale, text: string) => recordedFacts(roles, text, { locale, now, asking: 'role' });

describe('asked their role, driving a vehicle or planning the routes and rosters is that job, in four locales', () => {
  it.each([
    ['en', 'I drive a truck', 'driver'],
    ['fi', 'ajan rekkaa', 'driver'],
    ['fi', 'ajan kuorma-autoa', 'driver'],
    ['sv', 'jag kör lastbil', 'driver'],
    ['pl', 'jeżdżę na ciężarówce', 'driver'],
    ['pl', 'jeżdżę tirem', 'driver'],
    ['en', 'I plan the routes', 'planner'],
    ['fi', 'suunnittelen reitit', 'planner'],
    ['sv', 'jag lägger schemat', 'planner'],
    ['pl', 'planuję trasy, a szefem jest mój teść', 'planner'],
    ['pl', 'układam grafik', 'planner'],
  ] as const)('%s "%s" is the %s option’s', (locale, text, role) => {
    expect(read(locale, text)).toEqual({ role });
  });

  it.each([
    // Staff who drive are no answer about the visitor.
    ['en', 'we have 12 drivers who drive trucks'],
    ['pl', 'mamy 20 kierowców, jeżdżą ciężarówkami'],
  ] as const)('%s "%s" says nothing of the visitor', (locale, text) => {
    expect(read(locale, text)).toEqual({});
  });
});
