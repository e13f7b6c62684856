import { describe, expect, it } from 'vitest';
import { loadDevDefinition } from '../../../bench/understanding/dev-set.js';
import { parseDefinition } from '../../definition/parse.js';
import { CONFIDENT } from '../../answer.js';
import { packFor } from '../../locales/index.js';
import type { LeadDefinition, Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { tradesIn } from './trade-codes.js';

const now = new Date('2026-01-15T10:00:00Z');
const answer = (definition: LeadDefinition, locale: Locale, text: string, asking: string) =>
  understand(definition, text, { locale, now, asking }).extractions.find((e) => e.criterionId === asking && e.confidence >= CONFIDENT)?.value;

/** Trades the packs name apart, as NACE's classes do, so an option for one of them does not take its neighbour. */
describe('neighbouring trades named apart', () => {
  it.each<[Locale, string, string]>([
    ['en', 'a firm of chartered accountants', 'M.69.2'],
    ['en', 'a legal practice in town', 'M.69.1'],
    ['fi', 'tilitoimistossa', 'M.69.2'],
    ['fi', 'lakitoimistoa', 'M.69.1'],
    ['sv', 'revisionsbyrån', 'M.69.2'],
    ['sv', 'advokatfirman', 'M.69.1'],
    ['pl', 'biura rachunkowego', 'M.69.2'],
    ['pl', 'kancelarii prawnej', 'M.69.1'],
    ['en', 'the debt recovery business', 'N.82.91'],
    ['fi', 'perintäyhtiössä', 'N.82.91'],
    ['sv', 'inkassoföretaget', 'N.82.91'],
    ['pl', 'windykacja należności', 'N.82.91'],
    ['en', 'dance classes for kids', 'P.85.52'],
    ['fi', 'tanssikursseja aikuisille', 'P.85.52'],
    ['sv', 'keramikkurser', 'P.85.52'],
    ['pl', 'warsztaty kulinarne', 'P.85.52'],
    ['en', 'corporate training', 'P.85.59'],
    ['pl', 'szkolenia dla firm', 'P.85.59'],
    ['en', 'a basketball club', 'R.93'],
    ['fi', 'jääkiekkoseura', 'R.93'],
    ['sv', 'handbollsklubben', 'R.93'],
    ['pl', 'klubu siatkarskiego', 'R.93'],
    ['sv', 'teatern', 'R.90'],
    ['pl', 'muzeum', 'R.91'],
  ])('%s "%s" names %s', (locale, text, code) => {
    expect(tradesIn(text, packFor(locale))).toContain(code);
  });
});

describe('a trade no option lists is the catch-all’s, the kind of organisation beside it an option’s', () => {
  const definitions: Record<string, LeadDefinition> = { laki: loadDevDefinition('laki'), lippu: loadDevDefinition('lippu'), kaiku: loadDevDefinition('kaiku') };
  it.each<[string, Locale, string, string, string]>([
    // Accounting beside a law-firm option: no law firm, however much legal work it does on the side.
    ['laki', 'en', 'we are an accountancy practice, we also do some legal work', 'org_kind', 'other'],
    ['laki', 'fi', 'kirjanpitotoimisto', 'org_kind', 'other'],
    ['laki', 'sv', 'vi är en bokföringsbyrå', 'org_kind', 'other'],
    ['laki', 'pl', 'biuro księgowe', 'org_kind', 'other'],
    ['laki', 'en', 'a collection agency', 'org_kind', 'other'],
    // One heating word among an energy option's many ("fjärrvärme") does not make it the one for all construction.
    ['kaiku', 'en', 'construction company, we build apartment blocks', 'industry', 'other'],
    ['kaiku', 'fi', 'rakennusliike, rakennetaan rivitaloja', 'industry', 'other'],
    ['kaiku', 'sv', 'byggföretag, vi bygger flerfamiljshus', 'industry', 'other'],
    ['kaiku', 'pl', 'firma budowlana, budujemy bloki', 'industry', 'other'],
    ['kaiku', 'en', 'district heating company', 'industry', 'utilities'],
    ['kaiku', 'fi', 'kaukolämpöyhtiö', 'industry', 'utilities'],
    ['laki', 'fi', 'perintäyhtiö', 'org_kind', 'other'],
    ['laki', 'sv', 'en inkassobyrå', 'org_kind', 'other'],
    ['laki', 'pl', 'zajmujemy się windykacją', 'org_kind', 'other'],
    // A trade read as written outweighs a guess inside it ("estate agency" is one letter off "state agency").
    ['laki', 'en', 'a small real estate agency', 'org_kind', 'other'],
    ['lippu', 'en', 'pottery classes and craft workshops', 'organiser_kind', 'other'],
    ['lippu', 'fi', 'keramiikkakursseja', 'organiser_kind', 'other'],
    ['lippu', 'sv', 'matlagningskurser och ölprovningar', 'organiser_kind', 'other'],
    ['lippu', 'pl', 'degustacje wina', 'organiser_kind', 'other'],
    ['lippu', 'en', 'we plan weddings, mostly wedding planning', 'organiser_kind', 'other'],
    // A sport names the sports option, even as the head of a compound ending in another option's word ("förening").
    ['lippu', 'en', 'ice hockey tournaments for juniors', 'organiser_kind', 'sports'],
    ['lippu', 'fi', 'salibandyseura', 'organiser_kind', 'sports'],
    ['lippu', 'sv', 'en handbollsförening', 'organiser_kind', 'sports'],
    ['lippu', 'pl', 'półmaraton i bieg górski', 'organiser_kind', 'sports'],
  ])('%s %s: "%s" answers %s with %s', (seller, locale, text, asking, option) => {
    expect(answer(definitions[seller] as LeadDefinition, locale, text, asking)).toBe(option);
  });
});

/** A lean "what do you do?" whose professional-services option names accountants and consultants, not lawyers. */
const PROFESSIONS = `
version: 1
company: { name: Test, website: https://test.example }
locales: [en]
defaultLocale: en
greeting: { en: Hi }
criteria:
  - id: industry
    category: company
    type: choice
    question: { en: "What does your company do?" }
    why: { en: "To fit the demo." }
    options:
      - { id: building, points: 10, label: { en: Construction }, synonyms: { en: [builders, construction company, renovation] } }
      - { id: professional, points: 10, label: { en: Professional services }, synonyms: { en: [accountants, consultants, consulting firm] } }
      - { id: retail, points: 10, label: { en: Retail }, synonyms: { en: [shop, online store, retailer] } }
      - { id: other, other: true, points: 0, label: { en: Something else }, synonyms: { en: [something else] } }
  - { id: contact_email, category: contact, type: email, required: true, question: { en: "Email?" }, why: { en: "To reply." } }
thresholds: { fit: 10, intent: 0 }
routing: { owners: [{ id: a, name: A, slackChannel: C1 }], defaultOwner: a }
sla: { acceptMinutes: 30, escalationChannel: C2 }
`;

describe('an option spanning several divisions of a section takes the neighbour of a class it names', () => {
  const parsed = parseDefinition(PROFESSIONS);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  it.each([
    ['law firm', 'professional'],
    ['we are solicitors', 'professional'],
    ['a bookkeeping practice', 'professional'],
    ['a debt collection agency', 'other'],
    ['hair salon', 'other'],
  ])('"%s" is %s', (text, option) => {
    expect(answer(parsed.definition, 'en', text, 'industry')).toBe(option);
  });
});
