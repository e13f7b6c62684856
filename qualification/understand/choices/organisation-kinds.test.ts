import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

/** A question about which kind of organisation the visitor is: only two options besides "Company" name trades. */
const definition = madeUpDefinition([
  madeUpChoice('kind', 'company', [
    { id: 'company', label: t('Company', 'Yritys', 'Företag', 'Firma'), synonyms: { en: ['business', 'SME'], fi: ['pk-yritys'], sv: ['bolag'], pl: ['przedsiębiorstwo'] } },
    { id: 'public', label: t('Municipality', 'Kunta', 'Kommun', 'Gmina'), synonyms: { en: ['public sector'], fi: ['kaupunki'], sv: ['region'], pl: ['urząd'] } },
    { id: 'housing', label: t('Housing company', 'Taloyhtiö', 'Bostadsrättsförening', 'Wspólnota mieszkaniowa') },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);

const NOW = new Date('2026-06-15T10:00:00Z');
function read(locale: Locale, text: string): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking: 'kind' }).extractions.find((e) => e.criterionId === 'kind');
  return found && found.confidence >= CONFIDENT ? found.value : undefined;
}

describe('asked which kind of organisation, beside a company option', () => {
  it.each<[Locale, string, string]>([
    // A trade of the business economy is a company.
    ['en', 'we run a bakery with two shops', 'company'],
    ['fi', 'kuljetusliike', 'company'],
    ['sv', 'vi är en redovisningsbyrå', 'company'],
    ['pl', 'hurtownia elektryczna', 'company'],
    // Churches and clubs are the catch-all's, housing companies by any of their names the housing option's.
    ['en', 'a golf club', 'other'],
    ['fi', 'ev.lut. seurakunta', 'other'],
    ['sv', 'en idrottsklubb', 'other'],
    ['pl', 'parafia rzymskokatolicka', 'other'],
    ['fi', 'As Oy Koivukuja', 'housing'],
    ['sv', 'brf med 30 lägenheter', 'housing'],
  ])('%s: "%s" → %s', (locale, text, value) => expect(read(locale, text)).toBe(value));

  it.each<[Locale, string]>([
    // Schools and clinics are run by companies and municipalities alike: the visitor says which.
    ['en', 'a chain of physiotherapy clinics'],
    ['pl', 'przedszkole'],
    // A club with a café is a club, not the company the café alone would make it: asked back.
    ['fi', 'jalkapalloseura, meillä on myös kahvila'],
    ['en', 'a sports club that also runs a restaurant'],
  ])('%s: "%s" is no guess', (locale, text) => expect(read(locale, text)).toBeUndefined());
});
