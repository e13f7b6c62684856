import { loadLeanDefinition } from '../../bench/understanding/heldout-set.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';

/** The held-out lean definition (Tilli), for tables of answers written by hand: its held-out answers stay unopened. */
export function leanDefinition(): LeadDefinition {
  return loadLeanDefinition();
}
