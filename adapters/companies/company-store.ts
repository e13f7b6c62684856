import type { KnownCompanies } from '../../qualification/route/company.js';

export interface Company {
  id: string;
  domain: string | null;
  name: string | null;
  /** Why it is a known customer: the marketer's list, or the CRM; null when it is not. */
  knownBy: 'list' | 'crm' | null;
}

/** One account: the company and its leads, newest first. */
export interface Account {
  company: Company;
  leads: Array<{ id: string; createdAt: string; decision: string; status: string; email: string | null }>;
}

/** The companies port: each lead's company, the customers already known, the accounts the admin shows. */
export interface CompanyStore {
  knownCompanies(): Promise<KnownCompanies>;
  /** Replaces the marketer's list of customer domains; answers how many the list now holds. */
  replaceCustomerList(domains: string[], now: Date): Promise<number>;
  /** A customer found in the CRM. */
  markCompanyKnown(domain: string, now: Date): Promise<void>;
  accounts(limit: number): Promise<Array<Company & { leads: number }>>;
  /** The account of the lead's company; null when the lead has none (no consented e-mail or name). */
  leadAccount(leadId: string): Promise<Account | null>;
}
