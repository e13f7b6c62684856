import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up industry question whose options list trades by their nouns only: no verb of making or building. */
const industries = madeUpDefinition([
  madeUpChoice('industry', 'company', [
    { id: 'software', label: t('Software', 'Ohjelmistot', 'Mjukvara', 'Oprogramowanie'), synonyms: { en: ['software', 'SaaS'], fi: ['ohjelmistoyritys', 'SaaS'], sv: ['mjukvara', 'SaaS'], pl: ['oprogramowanie', 'SaaS'] } },
    { id: 'building', label: t('Construction', 'Rakentaminen', 'Bygg', 'Budownictwo'), synonyms: { en: ['construction', 'contractor'], fi: ['rakennusala', 'urakoitsija'], sv: ['byggföretag', 'entreprenad'], pl: ['budownictwo', 'firma budowlana'] } },
    { id: 'factory', label: t('Manufacturing', 'Teollisuus', 'Tillverkning', 'Produkcja'), synonyms: { en: ['manufacturing', 'factory'], fi: ['teollisuus', 'tehdas'], sv: ['tillverkning', 'fabrik'], pl: ['produkcja', 'fabryka'] } },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);
const read = (locale: Locale, text: string) => recordedFacts(industries, text, { locale, now, asking: 'industry' });

describe('asked the line of business, a verb of making or building is the trade, unless what it makes names another', () => {
  it.each([
    ['en', 'we build houses, family homes mostly', 'building'],
    ['en', 'we renovate kitchens and bathrooms', 'building'],
    ['en', 'we manufacture furniture', 'factory'],
    ['fi', 'rakennetaan omakotitaloja', 'building'],
    ['fi', 'remontoimme kylpyhuoneita', 'building'],
    ['fi', 'valmistamme huonekaluja', 'factory'],
    ['sv', 'vi bygger villor', 'building'],
    ['sv', 'vi renoverar badrum och kök', 'building'],
    ['sv', 'vi tillverkar möbler', 'factory'],
    ['pl', 'budujemy domy jednorodzinne', 'building'],
    ['pl', 'remontujemy łazienki i kuchnie', 'building'],
    ['pl', 'produkujemy meble', 'factory'],
  ] as const)('%s "%s" is %s', (locale, text, industry) => {
    expect(read(locale, text)).toEqual({ industry });
  });

  it.each([
    ['en', 'we make apps for restaurants to take orders'],
    ['en', 'we build apps'],
    ['fi', 'tehdään sovelluksia kuntosaleille'],
    ['fi', 'me tehdään taloushallinnon SaaS-palvelua tilitoimistoille'],
    ['pl', 'produkujemy oprogramowanie dla szkół'],
  ] as const)('%s "%s" is what is made (software), not manufacturing or building', (locale, text) => {
    expect(read(locale, text)).toEqual({ industry: 'software' });
  });

  it('"tehdään" (we do) is no "tehdas" (factory)', () => {
    expect(read('fi', 'tehdään mökkivuokrausta Saimaalla').industry).not.toBe('factory');
  });
});
