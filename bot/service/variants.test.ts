import { describe, expect, it } from 'vitest';
import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { assignVariants, newVisitorId } from './variants.js';

function withVariants(): LeadDefinition {
  const definition = structuredClone(exampleDefinition());
  const industry = definition.criteria.find((c) => c.id === 'industry')!;
  industry.variants.push({ id: 'short', question: { en: 'Your trade?' } }, { id: 'friendly', question: { en: 'What do you do?' } });
  return definition;
}

describe('assignVariants', () => {
  it('gives a visitor the same arm every time', () => {
    const definition = withVariants();
    expect(assignVariants(definition, 'visitor-a')).toEqual(assignVariants(definition, 'visitor-a'));
  });

  it('spreads visitors over the plain question and every variant', () => {
    const definition = withVariants();
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const arm = assignVariants(definition, `visitor-${i}`).industry ?? 'plain';
      counts.set(arm, (counts.get(arm) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual(['friendly', 'plain', 'short']);
    for (const n of counts.values()) expect(n).toBeGreaterThan(800);
  });

  it('assigns nothing for criteria without variants', () => {
    const definition = structuredClone(exampleDefinition());
    for (const criterion of definition.criteria) criterion.variants = [];
    expect(assignVariants(definition, 'visitor-a')).toEqual({});
  });
});

describe('newVisitorId', () => {
  it('draws 24 url-safe symbols from the random source', () => {
    let n = 0;
    const id = newVisitorId({ next: () => (n++ % 64) / 64 });
    expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(id.slice(0, 3)).toBe('ABC');
  });
});
