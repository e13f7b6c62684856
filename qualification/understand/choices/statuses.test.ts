import { describe, expect, it } from 'vitest';
import { madeUpRoleQuestion, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
const boss = { id: 'boss', label: t('Owner / CEO', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'CEO'], fi: ['omistaja'], sv: ['ägare', 'vd'], pl: ['właściciel', 'prezes'] } };
const it_ = { id: 'it', label: t('IT', 'IT', 'IT', 'IT'), synonyms: { en: ['IT manager'], fi: ['IT-päällikkö'], sv: ['IT-chef'], pl: ['kierownik IT'] } };
const other = { id: 'else', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') };
/** Made-up role questions with a catch-all and, in the second, an option for those who hold no job. */
const plain = madeUpRoleQuestion([boss, it_, other]);
const withStudents = madeUpRoleQuestion([boss, it_, { id: 'no_job', label: t('Not working', 'Ei töissä', 'Arbetar inte', 'Nie pracuję'), means: ['student', 'job_hunting', 'retired'] }, other]);

const read = (definition: typeof plain, locale: Locale, text: string) => recordedFacts(definition, text, { locale, now, asking: 'role' });

describe('asked their job, a student, job seeker or pensioner answers the catch-all', () => {
  it.each([
    ['en', 'I’m a student'],
    ['en', 'retired, just curious'],
    ['fi', 'opiskelen vielä'],
    ['fi', 'olen työtön'],
    ['sv', 'jag studerar ekonomi'],
    ['sv', 'pensionär'],
    ['pl', 'jestem studentem'],
    ['pl', 'szukam pracy'],
  ] as const)('%s "%s"', (locale, text) => {
    expect(read(plain, locale, text)).toEqual({ role: 'else' });
  });

  it.each([
    ['en', 'I’m a student, final year'],
    ['fi', 'eläkeläinen'],
    ['sv', 'jag studerar ekonomi'],
    ['pl', 'jestem studentem'],
  ] as const)('%s "%s" goes to an option that means that status', (locale, text) => {
    expect(read(withStudents, locale, text)).toEqual({ role: 'no_job' });
  });

  it('a job named beside the studies is the job’s option', () => {
    expect(read(plain, 'en', 'IT manager, studying part-time')).toEqual({ role: 'it' });
  });
});
