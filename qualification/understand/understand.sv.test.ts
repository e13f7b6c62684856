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
  ['company_size', 'ungefär 40', { company_size: 40 }],
  ['company_size', '1 200', { company_size: 1200 }],
  [null, 'vi har 1.200 anställda', { company_size: 1200 }],
  ['company_size', '2k', { company_size: 2000 }],
  ['company_size', '1,5k', { company_size: 1500 }],
  ['company_size', 'tvåhundra', { company_size: 200 }],
  ['company_size', 'hundratjugo', { company_size: 120 }],
  ['company_size', 'trettio', { company_size: 30 }],
  [null, 'ett sjuttiotal anställda', { company_size: 70 }],
  ['company_size', 'ett 50-tal', { company_size: 50 }],
  [null, 'mellan 50 och 60 anställda', { company_size: 55 }],
  ['company_size', '50-60', { company_size: 55 }],
  [null, 'vi är 35 personer', { company_size: 35 }],
  [null, 'ett 120-personersföretag', { company_size: 120 }],
  [null, 'vi har 3 kontor', {}],
  // choices, definite forms and compounds
  ['industry', 'VVS', { industry: 'hvac' }],
  [null, 'vi är en elfirma', { industry: 'electrical' }],
  ['industry', 'rörmokare', { industry: 'plumbing' }],
  ['industry', 'rörmokarna', { industry: 'plumbing' }],
  [null, 'vi jobbar med fastighetsskötsel', { industry: 'facility_maintenance' }],
  ['industry', 'byggfirman', { industry: 'construction' }],
  ['industry', 'ventilationsfirma', { industry: 'hvac' }],
  ['industry', 'fastighetsskotsel', { industry: 'facility_maintenance' }],
  [null, 'det rör sig om 40 anställda', { company_size: 40, industry: unsure('plumbing') }],
  ['country', 'Sverige', { country: 'sweden' }],
  ['country', 'norge', { country: 'norway' }],
  [null, 'vi sitter i Göteborg', { country: 'sweden' }],
  [null, 'kontoret ligger i Malmö', { country: 'sweden' }],
  [null, 'vi finns i Köpenhamn', { country: 'denmark' }],
  ['role', 'jag är vd', { role: 'owner_ceo' }],
  ['role', 'jag är driftchef', { role: 'operations' }],
  ['role', 'IT-chef', { role: 'it' }],
  ['current_tool', 'i Excel', { current_tool: 'paper_spreadsheets' }],
  ['current_tool', 'papperslappar mest', { current_tool: 'paper_spreadsheets' }],
  ['current_tool', 'ett gammalt system', { current_tool: 'old_system' }],
  ['budget', 'ja', { budget: 'allocated' }],
  ['budget', 'inte än', { budget: 'no_budget' }],
  ['motivation', 'spara tid och mindre stress', { motivation: ['save_time', 'less_stress'] }],
  ['decision_power', 'jag bestämmer', { decision_power: 'decision_maker' }],
  ['main_pain', 'faktureringen', { main_pain: 'invoicing' }],
  // time
  ['timeline', 'direkt', { timeline: 'within_3_months' }],
  ['timeline', 'nästa månad', { timeline: 'within_3_months' }],
  ['timeline', 'om två månader', { timeline: 'within_3_months' }],
  ['timeline', 'inom ett halvår', { timeline: 'within_6_months' }],
  [null, 'nästa kvartal', { timeline: 'within_6_months' }],
  [null, 'efter sommaren', { timeline: 'within_12_months' }],
  [null, 'innan årsskiftet', { timeline: 'within_12_months' }],
  [null, 'i höst', { timeline: 'within_12_months' }],
  [null, 'nästa år kanske', { timeline: 'no_plan' }],
  [null, 'ingen brådska', { timeline: 'no_plan' }],
  // several facts at once
  [null, 'Vi är ett byggföretag', { industry: 'construction' }],
  [null, 'fungerar det i byggföretag?', { industry: unsure('construction') }],
  [null, 'Vi är byggföretagare', { role: 'owner_ceo' }],
  [null, 'vi är från USA', { country: 'outside_europe' }],
  [
    null,
    'Vi är ett VVS-företag med 120 anställda i Göteborg och byter ut vårt gamla planeringssystem före sommaren',
    { company_size: 120, industry: 'hvac', country: 'sweden', current_tool: 'old_system', timeline: 'within_6_months' },
  ],
  [
    null,
    'Jag äger en elfirma i Stockholm med 12 elektriker, vi kör allt i Excel',
    { industry: 'electrical', country: 'sweden', company_size: 12, current_tool: 'paper_spreadsheets' },
  ],
  // contact
  ['contact_name', 'jag heter Erik Svensson', { contact_name: 'Erik Svensson' }],
  ['contact_email', 'erik@foretag.se', { contact_email: 'erik@foretag.se' }],
  ['company_name', 'Rör & Co AB', { company_name: 'Rör & Co AB' }],
];

describe('understanding Swedish visitors (example definition)', () => {
  it.each(rows)('asking %s: %s', (asking, text, expected) => {
    const { extractions } = understand(definition, text, { locale: 'sv', now, asking });
    const confident = Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
    const doubtful = Object.fromEntries(extractions.filter((e) => e.confidence < CONFIDENT).map((e) => [e.criterionId, { unsure: e.value }]));
    const wanted = Object.fromEntries(Object.entries(expected).filter(([, v]) => !(typeof v === 'object' && 'unsure' in v)));
    const wantedUnsure = Object.fromEntries(Object.entries(expected).filter(([, v]) => typeof v === 'object' && 'unsure' in v));
    expect(confident).toEqual(wanted);
    expect(doubtful).toMatchObject(wantedUnsure);
  });
});
