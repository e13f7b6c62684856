import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { fold } from '../normalize.js';

/** A seniority word keeps its first letters through its cases ("zastępca", "zastępczynią", "sijainen", "sijaisena"): all but its last few, and at least this many. */
const MIN_STEM = 5;
const CHANGING_END = 3;

const seniorityStems = perPack((pack) =>
  pack.occupations.levels.seniority
    .map(fold)
    .filter((w) => w.length > MIN_STEM)
    .map((w) => w.slice(0, Math.max(MIN_STEM, w.length - CHANGING_END))),
);

/**
 * A word of seniority beside a title in the genitive makes the title the function the visitor
 * stands in for, not another person's: "zastępca dyrektora finansowego", "jestem zastępczynią
 * kierownika", "asiakaspalvelupäällikön sijainen" are the deputy's own function, where
 * "asystentka prezesa" and "toimitusjohtajan assistentti" stay whose assistant the visitor is.
 */
export function deputyOf(before: readonly { text: string }[], after: readonly { text: string }[], pack: LocalePack): boolean {
  const stems = seniorityStems(pack);
  const seniority = (word: string | undefined) => word !== undefined && stems.some((s) => word.startsWith(s));
  return seniority(before.at(-1)?.text) || seniority(after[0]?.text);
}
