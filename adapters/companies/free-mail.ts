import { createRequire } from 'node:module';

// email-providers ships ~8,700 domains of free and consumer mail providers (gmail.com, gmx.de,
// wp.pl, luukku.com, …), kept up to date by its maintainer; a person there is no company.
const domains = createRequire(import.meta.url)('email-providers/all.json') as string[];
const FREE_MAIL = new Set(domains.map((d) => d.toLowerCase()));

/** The part after the @, lower case; null for something that is not an address. */
export function emailDomain(email: string | null): string | null {
  const match = email ? /^[^@\s]+@([^@\s]+\.[^@\s]+)$/.exec(email.trim()) : null;
  return match ? match[1]!.toLowerCase().replace(/\.$/, '') : null;
}

/** A free or consumer mail provider's domain (or a subdomain of one, like mail.yahoo.co.uk's parents). */
export function isFreeMail(domain: string): boolean {
  const labels = domain.toLowerCase().split('.');
  for (let i = 0; i < labels.length - 1; i++) if (FREE_MAIL.has(labels.slice(i).join('.'))) return true;
  return false;
}

/** The company domain of an address: its domain unless that belongs to a free-mail provider. */
export function companyDomain(email: string | null): string | null {
  const domain = emailDomain(email);
  return domain && !isFreeMail(domain) ? domain : null;
}
