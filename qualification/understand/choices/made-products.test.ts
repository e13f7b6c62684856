import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up "what does your plant make?" whose options name divisions of manufacturing, lean, and a catch-all. */
const plants = madeUpDefinition([
  madeUpChoice('industry', 'company', [
    { id: 'food', label: t('Food and drink', 'Elintarvikkeet', 'Livsmedel', 'Spożywka'), synonyms: { en: ['food production', 'dairy'], fi: ['elintarviketeollisuus', 'meijeri'], sv: ['livsmedelsindustri', 'mejeri'], pl: ['przemysł spożywczy', 'mleczarnia'] } },
    { id: 'metal', label: t('Metal', 'Metalli', 'Metall', 'Metal'), synonyms: { en: ['metalworking', 'machine shop'], fi: ['konepaja', 'metalliteollisuus'], sv: ['verkstadsindustri', 'metallindustri'], pl: ['obróbka metali', 'konstrukcje stalowe'] } },
    { id: 'process', label: t('Process industry', 'Prosessiteollisuus', 'Processindustri', 'Przemysł procesowy'), synonyms: { en: ['chemicals', 'plastics', 'pharmaceuticals'], fi: ['kemianteollisuus', 'muovi', 'lääketeollisuus'], sv: ['kemisk industri', 'plast', 'läkemedel'], pl: ['przemysł chemiczny', 'tworzywa sztuczne', 'farmacja'] } },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);
/** The same asked of any business, with one option for all of manufacturing. */
const businesses = madeUpDefinition([
  madeUpChoice('industry', 'company', [
    { id: 'factory', label: t('Manufacturing', 'Teollisuus', 'Tillverkning', 'Produkcja'), synonyms: { en: ['manufacturing', 'factory'], fi: ['teollisuus', 'tehdas'], sv: ['tillverkning', 'fabrik'], pl: ['produkcja', 'fabryka'] } },
    { id: 'building', label: t('Construction', 'Rakentaminen', 'Bygg', 'Budownictwo'), synonyms: { en: ['construction', 'contractor'], fi: ['rakennusala', 'urakoitsija'], sv: ['byggföretag', 'entreprenad'], pl: ['budownictwo', 'firma budowlana'] } },
    { id: 'shop', label: t('Retail', 'Kauppa', 'Handel', 'Handel'), synonyms: { en: ['shop', 'retail'], fi: ['kauppa', 'myymälä'], sv: ['butik', 'detaljhandel'], pl: ['sklep', 'handel detaliczny'] } },
    { id: 'software', label: t('Software', 'Ohjelmistot', 'Mjukvara', 'Oprogramowanie'), synonyms: { en: ['software', 'SaaS'], fi: ['ohjelmistoyritys', 'SaaS'], sv: ['mjukvara', 'SaaS'], pl: ['oprogramowanie', 'SaaS'] } },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);
const plant = (locale: Locale, text: string) => recordedFacts(plants, text, { locale, now, asking: 'industry' }).industry;
const business = (locale: Locale, text: string) => recordedFacts(businesses, text, { locale, now, asking: 'industry' }).industry;

describe('what a plant makes, named after a verb of making or beside a factory, is the division making it', () => {
  it.each([
    ['en', 'we manufacture furniture', 'other'],
    ['fi', 'valmistamme huonekaluja', 'other'],
    ['sv', 'vi tillverkar möbler', 'other'],
    ['pl', 'produkujemy meble', 'other'],
    ['en', 'we bake bread and rolls for the supermarkets', 'food'],
    ['fi', 'leivotaan leipää kauppoihin', 'food'],
    ['sv', 'vi bakar bröd till ICA och Coop', 'food'],
    ['pl', 'pieczemy chleb dla sieci handlowych', 'food'],
    ['en', 'we make steel structures for halls', 'metal'],
    ['fi', 'tehdään teräsrakenteita halleihin', 'metal'],
    ['sv', 'vi gör stålkonstruktioner', 'metal'],
    ['pl', 'robimy konstrukcje stalowe', 'metal'],
    ['en', 'we produce plastic packaging', 'process'],
    ['fi', 'lääketehdas, tabletteja ja kapseleita', 'process'],
    ['sv', 'vi tillverkar plastförpackningar', 'process'],
    ['pl', 'produkujemy opakowania z tworzyw, wtrysk', 'process'],
    ['fi', 'huonekalutehdas', 'other'],
    ['pl', 'fabryka mebli', 'other'],
  ] as const)('%s "%s" is %s', (locale, text, industry) => {
    expect(plant(locale, text)).toBe(industry);
  });

  it.each([
    ['en', 'we build houses, family homes mostly', 'building'],
    ['fi', 'rakennetaan omakotitaloja', 'building'],
    ['sv', 'vi bygger villor', 'building'],
    ['pl', 'budujemy domy jednorodzinne', 'building'],
    ['en', 'we make machines for sawmills', 'factory'],
    ['fi', 'tehdään metsäkoneita', 'factory'],
    ['sv', 'vi gör maskiner', 'factory'],
    ['pl', 'robimy maszyny rolnicze', 'factory'],
  ] as const)('%s "%s" is %s', (locale, text, industry) => {
    expect(business(locale, text)).toBe(industry);
  });
});

describe('a product alone, sold, renovated or made into something else names no manufacturing', () => {
  it.each([
    ['en', 'furniture'],
    ['fi', 'huonekaluja'],
    ['sv', 'möbler'],
    ['pl', 'meble'],
    ['en', 'we renovate kitchens and bathrooms'],
    ['sv', 'vi renoverar badrum och kök'],
    ['pl', 'remontujemy łazienki i kuchnie'],
  ] as const)('%s "%s" is not manufacturing', (locale, text) => {
    expect(business(locale, text)).not.toBe('factory');
  });

  it.each([
    ['en', 'we sell furniture', 'shop'],
    ['fi', 'myydään huonekaluja', 'shop'],
    ['sv', 'vi säljer möbler', 'shop'],
    ['pl', 'sprzedajemy meble', 'shop'],
    ['en', 'we make software for furniture shops', 'software'],
  ] as const)('%s "%s" is %s', (locale, text, industry) => {
    expect(business(locale, text)).toBe(industry);
  });
});
