import type { OccupationWords } from '../pack.js';

/**
 * ISCO-08 groups in English (see `OccupationWords`). A role question asks the function, so the
 * function's professionals sit with its managers: HR specialists (2423) under 1212, accountants
 * (2411) under 1211.
 */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['CEO', 'chief executive', 'managing director', 'MD', 'general manager', 'owner', 'co-owner', 'business owner', 'founder', 'co-founder', 'cofounder', 'entrepreneur', 'president', 'self-employed', 'sole trader'],
    '1.2.1.1': ['CFO', 'finance director', 'finance manager', 'head of finance', 'financial controller', 'controller', 'financial director', 'accountant', 'chief accountant', 'head of accounting', 'bookkeeper'],
    '1.2.1.2': ['HR manager', 'HR director', 'head of HR', 'head of people', 'people manager', 'CHRO', 'personnel manager', 'HR specialist', 'HR generalist', 'HR business partner', 'HR advisor', 'HR coordinator', 'HR officer', 'HR assistant', 'recruiter'],
    '1.3.2.1': ['production manager', 'plant manager', 'factory manager'],
    '1.3.3.0': ['CTO', 'CIO', 'IT manager', 'head of IT'],
    '1.4.1.2': ['restaurant manager'],
    '1.4.2.0': ['store manager', 'shop manager'],
    '3.3.4.1': ['office manager', 'office coordinator', 'office supervisor', 'head of office'],
    '4.1.1.0': ['office admin', 'office administrator', 'administrative assistant', 'office clerk'],
    '4.1.2.0': ['secretary', 'assistant', 'executive assistant', 'personal assistant', 'PA'],
    '4.2.2.6': ['receptionist'],
    '4.3.1.3': ['payroll clerk', 'payroll administrator', 'payroll specialist', 'payroll officer', 'payroll manager', 'payroll coordinator'],
    '5.1.2.0': ['chef', 'head chef', 'cook'],
  },
  work: {
    '1.1.2.0': ['own the company', 'own the business', 'run the company', 'run the business', 'my own company', 'my own business', 'my company'],
    '1.2.1.1': ['finance', 'finances', 'accounting', 'bookkeeping', 'the books', 'financial side'],
    '1.2.1.2': ['human resources', 'HR', 'HR department', 'people and culture', 'people operations', 'people ops', 'personnel', 'recruitment', 'hiring'],
    '3.3.4.1': ['manage the office', 'run the office', 'office management'],
    '4.1.1.0': ['admin', 'administration', 'office work', 'front desk'],
    '4.3.1.3': ['payroll', 'run payroll', 'do payroll', 'do the payroll', 'payslips', 'salaries', 'wages', 'pay runs'],
  },
};
