import { describe, expect, it } from 'vitest';
import { HeldOutItem, HeldOutSource, loadHeldOutSet, loadLeanDefinition, mismatches } from './heldout-set.js';
import { itIsWellFormed } from './well-formed.js';

// Only that the files are well formed: the figures live in `npm run bench:understanding`.
describe.each(HeldOutSource.options)('the held-out understanding %s', (source) => {
  const definition = loadLeanDefinition(source);

  itIsWellFormed(definition, (locale) => loadHeldOutSet(locale, source));
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
