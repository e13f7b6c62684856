import { expect, it } from 'vitest';
import { Locale, type LeadDefinition } from '../../qualification/definition/schema.js';
import { mismatches, type HeldOutSet } from './heldout-set.js';

/**
 * The checks every answers set (held-out or dev) passes before its figures mean anything: a lean
 * definition, at least 60 answers per locale naming only what the definition has, every criterion
 * outside contact asked, and non-answers and directives among them. Call inside a `describe`.
 */
export function itIsWellFormed(definition: LeadDefinition, load: (locale: Locale) => HeldOutSet): void {
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
    const set = load(locale);
    expect(set.locale).toBe(locale);
    expect(set.items.length).toBeGreaterThanOrEqual(60);
    expect(mismatches(definition, set)).toEqual([]);
  });

  // A set that never asks a criterion, or holds only answers, measures less than its figures claim.
  it.each(Locale.options)('asks every criterion outside contact in %s, and holds non-answers and text that tries to set fields', (locale) => {
    const set = load(locale);
    const asked = new Set(set.items.map((i) => i.ask));
    expect(definition.criteria.filter((c) => c.category !== 'contact' && !asked.has(c.id)).map((c) => c.id)).toEqual([]);
    expect(set.items.filter((i) => Object.keys(i.expect).length === 0 && !i.directive).length).toBeGreaterThan(0);
    expect(set.items.filter((i) => i.directive).length).toBeGreaterThan(0);
  });
}
