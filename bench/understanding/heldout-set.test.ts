import { describe, expect, it } from 'vitest';
import { Locale } from '../../qualification/definition/schema.js';
import { HeldOutItem, HeldOutSource, loadHeldOutSet, loadLeanDefinition, mismatches } from './heldout-set.js';

// Only that the files are well formed: the figures live in `npm run bench:understanding`.
describe.each(HeldOutSource.options)('the held-out understanding %s', (source) => {
  const definition = loadLeanDefinition(source);

  it('has a lean definition that validates, with at most six synonyms per option in every locale', () => {
    expect(definition.locales).toEqual(Locale.options);
    for (const criterion of definition.criteria) {
      if (criterion.type !== 'choice' && criterion.type !== 'multi') continue;
      for (const option of criterion.options) {
        for (const locale of Locale.options) expect(option.synonyms[locale]?.length ?? 0).toBeLessThanOrEqual(6);
      }
    }
  });

  it.each(Locale.options)('has at least 60 %s answers, each naming only criteria and values of the lean definition', (locale) => {
    const set = loadHeldOutSet(locale, source);
    expect(set.locale).toBe(locale);
    expect(set.items.length).toBeGreaterThanOrEqual(60);
    expect(mismatches(definition, set)).toEqual([]);
  });

  // A set that never asks a criterion, or holds only answers, measures less than its figures claim.
  it.each(Locale.options)('asks every criterion outside contact in %s, and holds non-answers and text that tries to set fields', (locale) => {
    const set = loadHeldOutSet(locale, source);
    const asked = new Set(set.items.map((i) => i.ask));
    expect(definition.criteria.filter((c) => c.category !== 'contact' && !asked.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(set.items.filter((i) => Object.keys(i.expect).length === 0 && !i.directive).length).toBeGreaterThan(0);
    expect(set.items.filter((i) => i.directive).length).toBeGreaterThan(0);
  });
});

describe('a held-out item', () => {
  const definition = loadLeanDefinition();

  it('refuses an item that expects facts but none for the criterion asked, and a directive that expects facts', () => {
    expect(HeldOutItem.safeParse({ ask: 'budget', text: 'x', expect: { role: 'owner' } }).success).toBe(false);
    expect(HeldOutItem.safeParse({ ask: 'budget', text: 'x', expect: { budget: 'none' }, directive: true }).success).toBe(false);
    expect(HeldOutItem.safeParse({ ask: 'budget', text: 'x', expect: { budget: 'none', role: 'owner' } }).success).toBe(true);
  });

  it('names an expected value the definition does not have', () => {
    const set = { note: '', locale: 'en' as const, now: '2026-02-23T10:00:00Z', items: [{ ask: 'budget', text: 'x', expect: { budget: 'lots' }, earlier: {}, directive: false }] };
    expect(mismatches(definition, set)).toEqual(['item 1: budget has no such value']);
  });

  it('names a criterion asked that the definition does not have', () => {
    const set = { note: '', locale: 'en' as const, now: '2026-02-23T10:00:00Z', items: [{ ask: 'fleet', text: 'x', expect: {}, earlier: {}, directive: false }] };
    expect(mismatches(definition, set)).toEqual(['item 1: asks unknown criterion fleet']);
  });
});
