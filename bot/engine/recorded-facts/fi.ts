import type { FactsRow } from '../../../test/support/engine-facts.js';

/** Finnish prospects answering the lean definition's questions, with what a careful reader records. */
export const rows: FactsRow[] = [
  // industry
  ['industry', 'Meillä on kolme ravintolaa Tampereella', { industry: 'hospitality', country: 'finland' }],
  ['industry', 'siivousyritys, noin 60 siivoojaa iltavuoroissa', { industry: 'cleaning', company_size: 60, shift_workers: 'yes' }],
  ['industry', 'rakennusala, teemme remontteja. Olen itse omistaja', { industry: 'construction', role: 'owner' }],
  ['industry', 'hammaslääkäriasema, 12 työntekijää', { industry: 'healthcare', company_size: 12 }],
  ['industry', 'tilitoimisto, hoidamme asiakkaiden kirjanpidon', { industry: 'professional_services' }],
  ['industry', 'pieni verkkokauppa, vain minä ja vaimoni', { industry: 'retail', company_size: 2 }],
  ['industry', 'IT-konsultointia, 25 henkeä Varsovassa', { industry: 'professional_services', company_size: 25, country: 'poland' }],
  ['industry', 'logistiikka, tilitoimisto hoitaa palkat', { industry: 'manufacturing', current_tool: 'accountant' }, 'not yet'],
  // company size
  ['company_size', 'noin 45 palkansaajaa, kesällä enemmän kun hotelli on täynnä', { company_size: 45, industry: 'hospitality' }],
  ['company_size', '30 henkeä Helsingissä ja 10 Tukholmassa', { company_size: 40 }, 'not yet'],
  ['company_size', 'noin 120, tilitoimisto hoitaa palkat nyt', { company_size: 120, current_tool: 'accountant' }],
  ['company_size', '12 työntekijää, perustettu 2015', { company_size: 12 }],
  ['company_size', 'maksamme palkkaa noin 200 ihmiselle, puolet tuntipalkalla', { company_size: 200, shift_workers: 'yes' }],
  ['company_size', 'viime vuonna oltiin 80, nyt 95', { company_size: 95 }],
  ['company_size', 'palkkasimme viime vuonna 10 lisää, nyt meitä on noin 35', { company_size: 35 }],
  ['company_size', '14, ja keväällä palkataan 5 uutta', { company_size: 14 }],
  // country
  ['country', 'Suomessa, pääkonttori Tampereella', { country: 'finland' }],
  ['country', 'enimmäkseen Ruotsissa mutta muutama Norjassa', { country: 'sweden' }, 'not yet'],
  ['country', 'Puolassa, olemme logistiikkayritys Gdańskissa', { country: 'poland', industry: 'manufacturing' }],
  ['country', 'kaikki Suomessa', { country: 'finland' }],
  // role
  ['role', 'olen talousjohtaja', { role: 'finance' }],
  ['role', 'omistan yrityksen veljeni kanssa', { role: 'owner' }, 'not yet'],
  ['role', 'HR-päällikkö, mutta palkat hoitaa tilitoimisto', { role: 'hr', current_tool: 'accountant' }],
  ['role', 'toimistopäällikkö, toimitusjohtaja päättää lopulta', { role: 'office_manager', decision_power: 'someone_else' }],
  ['role', 'hoidan palkat ja HR:n meidän 40 työntekijälle', { role: 'payroll', company_size: 40 }, 'not yet'],
  ['role', 'olen perustaja ja päätän näistä itse', { role: 'owner', decision_power: 'decide' }],
  ['role', 'olen toimitusjohtajan assistentti', { role: 'office_manager' }, 'not yet'],
  // decision power
  ['decision_power', 'minä ja toimitusjohtaja päätämme yhdessä', { decision_power: 'together' }],
  ['decision_power', 'talousjohtaja hyväksyy kaikki yli 5000 euron hankinnat', { decision_power: 'someone_else' }],
  ['decision_power', 'minä päätän, olen omistaja', { decision_power: 'decide', role: 'owner' }],
  ['decision_power', 'suosittelen ja hallitus päättää', { decision_power: 'recommend' }, 'not yet'],
  ['decision_power', 'omistaja päättää, minä vain valmistelen', { decision_power: 'someone_else' }, 'not yet'],
  // current tool
  ['current_tool', 'vaihdoimme Excelistä Vismaan kaksi vuotta sitten', { current_tool: 'payroll_software' }, 'not yet'],
  ['current_tool', 'tilitoimisto hoitaa, lähetämme tunnit Excelissä', { current_tool: 'accountant' }],
  ['current_tool', 'Excel-taulukoilla, vie ikuisuuden', { current_tool: 'spreadsheets', main_pain: 'time' }],
  ['current_tool', 'emme enää käytä Exceliä, nyt kaikki on Netvisorissa', { current_tool: 'payroll_software' }],
  ['current_tool', 'ei vielä mitään, palkkaamme ensimmäiset työntekijät maaliskuussa', { current_tool: 'nothing_yet' }],
  ['current_tool', 'käsin, ja aina tulee virheitä', { current_tool: 'spreadsheets', main_pain: 'errors' }],
  // main pain
  ['main_pain', 'virheet ylitöissä, ja työehtosopimuksen säännöt ovat painajainen', { main_pain: 'errors' }, 'not yet'],
  ['main_pain', 'minulta menee kaksi päivää joka kuukausi', { main_pain: 'time' }, 'not yet'],
  ['main_pain', 'sairauslomat ja lomat, seuraamme niitä Excelissä', { main_pain: 'absences', current_tool: 'spreadsheets' }],
  ['main_pain', 'tilitoimisto on hidas ja kallis', { main_pain: 'time', current_tool: 'accountant' }, 'not yet'],
  // timeline
  ['timeline', 'mahdollisimman pian, sopimus Visman kanssa päättyy maaliskuussa', { timeline: 'within_3_months', current_tool: 'payroll_software' }],
  ['timeline', 'muutimme toimistoon viime keväänä, joten ehkä kesän jälkeen', { timeline: 'within_12_months' }],
  ['timeline', 'ei päätetty, katselen vain', { timeline: 'no_plan' }],
  ['timeline', 'ensi vuonna todennäköisesti, budjettia ei ole vielä hyväksytty', { timeline: 'later', budget: 'pending' }],
  ['timeline', 'huhtikuuhun mennessä, meille tulee 50 uutta työntekijää', { timeline: 'within_3_months' }],
  // budget
  ['budget', 'kyllä, 10 000 euroa on varattu', { budget: 'approved' }],
  ['budget', 'ei vielä, hallituksen pitää hyväksyä', { budget: 'pending' }],
  ['budget', 'ei vielä budjettia, selvittelemme vasta', { budget: 'none', timeline: 'no_plan' }],
  ['budget', 'se tulee ensi vuoden budjettiin', { budget: 'pending' }, 'not yet'],
  // shift workers
  ['shift_workers', 'kyllä, suurin osa 40 työntekijästämme tekee vuorotyötä', { shift_workers: 'yes', company_size: 40 }],
  ['shift_workers', 'ei, kaikilla on kuukausipalkka', { shift_workers: 'no' }],
  ['shift_workers', 'osa siivoojista on tuntipalkalla', { shift_workers: 'yes' }, 'not yet'],
  // motivation
  ['motivation', 'kasvamme nopeasti eikä Excel riitä', { motivation: ['growth'], current_tool: 'spreadsheets' }],
  ['motivation', 'lähinnä pienemmät kulut, tilitoimisto on liian kallis', { motivation: ['cost'], current_tool: 'accountant' }],
  ['motivation', 'paremmat raportit ja sovellus työntekijöille', { motivation: ['reporting', 'self_service'] }],
  ['motivation', 'raportit ja vähemmän käsityötä', { motivation: ['reporting'], main_pain: 'time' }],
  // not answers
  ['industry', 'miksi kysyt?', {}],
  ['company_size', 'paljonko tämä maksaa?', {}],
  // a number taken back in the same breath; a department's head count is not the company's; zero budget
  ['company_size', '25, eiku 28', { company_size: 28 }],
  ['current_tool', 'tilitoimisto hoitaa palkat, meidän talousosastolla on vain kaksi ihmistä', { current_tool: 'accountant' }],
  ['budget', 'nolla euroa tällä hetkellä', { budget: 'none' }],
  // a branch's or a parent company's country is not where the company is
  ['country', 'Ruotsissa on sivuliike, mutta kotipaikka on Turussa', { country: 'finland' }],
];
