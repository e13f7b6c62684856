import type { FactsRow } from '../../../test/support/engine-facts.js';

/** Swedish prospects answering the lean definition's questions, with what a careful reader records. */
export const rows: FactsRow[] = [
  // industry
  ['industry', 'Vi driver tre restauranger i Göteborg', { industry: 'hospitality', country: 'sweden' }],
  ['industry', 'städfirma, ett sextiotal städare som mest jobbar kvällsskift', { industry: 'cleaning', company_size: 60, shift_workers: 'yes' }],
  ['industry', 'bygg, vi gör renoveringar. Jag är ägaren', { industry: 'construction', role: 'owner' }],
  ['industry', 'tandläkarmottagning med 12 anställda', { industry: 'healthcare', company_size: 12 }, 'not yet'],
  ['industry', 'redovisningsbyrå, vi sköter kundernas bokföring', { industry: 'professional_services' }],
  ['industry', 'en liten webbutik, bara jag och min fru', { industry: 'retail', company_size: 2 }],
  ['industry', 'IT-konsulter, 25 personer i Warszawa', { industry: 'professional_services', company_size: 25, country: 'poland' }],
  ['industry', 'logistik, redovisningsbyrån sköter lönerna', { industry: 'manufacturing', current_tool: 'accountant' }],
  // company size
  ['company_size', 'runt 45 på lönelistan, fler på sommaren när hotellet är fullt', { company_size: 45, industry: 'hospitality' }],
  ['company_size', '30 personer i Stockholm och 10 i Oslo', { company_size: 40 }, 'not yet'],
  ['company_size', 'ungefär 120, redovisningsbyrån sköter lönerna nu', { company_size: 120, current_tool: 'accountant' }],
  ['company_size', '12 anställda, grundat 2015', { company_size: 12 }],
  ['company_size', 'vi betalar lön till ungefär 200 personer, hälften timanställda', { company_size: 200, shift_workers: 'yes' }],
  ['company_size', 'vi var 80 förra året, nu 95', { company_size: 95 }],
  ['company_size', 'vi anställde 10 förra året, så runt 35 nu', { company_size: 35 }],
  ['company_size', '14, och vi anställer 5 nya i vår', { company_size: 14 }],
  // country
  ['country', 'Sverige, huvudkontoret ligger i Malmö', { country: 'sweden' }],
  ['country', 'mest i Sverige men några i Norge', { country: 'sweden' }, 'not yet'],
  ['country', 'Polen, vi är ett logistikföretag i Gdańsk', { country: 'poland', industry: 'manufacturing' }],
  ['country', 'alla i Danmark', { country: 'denmark' }],
  // role
  ['role', 'jag är ekonomichef', { role: 'finance' }],
  ['role', 'jag äger företaget tillsammans med min bror', { role: 'owner' }, 'not yet'],
  ['role', 'HR-chef, men lönerna sköts av vår redovisningsbyrå', { role: 'hr', current_tool: 'accountant' }],
  ['role', 'kontorschef, vd:n fattar det slutliga beslutet', { role: 'office_manager', decision_power: 'someone_else' }, 'not yet'],
  ['role', 'jag sköter lön och HR för våra 40 anställda', { role: 'payroll', company_size: 40 }, 'not yet'],
  ['role', 'jag är grundare och bestämmer sånt själv', { role: 'owner', decision_power: 'decide' }],
  ['role', 'jag är assistent till vd:n', { role: 'office_manager' }],
  // decision power
  ['decision_power', 'jag och vd:n beslutar tillsammans', { decision_power: 'together' }],
  ['decision_power', 'vår ekonomichef godkänner allt över 5000 euro', { decision_power: 'someone_else' }],
  ['decision_power', 'det är mitt beslut, jag är ägare', { decision_power: 'decide', role: 'owner' }],
  ['decision_power', 'jag rekommenderar och styrelsen beslutar', { decision_power: 'recommend' }],
  ['decision_power', 'ägaren bestämmer, jag tar bara fram underlag', { decision_power: 'someone_else' }, 'not yet'],
  // current tool
  ['current_tool', 'vi bytte från Excel till Visma för två år sedan', { current_tool: 'payroll_software' }, 'not yet'],
  ['current_tool', 'redovisningsbyrån gör det, vi skickar timmarna i Excel', { current_tool: 'accountant' }, 'not yet'],
  ['current_tool', 'kalkylark, det tar en evighet', { current_tool: 'spreadsheets', main_pain: 'time' }],
  ['current_tool', 'vi använder inte Excel längre, allt ligger i Fortnox nu', { current_tool: 'payroll_software' }],
  ['current_tool', 'inget än, vi anställer våra första i mars', { current_tool: 'nothing_yet' }],
  ['current_tool', 'för hand, och det blir alltid fel', { current_tool: 'spreadsheets', main_pain: 'errors' }],
  // main pain
  ['main_pain', 'fel i övertiden, och kollektivavtalets regler är en mardröm', { main_pain: 'errors' }, 'not yet'],
  ['main_pain', 'det tar mig två dagar varje månad', { main_pain: 'time' }, 'not yet'],
  ['main_pain', 'sjukfrånvaro och semester, vi håller koll i Excel', { main_pain: 'absences', current_tool: 'spreadsheets' }],
  ['main_pain', 'redovisningsbyrån är långsam och dyr', { main_pain: 'time', current_tool: 'accountant' }, 'not yet'],
  // timeline
  ['timeline', 'så snart som möjligt, avtalet med Visma går ut i mars', { timeline: 'within_3_months', current_tool: 'payroll_software' }],
  ['timeline', 'vi flyttade kontoret i våras, så kanske efter sommaren', { timeline: 'within_12_months' }],
  ['timeline', 'inte bestämt, tittar bara', { timeline: 'no_plan' }],
  ['timeline', 'nästa år troligen, budgeten är inte godkänd än', { timeline: 'later', budget: 'pending' }],
  ['timeline', 'till april, vi får 50 nyanställda', { timeline: 'within_3_months' }],
  // budget
  ['budget', 'ja, vi har avsatt 10 000 euro', { budget: 'approved' }],
  ['budget', 'inte än, styrelsen måste godkänna', { budget: 'pending' }],
  ['budget', 'ingen budget än, vi kollar bara runt', { budget: 'none', timeline: 'no_plan' }],
  ['budget', 'det kommer med i nästa års budget', { budget: 'pending' }],
  // shift workers
  ['shift_workers', 'ja, de flesta av våra 40 anställda jobbar skift', { shift_workers: 'yes', company_size: 40 }],
  ['shift_workers', 'nej, alla har månadslön', { shift_workers: 'no' }],
  ['shift_workers', 'några av städarna har timlön', { shift_workers: 'yes', industry: 'cleaning' }, 'not yet'],
  // motivation
  ['motivation', 'vi växer snabbt och Excel räcker inte', { motivation: ['growth'], current_tool: 'spreadsheets' }],
  ['motivation', 'främst lägre kostnader, redovisningsbyrån är för dyr', { motivation: ['cost'], current_tool: 'accountant' }],
  ['motivation', 'bättre rapporter och en app för personalen', { motivation: ['reporting', 'self_service'] }],
  // not answers
  ['industry', 'varför vill du veta det?', {}],
  ['company_size', 'vad kostar det?', {}],
  // a number taken back in the same breath; a department's head count is not the company's; zero budget
  ['company_size', '30, förlåt, 32', { company_size: 32 }],
  ['current_tool', 'redovisningsbyrån sköter lönerna, vår ekonomiavdelning är två personer', { current_tool: 'accountant' }],
  ['budget', 'noll kronor just nu', { budget: 'none' }],
  // the visitor's pronoun with a word of course answers who decides
  ['decision_power', 'jag såklart', { decision_power: 'decide' }],
  // a branch's or a parent company's country is not where the company is
  ['country', 'huvudkontoret ligger i Malmö och vi har en filial i Danmark', { country: 'sweden' }],
];
