import { describe, expect, it } from 'vitest';
import type { Answer } from '../answer.js';
import { LeadDefinition } from '../definition/schema.js';
import { validateDefinition } from '../definition/parse.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { companyFacts, normaliseCompanyName, routesOnCompany } from './company.js';
import { route } from './route.js';

const at = '2026-12-02T00:00:00.000Z';
const a = (criterionId: string, value: string | number): Answer => ({ criterionId, value, raw: String(value), source: 'asked', confidence: 1, at });

/** The example with one rule more, first: existing customers go to their account manager (mikko). */
function withCustomerRule(): LeadDefinition {
  const base = exampleDefinition();
  const result = validateDefinition({
    ...base,
    routing: { ...base.routing, rules: [{ owner: 'mikko', when: [{ company: { known: true } }] }, ...base.routing.rules] },
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.definition;
}

describe('routing on company.known', () => {
  const definition = withCustomerRule();
  const known = { domains: ['asiakas.fi'], names: ['kylmä & lämpö'] };

  it('sends a known customer to their account manager, by e-mail domain or by the company name given', () => {
    const sweden = a('country', 'sweden');
    expect(route(definition, [sweden], companyFacts(definition, [sweden, a('contact_email', 'pekka@asiakas.fi')], known)).id).toBe('mikko');
    expect(route(definition, [sweden], companyFacts(definition, [sweden, a('contact_email', 'pekka@sales.asiakas.fi')], known)).id).toBe('mikko');
    const byName = [sweden, a('contact_email', 'liisa@gmail.com'), a('company_name', 'Kylmä & Lämpö Oy')];
    expect(route(definition, byName, companyFacts(definition, byName, known)).id).toBe('mikko');
  });

  it('routes anyone else by the other rules', () => {
    const answers = [a('country', 'sweden'), a('contact_email', 'someone@uusi.fi'), a('company_name', 'Uusi Oy')];
    expect(route(definition, answers, companyFacts(definition, answers, known)).id).toBe('erik');
    expect(route(definition, answers).id).toBe('erik'); // no facts: not known
  });

  it('is validated with the definition and noticed by the service only where used', () => {
    expect(routesOnCompany(definition)).toBe(true);
    expect(routesOnCompany(exampleDefinition())).toBe(false);
    const bad = validateDefinition({ ...exampleDefinition(), routing: { ...exampleDefinition().routing, rules: [{ owner: 'mikko', when: [{ company: { known: 'yes' } }] }] } });
    expect(bad.ok).toBe(false);
  });

  it('compares names without case, spacing or legal form', () => {
    expect(normaliseCompanyName('  Kylmä  &  Lämpö OY ')).toBe('kylmä & lämpö');
    expect(normaliseCompanyName('Acme Ltd.')).toBe('acme');
  });
});
