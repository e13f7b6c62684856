import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { understand } from '../understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { toolVariants } from './tool-words.js';

/** What the visitor uses today, in the marketer's words: "system" in every locale. */
const definition = madeUpDefinition([
  madeUpChoice('tool', 'situation', [
    { id: 'payroll', label: t('Payroll system', 'Palkkajärjestelmä', 'Lönesystem', 'System kadrowo-płacowy') },
    { id: 'excel', label: t('Excel', 'Excel', 'Excel', 'Excel') },
    { id: 'none', label: t('Nothing', 'Ei mitään', 'Inget', 'Nic') },
  ]),
  madeUpChoice('goal', 'motivation', [
    { id: 'system', label: t('A system', 'Järjestelmä', 'Ett system', 'System') },
    { id: 'time', label: t('Save time', 'Säästää aikaa', 'Spara tid', 'Oszczędzić czas') },
  ], { type: 'multi' }),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
const read = (locale: Locale, text: string, asking: string | null) =>
  Object.fromEntries(understand(definition, text, { locale, now: NOW, asking }).extractions.map((e) => [e.criterionId, e.value]));

describe('another word for software', () => {
  it.each<[Locale, string]>([
    ['en', 'the rota bit of our payroll software'],
    ['en', 'a payroll app'],
    ['fi', 'palkkaohjelman kautta'],
    ['fi', 'palkkasoftalla'],
    ['sv', 'i löneprogrammet'],
    ['sv', 'lönesystemet'],
    ['pl', 'program kadrowo-płacowy'],
    ['pl', 'w programie kadrowo-płacowym'],
  ])('%s: answers the question asked as the marketer\'s words would: %s', (locale, text) => {
    expect(read(locale, text, 'tool')).toEqual({ tool: 'payroll' });
  });

  it.each<[Locale, string]>([
    ['en', 'a payroll app'],
    ['fi', 'palkkaohjelma'],
    ['sv', 'löneprogrammet'],
    ['pl', 'program kadrowo-płacowy'],
  ])('%s: is not said in passing: %s', (locale, text) => {
    expect(read(locale, text, 'goal')).toEqual({});
  });

  it.each<[Locale, string]>([
    ['en', 'some software'],
    ['fi', 'ohjelma'],
    ['sv', 'ett program'],
    ['pl', 'aplikacja'],
  ])('%s: a software word alone names no kind of tool: %s', (locale, text) => {
    expect(read(locale, text, 'tool')).toEqual({});
  });

  it('varies only synonyms that say more than the software word', () => {
    expect(toolVariants('System', packFor('en'))).toEqual([]);
    expect(toolVariants('A system', packFor('en'))).toEqual([]);
    expect(toolVariants('Ett system', packFor('sv'))).toEqual([]);
    expect(toolVariants('Järjestelmä', packFor('fi'))).toEqual([]);
    expect(toolVariants('Palkkajärjestelmä', packFor('fi'))).toContain('Palkkaohjelma');
    expect(toolVariants('HR system', packFor('en'))).toContain('HR software');
  });
});
