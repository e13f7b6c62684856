import type { LocalePack } from '../../locales/pack.js';
import { fold } from '../normalize.js';

/**
 * Words that tie a number to a unit. `after` are word beginnings following the number
 * ("120 employees", "120-person", "50 hengen", "40 osób"); `before` are phrases right before it
 * ("we employ 120", "meitä on 40", "jest nas 40").
 */
export interface UnitCues {
  after: string[];
  before: string[];
  /**
   * Counts said in words without a number, as folded regexp sources and their value, read only in
   * answer to the question: "just me" (1), "my partner and me" (2), "tylko ja" (1).
   */
  spoken: readonly (readonly [string, number])[];
  /** The visitor's own word for themselves, a folded regexp source ("me", "minä"): one more beside a count ("me plus 3 part-timers"). */
  self?: string;
}

/** Unit names a definition may use for head counts: their cues come from the locale pack. */
const HEADCOUNT_UNITS = new Set(['employees', 'employee', 'people', 'persons', 'staff', 'headcount']);

/** Whether a criterion's unit counts people: then the locale pack's head-count cues are its own. */
export function isHeadcount(unit: string): boolean {
  return HEADCOUNT_UNITS.has(fold(unit.trim()));
}

/** Cues for a criterion's unit in a pack; an unknown unit is cued by its own name only. */
export function cuesFor(unit: string, pack: LocalePack): UnitCues {
  const name = fold(unit.trim());
  if (isHeadcount(name)) return pack.headcount;
  return { after: name.length >= 3 ? [name] : [], before: [], spoken: [] };
}
