import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../answer.js';
import type { LeadDefinition, Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { madeUpDefinition } from '../../../test/support/made-up-definition.js';
import { understand } from '../understand.js';
import { tradesIn } from './trade-codes.js';

const now = new Date('2026-01-15T10:00:00Z');
const read = (definition: LeadDefinition, locale: Locale, text: string, asking: string) =>
  Object.fromEntries(
    understand(definition, text, { locale, now, asking })
      .extractions.filter((e) => e.confidence >= CONFIDENT)
      .map((e) => [e.criterionId, e.value]),
  );

const organisations = madeUpDefinition([
  {
    id: 'kind',
    category: 'company',
    type: 'choice',
    question: { en: 'What kind of organisation are you?' },
    why: { en: 'w' },
    options: [
      { id: 'business', label: { en: 'Company', fi: 'Yritys', sv: 'Företag', pl: 'Firma' } },
      { id: 'school', label: { en: 'School', fi: 'Koulu', sv: 'Skola', pl: 'Szkoła' } },
      { id: 'public', label: { en: 'Municipality', fi: 'Kunta', sv: 'Kommun', pl: 'Gmina' } },
      { id: 'care', label: { en: 'Healthcare', fi: 'Terveydenhuolto', sv: 'Vård', pl: 'Opieka zdrowotna' } },
      { id: 'other', other: true, label: { en: 'Other', fi: 'Muu', sv: 'Annat', pl: 'Inne' } },
    ],
  },
]);

describe('an option for companies of any trade, beside other kinds of organisation', () => {
  it.each([
    // A business no other option covers (NACE A–N) is a company, not "something else".
    ['en', 'an accounting firm', 'business'],
    ['en', 'we are a logistics company', 'business'],
    ['fi', 'mainostoimisto', 'business'],
    ['sv', 'ett åkeri', 'business'],
    ['pl', 'hurtownia', 'business'],
    // Churches, clubs and residents' housing associations run no business: the catch-all's.
    ['en', 'a church', 'other'],
    ['fi', 'taloyhtiö', 'other'],
    ['sv', 'en bostadsrättsförening', 'other'],
    ['pl', 'klub sportowy', 'other'],
    // A trade another option covers stays that option's.
    ['en', 'a dental clinic', 'care'],
  ] as const)('%s: %s', (locale, text, value) => {
    expect(read(organisations, locale, text, 'kind')).toEqual({ kind: value });
  });
});

const homes = madeUpDefinition([
  {
    id: 'site',
    category: 'company',
    type: 'choice',
    question: { en: 'What kind of property is it?' },
    why: { en: 'w' },
    options: [
      {
        id: 'owners',
        label: { en: 'Owners\' association', fi: 'Asunto-osakeyhtiö', sv: 'Bostadsrättsförening', pl: 'Wspólnota mieszkaniowa' },
        synonyms: { en: ['homeowners association', 'condo'], sv: ['brf', 'bostadsförening'] },
      },
      { id: 'landlord', label: { en: 'Landlord', fi: 'Vuokranantaja', sv: 'Hyresvärd', pl: 'Wynajem mieszkań' } },
      { id: 'business', label: { en: 'Company', fi: 'Yritys', sv: 'Företag', pl: 'Firma' } },
      { id: 'public', label: { en: 'Municipality', fi: 'Kunta', sv: 'Kommun', pl: 'Gmina' } },
      { id: 'other', other: true, label: { en: 'Other', fi: 'Muu', sv: 'Annat', pl: 'Inne' } },
    ],
  },
]);

describe('a housing association its residents own is no association (S.94) by its compound tail', () => {
  it.each([
    ['sv', 'bostadsrättsförening', 'L.68.20.2', 'S.94'], // not also "förening" (associations)
    ['sv', 'samfällighetsföreningen', 'L.68.20.2', 'S.94'],
    ['en', "owners' association", 'L.68.20.2', 'S.94'],
  ] as const)('%s "%s" is %s, not %s', (locale, text, code, not) => {
    expect(tradesIn(text, packFor(locale))).toContain(code);
    expect(tradesIn(text, packFor(locale))).not.toContain(not);
  });

  it.each([
    // An owners' association's option covers no churches, clubs or foundations: the catch-all takes them.
    ['en', 'a parish church with its own car park', 'other'],
    ['en', 'we are a charity', 'other'],
    ['fi', 'ortodoksinen seurakunta', 'other'],
    ['sv', 'en idrottsförening', 'other'],
    ['sv', 'stiftelsen äger huset', 'other'],
    ['pl', 'stowarzyszenie', 'other'],
    ['sv', 'brf:en', 'owners'],
  ] as const)('%s: %s', (locale, text, value) => {
    expect(read(homes, locale, text, 'site')).toEqual({ site: value });
  });
});

const builders = madeUpDefinition([
  {
    id: 'kind',
    category: 'company',
    type: 'choice',
    question: { en: 'What kind of company are you?' },
    why: { en: 'w' },
    options: [
      { id: 'builder', label: { en: 'Builder' }, synonyms: { en: ['construction company', 'general contractor'], fi: ['rakennusliike'], sv: ['byggföretag'], pl: ['firma budowlana'] } },
      { id: 'developer', label: { en: 'Developer' }, synonyms: { en: ['property developer', 'real estate developer'], fi: ['rakennuttaja'], sv: ['byggherre'], pl: ['deweloper'] } },
      { id: 'electrical', label: { en: 'Electrical contractor' }, synonyms: { en: ['electrician'], fi: ['sähköurakoitsija'], sv: ['elfirma'], pl: ['elektryk'] } },
      { id: 'public', label: { en: 'Municipality', fi: 'Kunta', sv: 'Kommun', pl: 'Gmina' } },
      { id: 'other', other: true, label: { en: 'Other', fi: 'Muu', sv: 'Annat', pl: 'Inne' } },
    ],
  },
]);

describe('a property developer develops building projects (F.41.1), not real estate (L)', () => {
  it.each([
    // Developers by other words of theirs.
    ['en', 'a residential developer', 'developer'],
    ['fi', 'asuntorakennuttaja', 'developer'],
    ['sv', 'vi är bostadsutvecklare', 'developer'],
    ['pl', 'firma deweloperska', 'developer'],
    // A housing association its residents own is no developer: the catch-all's.
    ['en', "we're a housing co-op", 'other'],
    ['fi', 'asunto-osakeyhtiö', 'other'],
    ['sv', 'samfällighetsförening', 'other'],
    ['pl', 'spółdzielnia mieszkaniowa', 'other'],
  ] as const)('%s "%s" -> %s', (locale, text, option) => {
    expect(read(builders, locale, text, 'kind')).toEqual({ kind: option });
  });
});
