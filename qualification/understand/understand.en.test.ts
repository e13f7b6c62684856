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
  ['company_size', 'about 40', { company_size: 40 }],
  ['company_size', '1,200', { company_size: 1200 }],
  ['company_size', '1 200 people', { company_size: 1200 }],
  [null, 'we have 1.200 employees', { company_size: 1200 }],
  ['company_size', '2k', { company_size: 2000 }],
  ['company_size', '1.5k', { company_size: 1500 }],
  ['company_size', 'two hundred', { company_size: 200 }],
  ['company_size', 'one hundred and twenty', { company_size: 120 }],
  ['company_size', 'twenty-five', { company_size: 25 }],
  [null, 'we are around fifty people', { company_size: 50 }],
  ['company_size', '50-60', { company_size: 55 }],
  [null, 'between 50 and 60 employees', { company_size: 55 }],
  [null, 'a team of 35 techs', { company_size: 35 }],
  [null, "we're a 120-person company", { company_size: 120 }],
  [null, 'we opened 3 offices last year', {}],
  [null, 'the budget is 50k', {}],
  // choices
  ['industry', 'plumbing', { industry: 'plumbing' }],
  ['industry', "We're electricians", { industry: 'electrical' }],
  [null, 'we install heat pumps', { industry: 'hvac' }],
  ['industry', 'plumbnig', { industry: unsure('plumbing') }],
  ['industry', 'facility managment', { industry: unsure('facility_maintenance') }],
  ['industry', 'Rörmokare', { industry: unsure('plumbing') }],
  ['country', 'Finland', { country: 'finland' }],
  ['country', 'sweden', { country: 'sweden' }],
  [null, 'based in Helsinki', { country: 'finland' }],
  [null, 'our office is in Malmo', { country: 'sweden' }],
  [null, "we're in Texas, USA", { country: 'outside_europe' }],
  ['role', "I'm the owner", { role: 'owner_ceo' }],
  ['role', 'I work in IT', { role: 'it' }],
  [null, 'we use it every day', {}],
  ['current_tool', 'Excel mostly', { current_tool: 'paper_spreadsheets' }],
  ['current_tool', 'we use Jobber', { current_tool: 'competitor' }],
  ['motivation', 'save time and grow', { motivation: ['save_time', 'grow'] }],
  ['budget', 'yes', { budget: 'allocated' }],
  [null, 'yes', {}],
  ['budget', 'no budget yet', { budget: 'no_budget' }],
  ['main_pain', 'invoices get lost and scheduling is chaos', { main_pain: unsure('invoicing') }],
  ['decision_power', 'together with my boss', { decision_power: 'influencer' }],
  // time
  ['timeline', 'asap', { timeline: 'within_3_months' }],
  ['timeline', 'in two months', { timeline: 'within_3_months' }],
  ['timeline', 'within 3 months', { timeline: 'within_3_months' }],
  ['timeline', 'in 6 months', { timeline: 'within_6_months' }],
  [null, 'before summer would be ideal', { timeline: 'within_6_months' }],
  [null, "we'd like to switch after the summer", { timeline: 'within_12_months' }],
  [null, 'hopefully by the end of the year', { timeline: 'within_12_months' }],
  [null, 'we want something in place next year', { timeline: 'no_plan' }],
  [null, 'no rush, just looking', { timeline: 'no_plan', decision_power: 'researcher' }],
  // several facts at once
  [null, "We're an HVAC company in Oslo, does it work with Teams?", { industry: 'hvac', country: 'norway' }],
  [null, 'Does it work for electricians?', { industry: unsure('electrical') }],
  [
    null,
    "we're a 120-person HVAC installer in Gothenburg replacing our old planning system before summer",
    { company_size: 120, industry: 'hvac', country: 'sweden', current_tool: 'old_system', timeline: 'within_6_months' },
  ],
  [
    null,
    "I'm the CEO of a 40-person plumbing company in Oslo, we run everything in Excel",
    { role: 'owner_ceo', company_size: 40, industry: 'plumbing', country: 'norway', current_tool: 'paper_spreadsheets' },
  ],
  [null, 'Electrical contractor from Warsaw, about 80 employees, need it asap', { industry: 'electrical', country: 'poland', company_size: 80, timeline: 'within_3_months' }],
  [null, 'we are a facility maintenance company in Copenhagen with a hundred technicians', { industry: 'facility_maintenance', country: 'denmark', company_size: 100 }],
  // contact
  ['contact_email', "sure, it's anna@example.com", { contact_email: 'anna@example.com' }],
  [null, 'email me at bob@firm.co.uk', { contact_email: 'bob@firm.co.uk' }],
  ['contact_name', 'My name is Anna Virtanen', { contact_name: 'Anna Virtanen' }],
  ['company_name', 'Acme Heating Ltd', { company_name: 'Acme Heating Ltd' }],
];

describe('understanding English visitors (example definition)', () => {
  it.each(rows)('asking %s: %s', (asking, text, expected) => {
    const { extractions } = understand(definition, text, { locale: 'en', now, asking });
    const confident = Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
    const doubtful = Object.fromEntries(extractions.filter((e) => e.confidence < CONFIDENT).map((e) => [e.criterionId, { unsure: e.value }]));
    const wanted = Object.fromEntries(Object.entries(expected).filter(([, v]) => !(typeof v === 'object' && 'unsure' in v)));
    const wantedUnsure = Object.fromEntries(Object.entries(expected).filter(([, v]) => typeof v === 'object' && 'unsure' in v));
    expect(confident).toEqual(wanted);
    expect(doubtful).toMatchObject(wantedUnsure);
  });
});
