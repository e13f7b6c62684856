import { describe, expect, it } from 'vitest';
import { CONFIDENT, type AnswerValue } from '../../answer.js';
import { parseDefinition } from '../../definition/parse.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

/**
 * Titles said with another word of rank than the marketer's ("VP of quality" for "head of
 * quality", "laatuvastaava" for "laatupäällikkö", "chef för kvalitet" for "kvalitetschef",
 * "dyrektor jakości" for "kierownik jakości"), and rank alone ("senior", "päällikkö", "chef",
 * "kierownik"), which names no function. Phrases written by hand against a made-up seller whose
 * role options name functions the locale packs do not classify, one title each, labels that do not
 * say the function's word.
 */
const roleQuestion = (company: string, options: string) => `
version: 1
company: { name: ${company} }
locales: [en, fi, sv, pl]
defaultLocale: en
greeting: { en: "Hi", fi: "Hei", sv: "Hej", pl: "Cześć" }
criteria:
  - id: role
    category: person
    type: choice
    question: { en: "What's your role?", fi: "Mikä on roolisi?", sv: "Vilken roll har du?", pl: "Jaka jest Twoja rola?" }
    why: { en: "x", fi: "x", sv: "x", pl: "x" }
    options:
${options}
thresholds:
  fit: 0
  intent: 0
routing:
  defaultOwner: sanna
  owners:
    - { id: sanna, name: Sanna Example, slackUser: U01AAAAAAA1 }
sla:
  acceptMinutes: 30
`;

const FUNCTIONS = roleQuestion('Laatu', `
      - id: owner
        label: { en: "Owner or CEO", fi: "Omistaja tai toimitusjohtaja", sv: "Ägare eller vd", pl: "Właściciel lub prezes" }
        synonyms: { en: [owner, managing director], fi: [omistaja, toimitusjohtaja], sv: [ägare, vd], pl: [właściciel, dyrektor generalny] }
      - id: quality
        label: { en: "QA", fi: "QA", sv: "QA", pl: "QA" }
        synonyms: { en: [quality manager], fi: [laatupäällikkö], sv: [kvalitetschef], pl: [kierownik jakości] }
      - id: sustainability
        label: { en: "ESG", fi: "ESG", sv: "ESG", pl: "ESG" }
        synonyms: { en: [head of sustainability], fi: [vastuullisuusjohtaja], sv: [hållbarhetsansvarig], pl: [dyrektor ds. zrównoważonego rozwoju] }
      - id: partnerships
        label: { en: "Alliances", fi: "Allianssit", sv: "Allianser", pl: "Sojusze" }
        synonyms: { en: [partnerships lead], fi: [kumppanuuspäällikkö], sv: [partneransvarig], pl: [kierownik ds. partnerstw] }
      - id: other_role
        other: true
        label: { en: "Something else", fi: "Jokin muu", sv: "Något annat", pl: "Coś innego" }`);

/** A returns service's role question: its options name job titles the packs classify (ISCO-08), so their other titles count. */
const JOBS = roleQuestion('Palautus', `
      - id: founder
        label: { en: "Founder", fi: "Perustaja", sv: "Grundare", pl: "Założyciel" }
        synonyms: { en: [founder, owner], fi: [perustaja, omistaja], sv: [grundare, ägare], pl: [założyciel, właściciel] }
      - id: webshop
        label: { en: "Webshop", fi: "Verkkokauppa", sv: "Webbutik", pl: "Sklep online" }
        synonyms: { en: [e-commerce manager], fi: [verkkokauppapäällikkö], sv: [e-handelschef], pl: [kierownik e-commerce] }
      - id: support
        label: { en: "Support", fi: "Tuki", sv: "Support", pl: "Wsparcie" }
        synonyms: { en: [customer service manager], fi: [asiakaspalvelupäällikkö], sv: [kundtjänstchef], pl: [kierownik obsługi klienta] }
      - id: warehouse
        label: { en: "Warehouse", fi: "Varasto", sv: "Lager", pl: "Magazyn" }
        synonyms: { en: [warehouse manager], fi: [varastopäällikkö], sv: [lagerchef], pl: [kierownik magazynu] }
      - id: other_role
        other: true
        label: { en: "Something else", fi: "Jokin muu", sv: "Något annat", pl: "Coś innego" }`);

/** A web shop seller's role question: sales (ISCO 1221) and its e-commerce part (1.2.2.1.1) beside each other, no finance option. */
const SHOP = roleQuestion('Kauppa', `
      - id: owner
        label: { en: "Owner or CEO", fi: "Omistaja tai toimitusjohtaja", sv: "Ägare eller vd", pl: "Właściciel lub prezes" }
        synonyms: { en: [owner, CEO], fi: [omistaja, toimitusjohtaja], sv: [ägare, vd], pl: [właściciel, prezes] }
      - id: sales
        label: { en: "Sales", fi: "Myynti", sv: "Försäljning", pl: "Sprzedaż" }
        synonyms: { en: [sales manager, sales director], fi: [myyntipäällikkö, myyntijohtaja], sv: [säljchef, försäljningschef], pl: [kierownik sprzedaży, dyrektor sprzedaży] }
      - id: webshop
        label: { en: "E-commerce", fi: "Verkkokauppa", sv: "E-handel", pl: "E-commerce" }
        synonyms: { en: [e-commerce manager], fi: [verkkokauppapäällikkö], sv: [e-handelschef], pl: [kierownik e-commerce] }
      - id: other_role
        other: true
        label: { en: "Something else", fi: "Jokin muu", sv: "Något annat", pl: "Coś innego" }`);

function parsedDefinition(yaml: string) {
  const parsed = parseDefinition(yaml);
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.definition;
}
const definitions = { functions: parsedDefinition(FUNCTIONS), jobs: parsedDefinition(JOBS), shop: parsedDefinition(SHOP) };
const NOW = new Date('2026-03-10T10:00:00Z');

type Row = [Locale, string, string | null];

function role(of: keyof typeof definitions, locale: Locale, text: string): AnswerValue | null {
  const found = understand(definitions[of], text, { locale, now: NOW, asking: 'role' }).extractions.find((e) => e.criterionId === 'role' && e.confidence >= CONFIDENT);
  return found?.value ?? null;
}

function describeRows(title: string, rows: Row[], of: keyof typeof definitions = 'functions'): void {
  describe(title, () => {
    for (const [locale, text, want] of rows) it(`${locale}: ${text}`, () => expect(role(of, locale, text)).toEqual(want));
  });
}

describeRows('a title with another word of rank is the same function', [
  ['en', 'VP of quality', 'quality'],
  ['en', 'quality lead', 'quality'],
  ['en', 'sustainability director', 'sustainability'],
  ['en', 'I’m the sustainability lead', 'sustainability'],
  ['en', 'head of partnerships', 'partnerships'],
  ['fi', 'laatujohtaja', 'quality'],
  ['fi', 'olen laatuvastaava', 'quality'],
  ['fi', 'vastuullisuuspäällikkö', 'sustainability'],
  ['fi', 'kumppanuusjohtaja', 'partnerships'],
  ['sv', 'kvalitetsansvarig', 'quality'],
  ['sv', 'chef för kvalitet', 'quality'],
  ['sv', 'hållbarhetschef', 'sustainability'],
  ['sv', 'jag är ansvarig för hållbarhet', 'sustainability'],
  ['pl', 'dyrektor jakości', 'quality'],
  ['pl', 'szefowa jakości', 'quality'],
  ['pl', 'kierownik ds. zrównoważonego rozwoju', 'sustainability'],
  ['pl', 'koordynator ds. partnerstw', 'partnerships'],
]);

describeRows('rank alone names no function; the head of the company is one title, not a rank of another word', [
  ['en', 'senior', null],
  ['en', 'manager', null],
  ['en', 'senior manager', null],
  ['en', 'managing director', 'owner'],
  ['fi', 'päällikkö', null],
  ['fi', 'johtaja', null],
  ['fi', 'toimituspäällikkö', null],
  ['sv', 'chef', null],
  ['sv', 'senior', null],
  ['pl', 'kierownik', null],
  ['pl', 'dyrektor', null],
  ['pl', 'starszy specjalista', null],
  ['pl', 'kierownik generalny', null],
]);

describeRows('e-commerce and digital leads (a part of sales and marketing managers the packs add) are the option naming them; the rest of the unit is not', [
  ['en', 'Head of Online', 'webshop'],
  ['en', 'digital director', 'webshop'],
  ['en', 'marketing manager', 'other_role'],
  // A buyer (purchasing, 1.3.2.4) is not read as the warehouse's logistics part (1.3.2.4.1) of the unit beside it.
  ['en', 'buyer', 'other_role'],
  ['fi', 'digijohtaja', 'webshop'],
  ['fi', 'markkinointipäällikkö', 'other_role'],
  ['sv', 'onlinechef', 'webshop'],
  ['sv', 'marknadschef', 'other_role'],
  ['pl', 'szef sklepu internetowego', 'webshop'],
  ['pl', 'dyrektor ds. e-commerce', 'webshop'],
  ['pl', 'specjalistka ds. marketingu', 'other_role'],
], 'jobs');

// Sales and its e-commerce part are one branch of ISCO 1.2 (business and administration managers):
// finance beside them is a function no option covers, the catch-all's; sales and e-commerce stay theirs.
describeRows(
  'a function beside a unit and its part is the catch-all’s',
  [
    ['en', 'CFO', 'other_role'],
    ['en', 'I’m the finance director', 'other_role'],
    ['fi', 'talouspäällikkö', 'other_role'],
    ['sv', 'ekonomichef', 'other_role'],
    ['pl', 'główna księgowa', 'other_role'],
    ['en', 'head of sales', 'sales'],
    ['fi', 'verkkokauppapäällikkö', 'webshop'],
  ],
  'shop',
);
