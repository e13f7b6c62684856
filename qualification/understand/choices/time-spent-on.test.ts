import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up seller's pain question with an option for slowness, one for the admin load and one
 * named in the trade's own words: time lost is said of what it is lost on.
 */
const definition = madeUpDefinition([
  madeUpChoice('pain', 'situation', [
    { id: 'admin', label: t('Admin load', 'Hallintotaakka', 'Adminbörda', 'Obciążenie administracyjne'), means: ['manual_work'] },
    { id: 'slow', label: t('Turnaround', 'Läpimenoaika', 'Ledtid', 'Czas realizacji'), means: ['takes_too_long'] },
    { id: 'slips', label: t('Slips', 'Lipsahdukset', 'Missar', 'Wpadki'), means: ['errors'] },
    {
      id: 'parts',
      label: t('Spare parts', 'Varaosat', 'Reservdelar', 'Części zamienne'),
      synonyms: { en: ['stockroom'], fi: ['varasto'], sv: ['förråd'], pl: ['magazyn'] },
    },
  ]),
]);
const NOW = new Date('2026-12-02T10:00:00Z');
const read = (locale: Locale, text: string) => recordedFacts(definition, text, { locale, now: NOW, asking: 'pain' });

describe('time lost is said of what it is lost on, in every locale', () => {
  it.each<[Locale, string, string]>([
    ['en', 'we waste time on paperwork', 'admin'],
    ['en', 'paperwork takes forever', 'admin'],
    ['en', 'we waste hours hunting for things in the stockroom', 'parts'],
    ['fi', 'käsin kirjaaminen vie liikaa aikaa', 'admin'],
    ['fi', 'paperityöt vie liikaa aikaa', 'admin'],
    ['sv', 'pappersarbete tar för mycket tid', 'admin'],
    ['sv', 'vi lägger timmar på pappersarbete', 'admin'],
    ['pl', 'tracimy czas na przepisywanie danych', 'admin'],
    ['pl', 'przepisywanie faktur zajmuje wieki', 'admin'],
    ['pl', 'technicy tracą godziny na szukanie części w magazynie', 'parts'],
  ])('%s: "%s" → %s', (locale, text, option) => expect(read(locale, text)).toEqual({ pain: option }));

  it.each<[Locale, string]>([
    ['en', 'everything takes too long'],
    ['fi', 'kaikki vie liikaa aikaa'],
    ['sv', 'allt tar för lång tid'],
    ['pl', 'wszystko trwa za długo'],
  ])('%s: "%s" alone is the slowness', (locale, text) => expect(read(locale, text)).toEqual({ pain: 'slow' }));

  it.each<[Locale, string]>([
    // Two things named, joined: neither is what the time is lost on.
    ['en', 'mistakes everywhere and everything takes too long'],
    ['fi', 'virheitä ja kaikki vie liikaa aikaa'],
    ['sv', 'fel överallt och allt tar för lång tid'],
    ['pl', 'błędy w fakturach i wszystko trwa za długo'],
  ])('%s: "%s" is no one of them for sure', (locale, text) => expect(read(locale, text).pain).toBeUndefined());
});
