import { describe, expect, it } from 'vitest';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';
import type { Locale } from '../../definition/schema.js';

const now = new Date('2026-01-15T10:00:00Z');
/** A made-up "what line of business?" written lean, as a support-desk seller would, and a catch-all. */
const lines = madeUpDefinition([
  madeUpChoice('industry', 'company', [
    { id: 'shop', label: t('Retail', 'Kauppa', 'Handel', 'Handel'), synonyms: { en: ['retail', 'web shop'], fi: ['kauppa', 'verkkokauppa'], sv: ['handel', 'webbutik'], pl: ['handel', 'sklep internetowy'] } },
    { id: 'utilities', label: t('Energy, water and telecom', 'Energia, vesi ja tietoliikenne', 'Energi, vatten och telekom', 'Energia, woda i telekomunikacja'), synonyms: { en: ['energy company', 'water company', 'telecom'], fi: ['energiayhtiö', 'vesilaitos', 'teleoperaattori'], sv: ['energibolag', 'vattenverk', 'telekom'], pl: ['energetyka', 'wodociągi', 'telekomunikacja'] } },
    { id: 'property', label: t('Property and housing', 'Kiinteistöt', 'Fastigheter', 'Nieruchomości'), synonyms: { en: ['property management', 'landlord'], fi: ['isännöinti', 'vuokranantaja'], sv: ['fastighetsförvaltning', 'hyresvärd'], pl: ['zarządzanie nieruchomościami', 'nieruchomości'] } },
    { id: 'public', label: t('Public sector', 'Julkinen sektori', 'Offentlig sektor', 'Sektor publiczny'), synonyms: { en: ['municipality', 'council'], fi: ['kunta', 'kaupunki'], sv: ['kommun', 'myndighet'], pl: ['gmina', 'urząd'] } },
    { id: 'health', label: t('Healthcare', 'Terveyspalvelut', 'Vård', 'Ochrona zdrowia'), synonyms: { en: ['clinic', 'hospital'], fi: ['klinikka', 'sairaala'], sv: ['klinik', 'sjukhus'], pl: ['przychodnia', 'szpital'] } },
    { id: 'other', other: true, label: t('Something else', 'Jokin muu', 'Något annat', 'Coś innego') },
  ]),
]);
const read = (locale: Locale, text: string) => recordedFacts(lines, text, { locale, now, asking: 'industry' }).industry;

describe('a kind of business said as natives say it answers the option covering its trade, or the catch-all', () => {
  it.each([
    // Utilities: energy, heat, the grid, wind, water, broadband.
    ['en', 'electricity retailer, about 60k households', 'utilities'],
    ['en', 'we run district heating and a couple of wind farms', 'utilities'],
    ['en', 'telco', 'utilities'],
    ['fi', 'kaukolämpö ja sähkönjakelu', 'utilities'],
    ['fi', 'tuulivoimaa, parikymmentä tuulivoimalaa', 'utilities'],
    ['fi', 'vesiosuuskunta, aika pieni', 'utilities'],
    ['sv', 'fjärrvärme', 'utilities'],
    ['sv', 'kommunalt VA-bolag', 'utilities'],
    ['sv', 'vi är en bredbandsleverantör, fiber till villor', 'utilities'],
    ['sv', 'vattenverket i kommunen, VA-bolag', 'utilities'],
    ['pl', 'sprzedajemy gaz i prąd firmom', 'utilities'],
    ['pl', 'farmy wiatrowe, mamy ok. 30 turbin', 'utilities'],
    ['pl', 'operator sieci dystrybucyjnej prądu', 'utilities'],
    // Letting homes is property; letting holiday cottages is accommodation, no option here.
    ['en', 'we manage about 2,000 rented flats', 'property'],
    ['fi', 'vuokrataan asuntoja, n. 900 kämppää', 'property'],
    ['sv', 'vi hyr ut lägenheter i Uppsala', 'property'],
    ['pl', 'wynajmujemy mieszkania studentom', 'property'],
    ['en', 'holiday lets in Cornwall', 'other'],
    ['fi', 'vuokrataan mökkejä Saimaalla', 'other'],
    ['sv', 'vi hyr ut stugor i Åre', 'other'],
    ['pl', 'wynajmujemy domki nad morzem', 'other'],
    ['en', 'boutique hotel by the lake, 30 rooms', 'other'],
    // Public bodies by what they are.
    ['fi', 'kaupunginkirjasto', 'public'],
    ['sv', 'stadsbiblioteket', 'public'],
    ['pl', 'MOPS, obsługujemy mieszkańców', 'public'],
    // Trades no option lists: vets, gyms, car repair, taxis.
    ['en', 'a vet practice', 'other'],
    ['fi', 'eläinlääkäriasema', 'other'],
    ['en', 'chain of gyms', 'other'],
    ['sv', 'gymkedja', 'other'],
    ['pl', 'naprawiamy samochody, mamy warsztat', 'other'],
    ['en', 'minicab firm', 'other'],
  ] as const)('%s "%s" is %s', (locale, text, industry) => {
    expect(read(locale, text)).toBe(industry);
  });
});

describe('words near a trade’s name are not that trade', () => {
  it.each([
    // "dental" is one letter off "rental": no letting business.
    ['en', 'private dental clinic chain, 6 clinics', 'property'],
    // "elektryczny" (electrical) shares its stem with no power plant.
    ['pl', 'podwykonawca elektryczny dla dużych wykonawców', 'utilities'],
    // Selling goods is a shop, not the energy sold by a utility.
    ['en', 'we sell electrical goods online', 'utilities'],
  ] as const)('%s "%s" is not %s', (locale, text, industry) => {
    expect(read(locale, text)).not.toBe(industry);
  });
});
