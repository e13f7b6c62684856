import { describe, expect, it } from 'vitest';
import { DevSet, devSellers, loadDevDefinition, loadDevSet } from './dev-set.js';
import { mismatches } from './heldout-set.js';
import { itIsWellFormed } from './well-formed.js';

// Only that the files are well formed: the figures and failing rows live in `npm run bench:understanding:dev`.
describe.each(devSellers())('the dev understanding set %s', (seller) => {
  const definition = loadDevDefinition(seller);

  itIsWellFormed(definition, (locale) => loadDevSet(seller, locale));
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

  it('takes a count of zero as a value ("no open roles right now")', () => {
    const items = [{ ask: 'open_roles', text: 'x', expect: { open_roles: 0 }, earlier: {}, directive: false }];
    expect(mismatches(loadDevDefinition('taimi'), { note: '', locale: 'en', now: '2026-12-03T10:00:00Z', items })).toEqual([]);
  });
});
