import type { Answer } from '../answer.js';
import type { LeadDefinition } from '../definition/schema.js';
import type { RouteFacts } from './route.js';

/** The companies already known (customers), as the store lists them: lower-case domains, normalised names. */
export interface KnownCompanies {
  domains: readonly string[];
  names: readonly string[];
}

export const NO_KNOWN_COMPANIES: KnownCompanies = { domains: [], names: [] };

/** A company name as compared: case, spacing and a trailing legal form ("Oy", "AB", "GmbH", "Ltd") ignored. */
export function normaliseCompanyName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[.,]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s+(oy|oyj|ab|as|a\/s|aps|gmbh|ltd|limited|inc|llc|sp\s*z\s*o\s*o|sa|bv|plc)$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether any rule routes on the company: only then are the known companies worth reading for a turn. */
export function routesOnCompany(definition: LeadDefinition): boolean {
  return definition.routing.rules.some((r) => r.when.some((c) => 'company' in c));
}

/**
 * What routing knows about the person's company: known when the e-mail's domain (or a parent domain)
 * or the company name they gave is among the known companies. The contact criteria are found as the
 * lead view finds them: the e-mail criterion, and the text criterion whose id names the company.
 */
export function companyFacts(definition: LeadDefinition, answers: Answer[], known: KnownCompanies): RouteFacts {
  if (known.domains.length === 0 && known.names.length === 0) return { companyKnown: false };
  const contact = definition.criteria.filter((c) => c.category === 'contact');
  const valueOf = (id: string | undefined) => {
    const found = answers.find((a) => a.criterionId === id);
    return found && typeof found.value === 'string' ? found.value : null;
  };
  const email = valueOf(contact.find((c) => c.type === 'email')?.id);
  const name = valueOf(contact.find((c) => c.type === 'text' && c.id.includes('company'))?.id);
  const domain = email?.split('@')[1]?.toLowerCase() ?? null;
  const labels = domain?.split('.') ?? [];
  const domains = new Set(known.domains);
  const byDomain = labels.some((_, i) => i < labels.length - 1 && domains.has(labels.slice(i).join('.')));
  const byName = name !== null && known.names.includes(normaliseCompanyName(name));
  return { companyKnown: byDomain || byName };
}
