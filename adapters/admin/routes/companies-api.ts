import express, { Router } from 'express';
import { z } from 'zod';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { CompanyStore } from '../../companies/company-store.js';
import { isFreeMail } from '../../companies/free-mail.js';
import { HttpError, parseOr400 } from '../../http/errors.js';
import { requirePermission } from '../auth/guards.js';

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const MAX_DOMAINS = 100_000;

/** One domain per line (or the first column of a CSV); `https://www.`, paths and an `@` before it are forgiven. */
export function customerDomains(csv: string): { domains: string[]; errors: string[] } {
  const domains: string[] = [];
  const errors: string[] = [];
  for (const [i, line] of csv.split(/\r?\n/).entries()) {
    const first = (line.split(/[,;\t]/)[0] ?? '').trim().replace(/^"|"$/g, '').toLowerCase();
    if (!first || (i === 0 && /^(domain|website|company)/.test(first))) continue;
    const domain = first.replace(/^[a-z]+:\/\//, '').replace(/^www\./, '').replace(/[/?#].*$/, '').replace(/^.*@/, '');
    if (!DOMAIN.test(domain)) errors.push(`line ${i + 1}: "${first.slice(0, 60)}" is not a domain like example.com`);
    else if (isFreeMail(domain)) errors.push(`line ${i + 1}: ${domain} is a free-mail domain, not a customer's`);
    else domains.push(domain);
  }
  return { domains, errors };
}

/** The customer list as JSON; a CSV body (text/csv) is read the same way. */
export const CustomerDomains = z.object({ domains: z.array(z.string().max(300)).max(MAX_DOMAINS) });

/**
 * Accounts under /api/admin/companies: each company with its number of leads, and the marketer's list
 * of customer domains (PUT replaces it) that routing rules on `company.known` read.
 */
export function companiesApi(deps: { store: CompanyStore; clock: Clock }): Router {
  const router = Router();

  router.get('/companies', async (_req, res) => {
    res.json({ companies: await deps.store.accounts(500) });
  });

  router.put('/companies/customers', requirePermission('edit'), express.text({ type: 'text/csv', limit: '5mb' }), async (req, res) => {
    const text = typeof req.body === 'string' ? req.body : parseOr400(CustomerDomains, req.body).domains.join('\n');
    const { domains, errors } = customerDomains(text);
    if (errors.length > 0) throw new HttpError('bad_request', `${errors.length} line(s) are not customer domains: ${errors.slice(0, 5).join('; ')}`);
    if (domains.length > MAX_DOMAINS) throw new HttpError('bad_request', `at most ${MAX_DOMAINS} domains`);
    res.json({ customers: await deps.store.replaceCustomerList(domains, deps.clock.now()) });
  });

  return router;
}
