import { describe, expect, it } from 'vitest';
import { CONFIDENT, type AnswerValue } from '../answer.js';
import { understand } from './understand.js';
import { exampleDefinition } from '../../test/support/example-definition.js';

const definition = exampleDefinition();
/** Mid-January: "before summer" is 4.5 months away, "after the summer" 7.5, "next year" 17.5. */
const now = new Date('2026-01-15T10:00:00Z');

/** An answer read but to be confirmed by the visitor (confidence below CONFIDENT). */
const unsure = (value: AnswerValue) => ({ unsure: value });
type Expected = Record<string, AnswerValue | { unsure: AnswerValue }>;

// [asking, visitor text, every extraction expected: confident ones exactly, unsure ones marked]
const rows: [string | null, string, Expected][] = [
  // numbers
  ['company_size', '50', { company_size: 50 }],
  ['company_size', 'noin 150', { company_size: 150 }],
  ['company_size', '1 200', { company_size: 1200 }],
  [null, 'meillä on 1.200 työntekijää', { company_size: 1200 }],
  ['company_size', '2k', { company_size: 2000 }],
  ['company_size', '1,5k', { company_size: 1500 }],
  ['company_size', 'kaksisataa', { company_size: 200 }],
  ['company_size', 'satakaksikymmentä', { company_size: 120 }],
  ['company_size', 'kolmisenkymmentä', { company_size: 30 }],
  ['company_size', 'parikymmentä', { company_size: 20 }],
  [null, 'olemme viidenkymmenen hengen yritys', { company_size: 50 }],
  ['company_size', '50–60', { company_size: 55 }],
  [null, '50-60 henkeä', { company_size: 55 }],
  [null, 'työllistämme noin 80', { company_size: 80 }],
  [null, 'meitä on 25', { company_size: 25 }],
  [null, 'meillä on 3 toimipistettä', {}],
  // choices, inflected
  ['industry', 'LVI', { industry: 'hvac' }],
  [null, 'teemme sähköasennuksia', { industry: 'electrical' }],
  ['industry', 'putkiasennukset', { industry: 'plumbing' }],
  [null, 'olemme kiinteistöhuollossa', { industry: 'facility_maintenance' }],
  ['industry', 'rakennusalalla', { industry: 'construction' }],
  ['industry', 'sähköurakoitsia', { industry: 'electrical' }],
  ['industry', 'ei vaan sähköurakointi', { industry: 'electrical' }],
  ['industry', 'ei, vaan sähköurakointi', { industry: 'electrical' }],
  [null, 'lähetä tietoa sähköpostilla', {}],
  ['industry', 'kiinteistöhulto', { industry: unsure('facility_maintenance') }],
  ['industry', 'plumbing', { industry: unsure('plumbing') }],
  ['country', 'Suomi', { country: 'finland' }],
  ['country', 'ruotsi', { country: 'sweden' }],
  [null, 'toimimme Tampereella', { country: 'finland' }],
  [null, 'toimisto on Helsingissä', { country: 'finland' }],
  [null, 'olemme Turusta', { country: 'finland' }],
  [null, 'toimimme Oulussa ja Espoossa', { country: 'finland' }],
  ['role', 'olen toimitusjohtaja', { role: 'owner_ceo' }],
  ['role', 'toimin työnjohtajana', { role: 'operations' }],
  ['role', 'IT-puolella', { role: 'it' }],
  ['current_tool', 'Excelissä', { current_tool: 'paper_spreadsheets' }],
  ['current_tool', 'paperilla ja vihkoon', { current_tool: 'paper_spreadsheets' }],
  ['current_tool', 'vanhalla järjestelmällä', { current_tool: 'old_system' }],
  ['budget', 'kyllä', { budget: 'allocated' }],
  ['budget', 'ei vielä', { budget: 'no_budget' }],
  ['motivation', 'säästää aikaa ja vähemmän stressiä', { motivation: ['save_time', 'less_stress'] }],
  ['decision_power', 'päätän itse', { decision_power: 'decision_maker' }],
  ['main_pain', 'laskutus', { main_pain: 'invoicing' }],
  // time
  ['timeline', 'heti', { timeline: 'within_3_months' }],
  ['timeline', 'ensi kuussa', { timeline: 'within_3_months' }],
  ['timeline', 'kahden kuukauden päästä', { timeline: 'within_3_months' }],
  ['timeline', 'puolen vuoden sisällä', { timeline: 'within_6_months' }],
  [null, 'kesän jälkeen olisi hyvä', { timeline: 'within_12_months' }],
  [null, 'vuoden loppuun mennessä', { timeline: 'within_12_months' }],
  [null, 'syksyllä', { timeline: 'within_12_months' }],
  [null, 'ensi vuonna ehkä', { timeline: 'no_plan' }],
  [null, 'ei kiirettä', { timeline: 'no_plan' }],
  // several facts at once
  [null, 'Olemme Yhdysvalloista', { country: 'outside_europe' }],
  [null, 'firma on USA:sta', { country: 'outside_europe' }],
  ['main_pain', 'se maksaa liikaa', {}],
  [null, 'Olemme LVI-firma Tampereelta, toimiiko se Teamsissa?', { industry: 'hvac', country: 'finland' }],
  [null, 'Toimiiko se sähköurakoitsijoille?', { industry: unsure('electrical') }],
  [
    null,
    'Olemme 120 hengen LVI-yritys Tampereelta ja vaihdamme vanhan suunnittelujärjestelmän ennen kesää',
    { company_size: 120, industry: 'hvac', country: 'finland', current_tool: 'old_system', timeline: 'within_6_months' },
  ],
  [
    null,
    'Olen sähköfirman omistaja Vantaalta, meillä on 15 asentajaa ja kaikki on Excelissä',
    { industry: 'electrical', role: 'owner_ceo', country: 'finland', company_size: 15, current_tool: 'paper_spreadsheets' },
  ],
  // contact
  ['contact_name', 'nimeni on Matti Meikäläinen', { contact_name: 'Matti Meikäläinen' }],
  ['contact_email', 'matti@yritys.fi', { contact_email: 'matti@yritys.fi' }],
  ['company_name', 'Putki-Pojat Oy', { company_name: 'Putki-Pojat Oy' }],
];

describe('understanding Finnish visitors (example definition)', () => {
  it.each(rows)('asking %s: %s', (asking, text, expected) => {
    const { extractions } = understand(definition, text, { locale: 'fi', now, asking });
    const confident = Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
    const doubtful = Object.fromEntries(extractions.filter((e) => e.confidence < CONFIDENT).map((e) => [e.criterionId, { unsure: e.value }]));
    const wanted = Object.fromEntries(Object.entries(expected).filter(([, v]) => !(typeof v === 'object' && 'unsure' in v)));
    const wantedUnsure = Object.fromEntries(Object.entries(expected).filter(([, v]) => typeof v === 'object' && 'unsure' in v));
    expect(confident).toEqual(wanted);
    expect(doubtful).toMatchObject(wantedUnsure);
  });
});
