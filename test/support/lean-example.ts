import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { exampleDefinition } from './example-definition.js';

/** How many synonyms per option and locale a marketer writes when nobody tunes for them (issue 12: 3–6). */
const LEAN = 4;

/**
 * The shipped example (Fieldwise) cut down to how a marketer writes a definition: the label and the
 * first few synonyms per option and locale. Tables of answers written by hand against it measure how
 * understanding generalises, without tuning on any held-out set.
 */
export function leanExample(): LeadDefinition {
  const example = exampleDefinition();
  return {
    ...example,
    criteria: example.criteria.map((criterion) =>
      criterion.type === 'choice' || criterion.type === 'multi'
        ? {
            ...criterion,
            options: criterion.options.map((option) => ({
              ...option,
              synonyms: Object.fromEntries(Object.entries(option.synonyms).map(([locale, list]) => [locale, list.slice(0, LEAN)])),
            })),
          }
        : criterion,
    ),
  };
}
