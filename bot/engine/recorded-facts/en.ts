import type { FactsRow } from '../../../test/support/engine-facts.js';

/** English prospects answering the lean definition's questions, with what a careful reader records. */
export const rows: FactsRow[] = [
  // industry
  ['industry', 'We run three restaurants in Helsinki', { industry: 'hospitality', country: 'finland' }],
  ['industry', "we're a cleaning company, about 60 cleaners mostly on evening shifts", { industry: 'cleaning', company_size: 60, shift_workers: 'yes' }],
  ['industry', "construction, we do renovations. I'm the owner", { industry: 'construction', role: 'owner' }],
  ['industry', 'dental clinic with 12 staff', { industry: 'healthcare', company_size: 12 }],
  ['industry', "IT consulting, we used to do manufacturing software but not anymore", { industry: 'professional_services' }, 'not yet'],
  ['industry', 'a small web shop, just me and my wife', { industry: 'retail', company_size: 2 }],
  ['industry', "we're an IT consultancy with 25 people in Warsaw", { industry: 'professional_services', company_size: 25, country: 'poland' }],
  ['industry', 'we sell software to restaurants and hotels', { industry: 'professional_services' }], // a software vendor (J.62); the restaurants are its customers
  ['industry', 'logistics, our accountant handles payroll', { industry: 'manufacturing', current_tool: 'accountant' }],
  // company size
  ['company_size', 'around 45 on payroll, more in summer when the hotel is full', { company_size: 45, industry: 'hospitality' }],
  ['company_size', 'we have 30 people in Stockholm and 10 in Oslo', { company_size: 40 }, 'not yet'],
  ['company_size', 'about 120, our accountant handles the payroll now', { company_size: 120, current_tool: 'accountant' }],
  ['company_size', '12 employees, founded in 2015', { company_size: 12 }],
  ['company_size', 'we pay roughly 200 people, half of them hourly', { company_size: 200, shift_workers: 'yes' }],
  ['company_size', 'we were 80 last year, now 95', { company_size: 95 }],
  ['company_size', 'we hired 10 people last year, so around 35 now', { company_size: 35 }],
  ['company_size', "14, and we're hiring 5 new people in spring", { company_size: 14 }],
  ['company_size', 'payroll costs us about 3000 euros a month for 20 people', { company_size: 20 }],
  ['company_size', '50 or more', { company_size: 50 }],
  ['company_size', 'about 45 people and hiring', { company_size: 45 }],
  ['company_size', 'around 60 people, 45 of them in the field', { company_size: 60 }],
  ['company_size', '25 office staff and 30 drivers', { company_size: 55 }, 'not yet'],
  ['current_tool', 'we moved from Excel to Fortnox last year', { current_tool: 'payroll_software' }],
  // country
  ['country', 'Finland, head office in Tampere', { country: 'finland' }],
  ['country', 'mostly Sweden but we have a few people in Norway', { country: 'sweden' }, 'not yet'],
  ['country', "Poland, we're a logistics company in Gdansk", { country: 'poland', industry: 'manufacturing' }],
  ['country', 'all in Denmark', { country: 'denmark' }],
  ['country', 'mostly from Poland, a few from Sweden', { country: 'poland' }, 'not yet'],
  ['country', 'we are a Finnish company but all staff are in Estonia', { country: 'other_country' }, 'not yet'],
  // role
  ['role', "I'm the CFO", { role: 'finance' }],
  ['role', 'I own the company together with my brother', { role: 'owner' }, 'not yet'],
  ['role', 'HR manager, but payroll is done by our accountant', { role: 'hr', current_tool: 'accountant' }, 'not yet'],
  ['role', "I'm an office manager, the CEO makes the final decision", { role: 'office_manager', decision_power: 'someone_else' }],
  ['role', 'I handle payroll and HR for our 40 employees', { role: 'payroll', company_size: 40 }, 'not yet'],
  ['role', "I'm the founder and I decide these things", { role: 'owner', decision_power: 'decide' }],
  ['role', "I'm the CEO's assistant", { role: 'office_manager' }, 'not yet'],
  // decision power
  ['decision_power', 'me and the CEO decide together', { decision_power: 'together' }],
  ['decision_power', 'our finance director signs off on anything over 5000 euros', { decision_power: 'someone_else' }],
  ['decision_power', "it's my call, I'm the owner", { decision_power: 'decide', role: 'owner' }],
  ['decision_power', "I'll recommend it and the board decides", { decision_power: 'recommend' }, 'not yet'],
  ['decision_power', 'the owner decides, I just prepare things', { decision_power: 'someone_else' }],
  ['decision_power', 'my business partner and I', { decision_power: 'together' }, 'not yet'],
  // current tool
  ['current_tool', 'we switched from Excel to Visma two years ago', { current_tool: 'payroll_software' }, 'not yet'],
  ['current_tool', 'our accountant does it, we send them the hours in Excel', { current_tool: 'accountant' }, 'not yet'],
  ['current_tool', 'spreadsheets, it takes forever', { current_tool: 'spreadsheets', main_pain: 'time' }, 'not yet'],
  ['current_tool', "we don't use Excel any more, it's all in Fortnox now", { current_tool: 'payroll_software' }],
  ['current_tool', "nothing yet, we're hiring our first employees in March", { current_tool: 'nothing_yet' }],
  ['current_tool', 'by hand, and there are always mistakes', { current_tool: 'spreadsheets', main_pain: 'errors' }],
  ['current_tool', "a Finnish payroll system, can't remember the name", { current_tool: 'payroll_software' }],
  // main pain
  ['main_pain', 'mistakes in overtime, and the collective agreement rules are a nightmare', { main_pain: 'errors' }, 'not yet'],
  ['main_pain', 'it takes me two days every month', { main_pain: 'time' }, 'not yet'],
  ['main_pain', 'sick leave and holidays, tracking them in Excel', { main_pain: 'absences', current_tool: 'spreadsheets' }],
  ['main_pain', 'our accountant is slow and expensive', { main_pain: 'time', current_tool: 'accountant' }, 'not yet'],
  ['main_pain', 'errors, last month two people got the wrong pay', { main_pain: 'errors' }, 'wrong fact'],
  // timeline
  ['timeline', 'as soon as possible, our contract with Visma ends in March', { timeline: 'within_3_months', current_tool: 'payroll_software' }],
  ['timeline', 'we moved offices last spring, so maybe after the summer', { timeline: 'within_12_months' }],
  ['timeline', 'not decided, just looking for now', { timeline: 'no_plan' }],
  ['timeline', 'next year probably, budget is not approved yet', { timeline: 'later', budget: 'pending' }],
  ['timeline', 'by April, we have 50 new hires coming', { timeline: 'within_3_months' }],
  // budget
  ['budget', 'yes, we have 10 000 euros set aside', { budget: 'approved' }],
  ['budget', 'not yet, it needs approval from the board', { budget: 'pending' }],
  ['budget', "no budget yet, we're just researching", { budget: 'none', timeline: 'no_plan' }],
  ['budget', "it will be in next year's budget", { budget: 'pending' }, 'not yet'],
  // shift workers
  ['shift_workers', 'yes, most of our 40 staff work shifts', { shift_workers: 'yes', company_size: 40 }],
  ['shift_workers', 'no, everyone is salaried', { shift_workers: 'no' }],
  ['shift_workers', 'some of the cleaners are paid by the hour', { shift_workers: 'yes' }, 'not yet'],
  // motivation
  ['motivation', "we're growing fast and Excel doesn't scale", { motivation: ['growth'], current_tool: 'spreadsheets' }],
  ['motivation', 'lower costs mainly, our accountant charges too much', { motivation: ['cost'], current_tool: 'accountant' }],
  ['motivation', 'better reports and an app for the staff', { motivation: ['reporting', 'self_service'] }, 'wrong fact'],
  ['motivation', 'reports, and integration with our accounting', { motivation: ['reporting', 'integrations'] }],
  ['motivation', 'lower costs and fewer errors', { motivation: ['cost'], main_pain: 'errors' }],
  ['motivation', 'mostly savings on the accountant fees', { motivation: ['cost'], current_tool: 'accountant' }, 'not yet'],
  // not answers
  ['industry', 'why do you need to know?', {}],
  ['company_size', 'how much does it cost?', {}],
  ['role', 'skip', {}],
  // a number taken back in the same breath; a department's head count is not the company's; zero budget
  ['company_size', '35 - no wait, 38', { company_size: 38 }],
  ['current_tool', 'our accountant does the payroll, our HR department is only 2 people', { current_tool: 'accountant' }],
  ['budget', 'zero, it has to pay for itself', { budget: 'none' }],
  ['budget', 'zero idea honestly', {}],
  // a branch's or a parent company's country is not where the company is
  ['country', 'HQ in Warsaw, plus a small subsidiary in Denmark', { country: 'poland' }],
];
