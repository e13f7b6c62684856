import { describe, expect, it } from 'vitest';
import { Locale } from '../../qualification/definition/schema.js';
import { DevSet, devSellers, loadDevDefinition, loadDevSet } from './dev-set.js';
import { mismatches } from './heldout-set.js';

// Only that the files are well formed: the figures and failing rows live in `npm run bench:understanding:dev`.
describe.each(devSellers())('the dev understanding set %s', (seller) => {
  const definition = loadDevDefinition(seller);

  it('has a lean definition that validates, with at most six synonyms per option in every locale', () => {
    expect(definition.locales).toEqual(Locale.options);
    for (const criterion of definition.criteria) {
      if (criterion.type !== 'choice' && criterion.type !== 'multi') continue;
      for (const option of criterion.options) {
        for (const locale of Locale.options) expect(option.synonyms[locale]?.length ?? 0).toBeLessThanOrEqual(6);
      }
    }
  });

  it.each(Locale.options)('has at least 60 %s answers, each naming only criteria and values of its lean definition', (locale) => {
    const set = loadDevSet(seller, locale);
    expect(set.locale).toBe(locale);
    expect(set.items.length).toBeGreaterThanOrEqual(60);
    expect(mismatches(definition, set)).toEqual([]);
  });

  it.each(Locale.options)('asks every criterion outside contact in %s, and holds non-answers and text that tries to set fields', (locale) => {
    const set = loadDevSet(seller, locale);
    const asked = new Set(set.items.map((i) => i.ask));
    expect(definition.criteria.filter((c) => c.category !== 'contact' && !asked.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(set.items.filter((i) => Object.keys(i.expect).length === 0 && !i.directive).length).toBeGreaterThan(0);
    expect(set.items.filter((i) => i.directive).length).toBeGreaterThan(0);
  });
});

describe('a dev set', () => {
  it('is found under bench/dev/', () => {
    expect(devSellers().length).toBeGreaterThan(0);
  });

  it('says it is tuning material, not held-out', () => {
    const items = Array.from({ length: 60 }, () => ({ ask: 'budget', text: 'x', expect: {} }));
    const base = { locale: 'en', now: '2026-12-02T10:00:00Z', items };
    expect(DevSet.safeParse({ ...base, note: 'DEV set: tuning material, written blind on 2026-12-02; NOT held-out.' }).success).toBe(true);
    expect(DevSet.safeParse({ ...base, note: 'Held-out set: written before any tuning, never used to add synonyms or rules.' }).success).toBe(false);
  });
});
