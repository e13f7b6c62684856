import type { OccupationWords } from '../vocabulary.js';

/**
 * ISCO-08 groups in English (see `OccupationWords`). A role question asks the function, so the
 * function's professionals and staff sit with its managers: HR specialists (2423) under 1212,
 * accountants (2411) under 1211, developers and IT support under 1330, dispatchers and planners with
 * the service managers (1439) who run field operations, as are the foremen who lead the crews. Craft, repair and installation work (7) is
 * one group, named by its tradespeople and the field service's word for them, "technician". Supply
 * and distribution managers (1324) split in two, as marketers do: purchasing (1.3.2.4) and the
 * logistics, warehouse and shift leads (1.3.2.4.1, a part the packs add below the unit); sales and
 * marketing managers (1221) likewise give their e-commerce and digital leads a part (1.2.2.1.1).
 * Professionals a role question seldom lists have their units so that its catch-all takes them
 * (engineers, quantity surveyors and estimators 2.1.4, architects, vets, agronomists 2.1.3.2,
 * building inspectors 3.1.1.2), as have farm workers (9.2.1) and the agents who answer customers' calls,
 * mail and tickets (4.2.2.2), whose heads sit with the service managers (1.4.3.9); quality and compliance leads sit with
 * the health and safety staff (2.2.6.3), whose audits they share, apart from the managers of 1.2.1.
 * `levels` are the words of rank titles join to a function (choices/titles.ts).
 */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['CEO', 'chief executive', 'chief executive officer', 'managing director', 'MD', 'general manager', 'owner', 'co-owner', 'business owner', 'founder', 'co-founder', 'cofounder', 'entrepreneur', 'president', 'self-employed', 'sole trader', 'proprietor', 'owner-operator', 'company director', 'managing partner', 'principal'],
    '1.2.1.1': ['CFO', 'chief financial officer', 'finance director', 'finance manager', 'head of finance', 'financial controller', 'controller', 'financial director', 'accountant', 'chief accountant', 'head of accounting', 'bookkeeper', 'finance officer', 'accounts manager'],
    '1.2.1.2': ['HR manager', 'HR director', 'head of HR', 'head of people', 'people manager', 'CHRO', 'personnel manager', 'HR specialist', 'HR generalist', 'HR business partner', 'HR advisor', 'HR coordinator', 'HR officer', 'HR assistant', 'recruiter'],
    '1.2.2.1': ['sales manager', 'sales director', 'head of sales', 'VP of sales', 'CSO', 'chief sales officer', 'commercial director', 'marketing manager', 'marketing director', 'head of marketing', 'CMO', 'chief marketing officer', 'business development manager', 'key account manager', 'account manager', 'sales rep', 'sales representative', 'salesperson', 'marketer'],
    '1.2.2.1.1': ['e-commerce manager', 'ecommerce manager', 'head of e-commerce', 'head of ecommerce', 'e-commerce lead', 'ecommerce lead', 'e-commerce director', 'e-commerce specialist', 'e-commerce coordinator', 'head of online', 'online manager', 'online director', 'head of digital', 'digital manager', 'digital director', 'online store manager', 'online shop manager', 'webshop manager', 'web shop manager', 'online sales manager', 'head of online sales'],
    '1.3.2.1': ['production manager', 'plant manager', 'factory manager', 'manufacturing manager', 'head of production'],
    '1.3.2.3': ['construction manager', 'site manager', 'project manager', 'contracts manager'],
    '1.3.2.4': ['purchasing manager', 'procurement manager', 'head of procurement', 'head of purchasing', 'buyer', 'purchaser', 'procurement specialist'],
    '1.3.2.4.1': ['logistics manager', 'head of logistics', 'logistics lead', 'logistics coordinator', 'supply chain manager', 'supply chain lead', 'head of supply chain', 'fleet manager', 'transport manager', 'warehouse manager', 'warehouse supervisor', 'shift manager', 'shift supervisor', 'shift lead'],
    '1.3.3.0': ['CTO', 'CIO', 'IT manager', 'head of IT', 'IT director', 'chief technology officer', 'chief information officer', 'system administrator', 'sysadmin', 'IT administrator', 'IT admin', 'IT support', 'IT technician', 'network administrator', 'developer', 'software developer', 'software engineer', 'programmer'],
    '1.4.1.1': ['hotel manager'],
    '1.4.1.2': ['restaurant manager', 'bar manager', 'F&B manager', 'food and beverage manager', 'front of house manager', 'café manager', 'kitchen manager'],
    '1.4.2.0': ['store manager', 'shop manager'],
    '1.4.3.9': ['operations manager', 'head of operations', 'operations director', 'director of operations', 'VP of operations', 'COO', 'chief operating officer', 'service manager', 'field service manager', 'head of service', 'service director', 'customer service manager', 'head of customer service', 'customer care manager', 'head of customer care', 'customer support manager', 'head of customer support', 'support manager', 'head of support', 'customer experience manager', 'head of customer experience', 'contact centre manager', 'contact center manager', 'call centre manager', 'call center manager', 'after-sales manager', 'maintenance manager', 'dispatcher', 'dispatch manager', 'scheduler', 'planner', 'work planner', 'service coordinator', 'operations coordinator', 'foreman', 'site supervisor', 'crew leader', 'field supervisor', 'service supervisor'],
    '1.3.4.5': ['head teacher', 'headteacher', 'headmaster', 'headmistress', 'school principal', 'head of school', 'school head', 'school director', 'nursery manager', 'dean'],
    '2.2.1': ['doctor', 'physician', 'GP', 'general practitioner', 'surgeon', 'consultant physician'],
    '2.2.2.1': ['nurse', 'registered nurse', 'staff nurse', 'practice nurse', 'nurse practitioner', 'midwife'],
    '2.2.6.1': ['dentist', 'dental surgeon'],
    '2.3': ['teacher', 'class teacher', 'subject teacher', 'primary teacher', 'secondary teacher', 'special needs teacher', 'preschool teacher', 'nursery teacher', 'kindergarten teacher', 'lecturer', 'senior lecturer', 'professor', 'tutor', 'school counsellor'],
    '5.3.2': ['care worker', 'carer', 'care assistant', 'healthcare assistant', 'health care assistant', 'support worker', 'home carer', 'nursing assistant'],
    '2.1.3.2': ['agronomist', 'agricultural advisor', 'agricultural adviser', 'agricultural consultant', 'farm advisor', 'farm adviser', 'crop advisor', 'forestry advisor'],
    '2.1.4.2': ['civil engineer', 'structural engineer', 'structural designer', 'building engineer', 'site engineer'],
    '2.1.4.9': ['quantity surveyor', 'cost estimator', 'cost engineer', 'estimator', 'energy auditor', 'energy assessor', 'energy consultant'],
    '2.1.6.1': ['architect'],
    '2.2.5.0': ['vet', 'veterinarian', 'veterinary surgeon'],
    '2.2.6.3': ['safety manager', 'safety officer', 'safety coordinator', 'health and safety manager', 'health and safety officer', 'HSE manager', 'HSE coordinator', 'HSE officer', 'QHSE manager', 'QHSE coordinator', 'SHEQ manager', 'quality manager', 'quality coordinator', 'quality lead', 'head of quality', 'quality assurance manager', 'QA manager', 'compliance manager', 'compliance officer', 'head of compliance'],
    '2.4.2.1': ['management consultant', 'business consultant'],
    '3.1.1.2': ['building inspector', 'site inspector', 'clerk of works', 'building control officer'],
    '9.2.1': ['farm worker', 'farmhand', 'farm hand', 'farm labourer', 'farm laborer', 'stockman', 'herdsman', 'milker', 'relief milker', 'animal caretaker', 'dairy worker'],
    '3.3.4.1': ['office manager', 'office coordinator', 'office supervisor', 'head of office'],
    '4.1.1.0': ['office admin', 'office administrator', 'administrative assistant', 'office clerk'],
    '4.1.2.0': ['secretary', 'assistant', 'executive assistant', 'personal assistant', 'PA'],
    '4.2.2.6': ['receptionist'],
    '4.2.2.2': ['customer service agent', 'customer service representative', 'customer service rep', 'customer service advisor', 'customer service adviser', 'customer service assistant', 'customer service officer', 'customer support agent', 'customer support specialist', 'customer support representative', 'support agent', 'support specialist', 'support representative', 'service desk agent', 'service desk analyst', 'call centre agent', 'call center agent', 'contact centre agent', 'contact center agent', 'customer advisor', 'customer adviser', 'customer care agent', 'customer care advisor'],
    '4.3.1.3': ['payroll clerk', 'payroll administrator', 'payroll specialist', 'payroll officer', 'payroll manager', 'payroll coordinator'],
    '5.1.2.0': ['chef', 'head chef', 'cook', 'sous chef', 'executive chef', 'line cook', 'pastry chef'],
    '5.1.3.1': ['waiter', 'waitress', 'server'],
    '5.1.3.2': ['bartender'],
    '7': ['technician', 'service technician', 'field technician', 'field engineer', 'service engineer', 'installer', 'fitter', 'mechanic', 'tradesman', 'tradesperson', 'craftsman', 'repairman', 'maintenance technician'],
    '7.1.1.2': ['bricklayer', 'mason'],
    '7.1.1.5': ['carpenter', 'joiner'],
    '7.1.2.1': ['roofer'],
    '7.1.2.6': ['plumber', 'pipefitter', 'heating engineer', 'gas engineer'],
    '7.1.2.7': ['HVAC technician', 'HVAC installer', 'HVAC engineer', 'refrigeration engineer', 'refrigeration technician', 'air conditioning technician', 'heat pump installer'],
    '7.1.3.1': ['painter', 'decorator', 'painter and decorator'],
    '7.2.3.1': ['car mechanic', 'motor mechanic', 'vehicle technician'],
    '7.4.1.1': ['electrician', 'electrical installer', 'electrical technician', 'electrical engineer', 'sparky'],
    '8.3.2.2': ['taxi driver', 'van driver', 'delivery driver', 'courier'],
    '8.3.3.2': ['truck driver', 'lorry driver', 'HGV driver', 'bus driver', 'delivery van driver'],
  },
  work: {
    '1.1.2.0': ['own the company', 'own the business', 'own the place', 'own this place', 'own it', 'co-own', 'own the shop', 'own the farm', 'own the restaurant', 'own the firm', 'it’s my place', 'it’s my farm', 'it’s my business', 'run the company', 'run the business', 'my own company', 'my own business', 'my company', 'it’s my shop', 'my own shop', 'it’s our company', 'it’s our business', 'our family business'],
    '1.2.1.1': ['finance', 'finances', 'accounting', 'bookkeeping', 'the books', 'financial side'],
    '1.2.1.2': ['human resources', 'HR', 'HR department', 'people and culture', 'people operations', 'people ops', 'personnel', 'recruitment', 'hiring'],
    '1.2.2.1': ['sales', 'marketing', 'business development', 'sales and marketing'],
    '1.3.2.4': ['purchasing', 'procurement', 'do the ordering', 'do the buying'],
    '1.3.2.4.1': ['logistics', 'supply chain', 'the warehouse', 'manage the warehouse', 'run the warehouse', 'the fleet', 'manage the fleet'],
    '1.3.3.0': ['IT', 'IT department', 'work in IT'],
    '1.4.3.9': ['operations', 'run operations', 'manage operations', 'run the field team', 'dispatch', 'scheduling', 'plan the jobs', 'plan the routes', 'route planning', 'traffic planning', 'do the traffic planning', 'plan the deliveries', 'do the rota', 'do the rotas', 'shift planning', 'do the roster'],
    '3.3.4.1': ['manage the office', 'run the office', 'office management'],
    '4.1.1.0': ['admin', 'administration', 'office work', 'front desk'],
    '4.2.2.2': ['customer service', 'customer support', 'customer care', 'answer the phones', 'answer the phone', 'answer phones', 'answer the calls', 'answer calls', 'answer customer calls', 'take customer calls', 'take the calls', 'handle customer calls', 'answer the tickets', 'answer tickets', 'answer support tickets', 'handle the tickets', 'handle tickets', 'handle support tickets', 'answer customer emails', 'answer the emails from customers', 'reply to customers', 'answer customer questions', 'answer customers', 'work in customer service', 'work in customer support', 'work in support', 'on the phones'],
    '4.3.1.3': ['payroll', 'run payroll', 'do payroll', 'do the payroll', 'payslips', 'salaries', 'wages', 'pay runs'],
    '7': ['do the installations', 'out in the field', 'on the tools', 'do the repairs'],
    '8.3.3.2': ['drive a truck', 'drive a lorry', 'drive trucks', 'drive a bus'],
    '8.3.2.2': ['drive a taxi', 'drive a van', 'do deliveries'],
  },
  levels: {
    before: ['head of', 'VP of', 'vice president of', 'director of', 'manager of'],
    after: ['manager', 'lead', 'leader', 'director', 'head', 'supervisor', 'coordinator'],
    linking: [],
    seniority: ['senior', 'junior', 'deputy', 'associate', 'acting'],
    gluedDeputies: [],
    abbreviations: [],
    leading: ['I lead', 'I head', 'I head up', 'I manage', 'I run', 'I’m in charge of', 'I am in charge of'],
  },
  owning: {
    verbs: ['I own', 'I co-own', 'I run', 'I founded', 'I co-founded', 'I started', 'I set up', 'I have'],
    places: ['place', 'practice', 'studio', 'agency', 'venue', 'outfit'],
  },
};
