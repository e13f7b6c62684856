import { describePhrases, unsure, type PhraseRow } from '../../test/support/phrase-table.js';

const rows: PhraseRow[] = [
  // the group's count beside the company's own, and money beside a head count
  ['company_size', 'w całej grupie 900, w naszej spółce 65', { company_size: 65 }],
  ['company_size', 'przychody 15 mln, 40 pracowników', { company_size: 40 }],
  ['company_size', 'teraz 80, może 100 do lata', { company_size: 80 }], // a horizon for the head count is no buying timeline
  // czyj e-mail
  ['contact_email', 'mój adres: jan@firma.pl, biuro: biuro@firma.pl', { contact_email: 'jan@firma.pl' }],
  ['contact_email', 'jan@firma.pl albo ewa@firma.pl', { contact_email: unsure('jan@firma.pl') }],
  // wyrażenia czasu względem teraz (połowa stycznia), i o czymś innym
  ['timeline', 'do końca pierwszego półrocza', { timeline: 'within_6_months' }],
  ['timeline', 'zaraz po świętach', { timeline: 'within_6_months' }],
  ['timeline', 'od marca', { timeline: 'within_3_months' }],
  [null, 'umowa najmu kończy się w przyszłym roku', {}],
  [null, 'w zeszłym roku przejęliśmy konkurenta', {}],
  [null, 'wyślę to do prezesa', {}],
  // inne osoby to nie rola odwiedzającego
  ['role', 'o zakupach decyduje właściciel', {}],
  [null, 'nasz prezes podpisuje umowy', {}],
  ['role', 'prezes decyduje, ja jestem kierownikiem serwisu', { role: 'operations' }],
  // kiedyś/teraz i liczby słowami
  ['company_size', 'tylko ja i brat', { company_size: 2 }],
  ['company_size', 'kiedyś 300, teraz około 80', { company_size: 80 }],
  ['company_size', 'tylko ja', { company_size: 1 }],
  ['company_size', 'ja i wspólnik', { company_size: 2 }],
  ['company_size', 'między 40 a 50', { company_size: 45 }],
  // numbers
  ['company_size', '50', { company_size: 50 }],
  ['company_size', 'około 40 osób', { company_size: 40 }],
  ['company_size', '1 200', { company_size: 1200 }],
  [null, 'zatrudniamy 1.200 pracowników', { company_size: 1200 }],
  ['company_size', '2k', { company_size: 2000 }],
  ['company_size', '1,5 tys.', { company_size: 1500 }],
  ['company_size', 'dwieście', { company_size: 200 }],
  ['company_size', 'sto dwadzieścia', { company_size: 120 }],
  ['company_size', 'czterdzieści', { company_size: 40 }],
  ['company_size', 'kilkanaście osób', { company_size: 15 }],
  [null, 'firma liczy około stu pracowników', { company_size: 100 }],
  ['company_size', '50-60', { company_size: 55 }],
  [null, 'od 50 do 60 osób', { company_size: 55 }],
  [null, 'jest nas 25', { company_size: 25 }],
  [null, '120-osobowa firma', { company_size: 120 }],
  [null, 'mamy 3 oddziały', {}],
  // choices, cases
  ['industry', 'HVAC', { industry: 'hvac' }],
  [null, 'jesteśmy firmą elektryczną', { industry: 'electrical' }],
  ['industry', 'hydraulika', { industry: 'plumbing' }],
  ['industry', 'hydraulikami', { industry: 'plumbing' }],
  [null, 'zajmujemy się utrzymaniem nieruchomości', { industry: 'facility_maintenance' }],
  ['industry', 'budownictwo', { industry: 'construction' }],
  ['industry', 'budownctwo', { industry: 'construction' }],
  // A country's English name is one Polish visitors use as their own (the pack mixes in English).
  ['country', 'Sweden', { country: 'sweden' }],
  ['country', 'Polska', { country: 'poland' }],
  ['country', 'szwecja', { country: 'sweden' }],
  [null, 'działamy w Polsce', { country: 'poland' }],
  [null, 'biuro mamy we Wrocławiu', { country: 'poland' }],
  [null, 'jesteśmy z Krakowa', { country: 'poland' }],
  [null, 'działamy w Niemczech', { country: 'other_europe' }],
  ['role', 'jestem właścicielem', { role: 'owner_ceo' }],
  ['role', 'jestem kierownikiem serwisu', { role: 'operations' }],
  ['role', 'pracuję w dziale IT', { role: 'it' }],
  ['current_tool', 'w Excelu', { current_tool: 'paper_spreadsheets' }],
  ['current_tool', 'na papierze', { current_tool: 'paper_spreadsheets' }],
  ['current_tool', 'starym systemie', { current_tool: 'old_system' }],
  ['budget', 'tak', { budget: 'allocated' }],
  ['budget', 'na razie nie', { budget: 'no_budget' }],
  ['motivation', 'oszczędność czasu i mniej stresu', { motivation: ['save_time', 'less_stress'] }],
  ['decision_power', 'sam decyduję', { decision_power: 'decision_maker' }],
  ['main_pain', 'fakturowanie', { main_pain: 'invoicing' }],
  // time
  ['timeline', 'od razu', { timeline: 'within_3_months' }],
  ['timeline', 'w przyszłym miesiącu', { timeline: 'within_3_months' }],
  ['timeline', 'za dwa miesiące', { timeline: 'within_3_months' }],
  [null, 'w ciągu trzech miesięcy', { timeline: 'within_3_months' }],
  ['timeline', 'w ciągu pół roku', { timeline: 'within_6_months' }],
  [null, 'po wakacjach', { timeline: 'within_12_months' }],
  [null, 'do końca roku', { timeline: 'within_12_months' }],
  [null, 'jesienią', { timeline: 'within_12_months' }],
  [null, 'w przyszłym roku', { timeline: 'no_plan' }],
  [null, 'nie planujemy jeszcze', { timeline: 'no_plan' }],
  [null, 'jesteśmy z Kanady', { country: 'outside_europe' }],
  [null, 'firma ze Stanów', { country: 'outside_europe' }],
  // several facts at once ("system do planowania" also reads as scheduling being the pain)
  [
    null,
    'Jesteśmy firmą HVAC z Warszawy, zatrudniamy 120 osób i wymieniamy stary system do planowania przed latem',
    { company_size: 120, industry: 'hvac', country: 'poland', current_tool: 'old_system', main_pain: 'scheduling', timeline: 'within_6_months' },
  ],
  [
    null,
    'Jestem właścicielem firmy hydraulicznej z Gdańska, mamy 30 pracowników i wszystko w Excelu',
    { role: 'owner_ceo', industry: 'plumbing', country: 'poland', company_size: 30, current_tool: 'paper_spreadsheets' },
  ],
  // contact
  ['contact_name', 'nazywam się Anna Nowak', { contact_name: 'Anna Nowak' }],
  ['contact_email', 'anna@firma.pl', { contact_email: 'anna@firma.pl' }],
  ['company_name', 'Instal-Bud Sp. z o.o.', { company_name: 'Instal-Bud Sp. z o.o.' }],
  // samo imię i nazwisko, gdy odwiedzający dodaje rolę, powitanie lub skąd jest
  ['contact_name', 'Anna Nowak, kierownik magazynu', { contact_name: 'Anna Nowak' }],
  ['contact_name', 'Piotr z firmy Meblex', { contact_name: 'Piotr' }],
  ['contact_name', 'tu Ewa Lewandowska z Krakowa', { contact_name: 'Ewa Lewandowska' }],
  ['contact_name', 'dzień dobry, Agnieszka Wójcik', { contact_name: 'Agnieszka Wójcik' }],
  ['contact_name', 'z tej strony Michał', { contact_name: 'Michał' }],
  ['contact_name', 'Jestem Paweł, prowadzę sklep', { contact_name: 'Paweł' }],
];

describePhrases('understanding Polish visitors (example definition)', 'pl', rows);
