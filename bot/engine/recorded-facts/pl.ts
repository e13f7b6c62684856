import type { FactsRow } from '../../../test/support/engine-facts.js';

/** Polish prospects answering the lean definition's questions, with what a careful reader records. */
export const rows: FactsRow[] = [
  // industry
  ['industry', 'Prowadzimy trzy restauracje w Krakowie', { industry: 'hospitality', country: 'poland' }],
  ['industry', 'firma sprzątająca, około 60 sprzątaczek głównie na zmianach wieczornych', { industry: 'cleaning', company_size: 60, shift_workers: 'yes' }],
  ['industry', 'budowlanka, robimy remonty. Jestem właścicielem', { industry: 'construction', role: 'owner' }],
  ['industry', 'gabinet stomatologiczny, 12 pracowników', { industry: 'healthcare', company_size: 12 }],
  ['industry', 'biuro rachunkowe, prowadzimy księgowość klientów', { industry: 'professional_services' }],
  ['industry', 'mały sklep internetowy, tylko ja i żona', { industry: 'retail', company_size: 2 }],
  ['industry', 'usługi IT, 25 osób w Warszawie', { industry: 'professional_services', company_size: 25, country: 'poland' }],
  ['industry', 'logistyka, płace robi biuro rachunkowe', { industry: 'manufacturing', current_tool: 'accountant' }, 'not yet'],
  // company size
  ['company_size', 'około 45 osób na liście płac, latem więcej, kiedy hotel jest pełny', { company_size: 45, industry: 'hospitality' }],
  ['company_size', '30 osób w Warszawie i 10 w Oslo', { company_size: 40 }, 'not yet'],
  ['company_size', 'około 120, płace robi teraz biuro rachunkowe', { company_size: 120, current_tool: 'accountant' }],
  ['company_size', '12 pracowników, firma założona w 2015', { company_size: 12 }],
  ['company_size', 'wypłacamy pensje około 200 osobom, połowa na godzinówce', { company_size: 200, shift_workers: 'yes' }],
  ['company_size', 'w zeszłym roku było nas 80, teraz 95', { company_size: 95 }],
  ['company_size', 'w zeszłym roku zatrudniliśmy 10 osób, teraz jest nas około 35', { company_size: 35 }],
  ['company_size', '14, a wiosną zatrudnimy 5 nowych osób', { company_size: 14 }],
  // country
  ['country', 'Polska, siedziba w Poznaniu', { country: 'poland' }],
  ['country', 'głównie w Szwecji, ale kilka osób w Norwegii', { country: 'sweden' }, 'not yet'],
  ['country', 'w Polsce, jesteśmy firmą logistyczną z Gdańska', { country: 'poland', industry: 'manufacturing' }],
  ['country', 'wszyscy w Danii', { country: 'denmark' }],
  // role
  ['role', 'jestem dyrektorem finansowym', { role: 'finance' }],
  ['role', 'jestem współwłaścicielem razem z bratem', { role: 'owner' }, 'not yet'],
  ['role', 'kierownik kadr, ale płace robi nasze biuro rachunkowe', { role: 'hr', current_tool: 'accountant' }, 'not yet'],
  ['role', 'jestem office managerem, ostateczną decyzję podejmuje prezes', { role: 'office_manager', decision_power: 'someone_else' }],
  ['role', 'zajmuję się płacami i kadrami dla naszych 40 pracowników', { role: 'payroll', company_size: 40 }, 'not yet'],
  ['role', 'jestem założycielem i sam o tym decyduję', { role: 'owner', decision_power: 'decide' }],
  ['role', 'jestem asystentką prezesa', { role: 'office_manager' }, 'not yet'],
  // decision power
  ['decision_power', 'ja i prezes decydujemy wspólnie', { decision_power: 'together' }],
  ['decision_power', 'nasz dyrektor finansowy zatwierdza wszystko powyżej 5000 zł', { decision_power: 'someone_else' }],
  ['decision_power', 'to moja decyzja, jestem właścicielem', { decision_power: 'decide', role: 'owner' }],
  ['decision_power', 'rekomenduję, a zarząd decyduje', { decision_power: 'recommend' }, 'not yet'],
  ['decision_power', 'decyduje właściciel, ja tylko przygotowuję', { decision_power: 'someone_else' }],
  // current tool
  ['current_tool', 'przeszliśmy z Excela na Optimę dwa lata temu', { current_tool: 'payroll_software' }, 'not yet'],
  ['current_tool', 'robi to biuro rachunkowe, wysyłamy im godziny w Excelu', { current_tool: 'accountant' }],
  ['current_tool', 'arkusze kalkulacyjne, to trwa wieki', { current_tool: 'spreadsheets', main_pain: 'time' }],
  ['current_tool', 'już nie używamy Excela, wszystko jest teraz w Symfonii', { current_tool: 'payroll_software' }],
  ['current_tool', 'jeszcze nic, zatrudniamy pierwszych pracowników w marcu', { current_tool: 'nothing_yet' }],
  ['current_tool', 'ręcznie i zawsze są błędy', { current_tool: 'spreadsheets', main_pain: 'errors' }],
  // main pain
  ['main_pain', 'błędy w nadgodzinach, a przepisy to koszmar', { main_pain: 'errors' }, 'not yet'],
  ['main_pain', 'zajmuje mi to dwa dni w miesiącu', { main_pain: 'time' }, 'not yet'],
  ['main_pain', 'zwolnienia lekarskie i urlopy, śledzimy je w Excelu', { main_pain: 'absences', current_tool: 'spreadsheets' }],
  ['main_pain', 'biuro rachunkowe jest wolne i drogie', { main_pain: 'time', current_tool: 'accountant' }, 'not yet'],
  // timeline
  ['timeline', 'jak najszybciej, umowa z Optimą kończy się w marcu', { timeline: 'within_3_months', current_tool: 'payroll_software' }],
  ['timeline', 'w zeszłą wiosnę przenieśliśmy biuro, więc może po wakacjach', { timeline: 'within_12_months' }],
  ['timeline', 'nie zdecydowaliśmy, tylko się rozglądam', { timeline: 'no_plan' }],
  ['timeline', 'raczej w przyszłym roku, budżet jeszcze nie jest zatwierdzony', { timeline: 'later', budget: 'pending' }],
  ['timeline', 'do kwietnia, przychodzi 50 nowych osób', { timeline: 'within_3_months' }],
  // budget
  ['budget', 'tak, mamy odłożone 10 000 zł', { budget: 'approved' }],
  ['budget', 'jeszcze nie, zarząd musi zatwierdzić', { budget: 'pending' }],
  ['budget', 'jeszcze nie ma budżetu, na razie sprawdzamy', { budget: 'none', timeline: 'no_plan' }],
  ['budget', 'będzie w przyszłorocznym budżecie', { budget: 'pending' }, 'not yet'],
  // shift workers
  ['shift_workers', 'tak, większość z naszych 40 pracowników pracuje na zmiany', { shift_workers: 'yes', company_size: 40 }],
  ['shift_workers', 'nie, wszyscy są na etacie z pensją miesięczną', { shift_workers: 'no' }],
  ['shift_workers', 'część sprzątaczek ma stawkę godzinową', { shift_workers: 'yes' }, 'not yet'],
  // motivation
  ['motivation', 'szybko rośniemy i Excel już nie wystarcza', { motivation: ['growth'], current_tool: 'spreadsheets' }],
  ['motivation', 'głównie niższe koszty, biuro rachunkowe jest za drogie', { motivation: ['cost'], current_tool: 'accountant' }],
  ['motivation', 'lepsze raporty i aplikacja dla pracowników', { motivation: ['reporting', 'self_service'] }],
  // not answers
  ['industry', 'po co pytasz?', {}],
  ['company_size', 'ile to kosztuje?', {}],
  // a number taken back in the same breath; a department's head count is not the company's; zero budget
  ['company_size', '40, a raczej 44', { company_size: 44 }],
  ['current_tool', 'płace robi biuro rachunkowe, w dziale kadr są dwie osoby', { current_tool: 'accountant' }],
  ['budget', 'na razie zero', { budget: 'none' }],
  ['budget', 'zero pojęcia', {}],
  // a branch's or a parent company's country is not where the company is
  ['country', 'siedziba jest w Poznaniu, a w Szwecji mamy oddział', { country: 'poland' }],
];
