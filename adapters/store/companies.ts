import { randomUUID } from 'node:crypto';
import type { Account, Company, CompanyStore } from '../companies/company-store.js';
import type { SqlDriver } from './driver.js';
import { iso, json } from './records.js';

interface CompanyRow {
  id: string;
  domain: string | null;
  name: string | null;
  known_by: Company['knownBy'];
}

const toCompany = (r: CompanyRow): Company => ({ id: r.id, domain: r.domain, name: r.name, knownBy: r.known_by });

export function companyStore(driver: SqlDriver): CompanyStore {
  return {
    async knownCompanies() {
      const rows = await driver.query<{ domain: string | null; name_key: string | null }>('SELECT domain, name_key FROM companies WHERE known_by IS NOT NULL');
      return { domains: rows.flatMap((r) => (r.domain ? [r.domain] : [])), names: rows.flatMap((r) => (r.name_key ? [r.name_key] : [])) };
    },

    async replaceCustomerList(domains, now) {
      const list = json([...new Set(domains.map((d) => d.toLowerCase()))]);
      return driver.transaction(async (tx) => {
        await tx.query(`UPDATE companies SET known_by = NULL WHERE known_by = 'list' AND domain NOT IN (SELECT jsonb_array_elements_text($1::jsonb))`, [list]);
        await tx.query(
          `INSERT INTO companies (id, domain, known_by, created_at)
           SELECT gen_random_uuid()::text, d, 'list', $2 FROM jsonb_array_elements_text($1::jsonb) AS d
           ON CONFLICT (domain) DO UPDATE SET known_by = COALESCE(companies.known_by, 'list')`,
          [list, now.toISOString()],
        );
        const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM companies WHERE known_by = 'list'`);
        return row?.n ?? 0;
      });
    },

    async markCompanyKnown(domain, now) {
      await driver.query(
        `INSERT INTO companies (id, domain, known_by, created_at) VALUES ($1, $2, 'crm', $3)
         ON CONFLICT (domain) DO UPDATE SET known_by = COALESCE(companies.known_by, 'crm')`,
        [randomUUID(), domain.toLowerCase(), now.toISOString()],
      );
    },

    async accounts(limit) {
      const rows = await driver.query<CompanyRow & { leads: number }>(
        `SELECT c.id, c.domain, c.name, c.known_by, count(l.conversation_id)::int AS leads
         FROM companies c LEFT JOIN leads l ON l.company_id = c.id
         GROUP BY c.id ORDER BY count(l.conversation_id) DESC, c.domain, c.name LIMIT $1`,
        [limit],
      );
      return rows.map((r) => ({ ...toCompany(r), leads: r.leads }));
    },

    async leadAccount(leadId) {
      const [company] = await driver.query<CompanyRow>(
        'SELECT c.id, c.domain, c.name, c.known_by FROM companies c JOIN leads l ON l.company_id = c.id WHERE l.conversation_id = $1',
        [leadId],
      );
      if (!company) return null;
      const leads = await driver.query<{ conversation_id: string; created_at: Date | string; decision: string; status: string; email: string | null }>(
        'SELECT conversation_id, created_at, decision, status, email FROM leads WHERE company_id = $1 ORDER BY created_at DESC, conversation_id LIMIT 100',
        [company.id],
      );
      const account: Account = {
        company: toCompany(company),
        leads: leads.map((l) => ({ id: l.conversation_id, createdAt: iso(l.created_at), decision: l.decision, status: l.status, email: l.email })),
      };
      return account;
    },
  };
}
