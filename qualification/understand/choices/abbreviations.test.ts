import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import { abbreviationVariants } from './abbreviations.js';

/** Options written out in full, as a lean definition does; visitors abbreviate them, or the other way round. */
const definition = madeUpDefinition([
  madeUpChoice('support', 'situation', [
    { id: 'outsourced', label: t('Managed service provider', 'Ulkoistettu', 'Extern partner', 'Outsourcing IT') },
    { id: 'in_house', label: t('Own IT staff', 'Oma IT', 'Egen IT', 'Własny dział IT') },
  ]),
  madeUpChoice('tool', 'situation', [
    { id: 'mail', label: t('Email', 'Sähköposti', 'Mejl', 'E-mail') },
    { id: 'sheets', label: t('Spreadsheets', 'Taulukot', 'Kalkylark', 'Arkusze') },
  ]),
  madeUpChoice('decides', 'person', [
    { id: 'meeting', label: t('General meeting', 'Yhtiökokous', 'Stämman', 'Zebranie właścicieli') },
    { id: 'board', label: t('The board', 'Hallitus', 'Styrelsen', 'Zarząd') },
  ]),
  madeUpChoice('role', 'person', [
    { id: 'manager', label: t('General manager', 'Päällikkö', 'Chef', 'Kierownik') },
    { id: 'safety', label: t('Health and safety', 'Työturvallisuus', 'Arbetsmiljö', 'BHP') },
    { id: 'builder', label: t('General contractor', 'Pääurakoitsija', 'Totalentreprenör', 'Generalny wykonawca') },
    { id: 'housing', label: t('University', 'Taloyhtiö', 'Bostadsrättsförening', 'Wspólnota mieszkaniowa') },
  ]),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
const read = (locale: Locale, text: string, asking: string | null) => recordedFacts(definition, text, { locale, now: NOW, asking });

/** [locale, criterion asked, reply, the option it names]. */
const rows: [Locale, string, string, string][] = [
  ['en', 'support', 'our MSP', 'outsourced'],
  ['en', 'support', 'an msp in town', 'outsourced'],
  ['en', 'decides', 'AGM', 'meeting'],
  ['en', 'decides', 'an EGM', 'meeting'],
  ['en', 'role', "I'm the GM", 'manager'],
  ['en', 'role', 'QHSE coordinator', 'safety'],
  ['en', 'role', "we're the GC on most jobs", 'builder'],
  ['en', 'role', 'the uni', 'housing'],
  ['pl', 'role', 'jesteśmy GW', 'builder'],
  ['pl', 'role', 'bezpieczeństwo i higiena pracy', 'safety'],
  ['pl', 'role', 'WM', 'housing'],
  ['sv', 'role', 'brf', 'housing'],
  // E-mail clipped as said: "meilit", "sposti", "mail".
  ['fi', 'tool', 'pelkät meilit', 'mail'],
  ['fi', 'tool', 'spostilla', 'mail'],
  ['sv', 'tool', 'e-post', 'mail'],
  ['sv', 'tool', 'vi kör på mail', 'mail'],
];

describe('abbreviations and their words', () => {
  it.each(rows)('%s, asked %s: "%s" is %s', (locale, asking, text, option) => {
    expect(read(locale, text, asking)).toEqual({ [asking]: option });
  });

  it.each<[Locale, string]>([
    ['en', 'our MSP'],
    ['en', 'the AGM'],
  ])('%s: an abbreviation answers only the question asked: "%s"', (locale, text) => {
    expect(read(locale, text, 'role')).toEqual({});
  });

  it('reads an acronym in a synonym only where it is written in capitals, and a phrase of three words as its initials', () => {
    const en = packFor('en');
    expect(abbreviationVariants('I do it myself', en)).toEqual([]);
    expect(abbreviationVariants('IT partner', en)).toContain('information technology partner');
    expect(abbreviationVariants('managed service provider', en)).toContain('MSP');
    expect(abbreviationVariants('general meeting', en)).toContain('AGM');
    expect(abbreviationVariants('board member', en)).toEqual([]);
  });
});
