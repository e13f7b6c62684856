import { describePhrases, unsure, type PhraseRow } from '../../test/support/phrase-table.js';

const rows: PhraseRow[] = [
  // a count of the group beside the company's own, and money beside a head count
  ['company_size', '900 in the group, about 35 at our company', { company_size: 35 }],
  ['company_size', 'revenue of 8 million, 22 employees', { company_size: 22 }],
  ['company_size', '80 today, maybe 100 by summer', { company_size: 80 }], // a horizon for the head count is no buying timeline
  ['timeline', 'before the holiday season', { timeline: 'within_12_months' }],
  ['country', "Finland, but we're expanding to Sweden next year", { country: 'finland' }], // where it expands to is a market
  // whose e-mail: the visitor's own, asked back when unclear
  ['contact_email', 'write to maria@acme.com; our office address is info@acme.com', { contact_email: 'maria@acme.com' }],
  ['contact_email', 'you can cc my colleague john@acme.com, mine is anna@acme.com', { contact_email: 'anna@acme.com' }],
  ['contact_email', 'john@acme.com, anna@acme.com', { contact_email: unsure('john@acme.com') }],
  // time phrases relative to now (mid-January), and about something else
  ['timeline', 'once the new fiscal year starts', { timeline: 'within_12_months' }],
  ['timeline', 'before the summer holidays', { timeline: 'within_6_months' }],
  ['timeline', 'by the end of the first half', { timeline: 'within_6_months' }],
  ['timeline', 'in March', { timeline: 'within_3_months' }],
  [null, 'our lease ends next year', {}],
  [null, "we're moving offices next spring but want it in place before summer", { timeline: 'within_6_months' }],
  [null, 'I work closely with our CEO', {}],
  // other people are not the visitor's role
  [null, 'purchases go through our CEO', {}],
  ['role', 'the owner takes the decision', {}],
  ['company_size', 'we have 40 employees and an IT manager', { company_size: 40 }],
  ['role', 'our CEO signs, I work as a dispatcher', { role: 'operations' }],
  // before/now and counts in words
  ['company_size', 'just me and my brother', { company_size: 2 }],
  ['company_size', "we peaked at 300 but we're around 80 today", { company_size: 80 }],
  ['company_size', 'we used to be 120, now 60', { company_size: 60 }],
  ['company_size', 'we had 300 people once', { company_size: unsure(300) }],
  ['company_size', "it's my partner and me", { company_size: 2 }],
  ['company_size', 'just me', { company_size: 1 }],
  ['company_size', 'between 40 and 50', { company_size: 45 }],
  ['company_size', 'around 2k', { company_size: 2000 }],
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
  ['industry', 'plumbnig', { industry: 'plumbing' }],
  // A slip past the stem ("manag|ment") leaves the stem the stemmer reads.
  ['industry', 'facility managment', { industry: 'facility_maintenance' }],
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
  // a plain question about fit is answered, not a guess to confirm; a hesitant one still names the visitor's
  [null, 'Does it work for electricians?', {}],
  [null, 'electricians, I guess?', { industry: 'electrical' }],
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
  // the name alone, where the visitor adds a role, a greeting or where they are from
  ['contact_name', 'Sarah Jones, ops manager', { contact_name: 'Sarah Jones' }],
  ['contact_name', "it's Tom from Brightwear", { contact_name: 'Tom' }],
  ['contact_name', 'hi, Emma Brown here', { contact_name: 'Emma Brown' }],
  // a name said twice, the second time whole
  ['contact_name', 'Emma - Emma Brown', { contact_name: 'Emma Brown' }],
  // "just" in small letters beside a name says the name is enough; a capitalised one is the name's ("Just Eat")
  ['contact_name', 'just Mike', { contact_name: 'Mike' }],
  ['contact_name', 'Mike only', { contact_name: 'Mike' }],
  ['company_name', 'Just Eat', { company_name: 'Just Eat' }],
  ['contact_name', 'Sam here, Sam O’Neill', { contact_name: 'Sam O’Neill' }],
  ['company_name', 'Acme Heating Ltd, we do boilers', { company_name: 'Acme Heating Ltd' }],
  ['contact_name', 'anna virtanen', { contact_name: 'anna virtanen' }],
];

describePhrases('understanding English visitors (example definition)', 'en', rows);
