import type { Locale, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { ancestors, depth, section, tradesIn, within, type Classification } from './trade-codes.js';

type ChoiceOptions = readonly Option[];

/** An option's label and synonyms in a language. */
export const optionTexts = (option: Option, locale: Locale) => [option.label[locale], ...(option.synonyms[locale] ?? [])].filter((t): t is string => Boolean(t));

export type Coverage = Map<Option, Map<string, number>>;

/** How many of each option's texts (label and synonyms, in every language of the definition) name each trade; once per criterion. */
const covering: Record<Classification, WeakMap<ChoiceOptions, Coverage>> = { industries: new WeakMap(), occupations: new WeakMap(), goods: new WeakMap() };
export function coverage(options: ChoiceOptions, locales: readonly Locale[], kind: Classification): Coverage {
  let covered = covering[kind].get(options);
  if (!covered) {
    covered = new Map();
    for (const option of options) {
      const counts = new Map<string, number>();
      const languages = new Map<string, Set<Locale>>();
      for (const locale of locales) {
        for (const text of optionTexts(option, locale)) {
          for (const code of tradesIn(text, packFor(locale), kind)) {
            counts.set(code, (counts.get(code) ?? 0) + 1);
            languages.set(code, (languages.get(code) ?? new Set()).add(locale));
          }
        }
      }
      covered.set(option, kind === 'occupations' ? withoutStrays(counts, languages) : counts);
    }
    covering[kind].set(options, covered);
  }
  return covered;
}

const major = (code: string) => code.split('.')[0] as string;
/**
 * A job only one language of an option's texts names, in an ISCO major group no job several
 * languages name is in, is how that language files a word, not what the option is about: Finnish
 * files "myyjä" (a shop's sales assistant) with sales managers, Swedish "personal" (staff) with HR,
 * so an option of waiters, cooks and "myyjä" does not take a marketing lead.
 */
function withoutStrays(counts: Map<string, number>, languages: Map<string, Set<Locale>>): Map<string, number> {
  const shared = new Set([...languages].filter(([, l]) => l.size > 1).map(([code]) => major(code)));
  if (!shared.size) return counts;
  return new Map([...counts].filter(([code]) => (languages.get(code)?.size ?? 0) > 1 || shared.has(major(code))));
}

const titled: Record<Classification, WeakMap<Option, boolean>> = { industries: new WeakMap(), occupations: new WeakMap(), goods: new WeakMap() };
export function namesTitles(option: Option, locales: readonly Locale[], kind: Classification): boolean {
  let known = titled[kind].get(option);
  if (known === undefined) titled[kind].set(option, (known = locales.some((l) => optionTexts(option, l).some((t) => tradesIn(t, packFor(l), kind, true).length > 0))));
  return known;
}

/**
 * An option speaks for a trade when the definition names it that many times more often for that
 * option than for any other: "renovations" among forty words for building work does not make a
 * plumbing option the one for construction, but heating and plumbing options naming the same class
 * leave it to neither.
 */
const DOMINANCE = 4;

function dominant(weights: [Option, number][]): Option | null {
  const [first, second] = weights.filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]);
  if (!first) return null;
  return !second || first[1] >= DOMINANCE * second[1] ? first[0] : null;
}

const weigh = (covered: Coverage, counts: (codes: Map<string, number>) => number): [Option, number][] => [...covered].map(([o, codes]) => [o, counts(codes)]);
const sum = (codes: Map<string, number>, keep: (code: string) => boolean) => [...codes].reduce((n, [c, k]) => n + (keep(c) ? k : 0), 0);

/** The node one level below `node` that `code` (within it) falls in: "N.81.2" under "N.81" is "N.81.2", under "N" it is "N.81". */
const childOf = (code: string, node: string) => code.split('.').slice(0, node.split('.').length + 1).join('.');

/** ISCO-08 units have four digits; a fifth is a part of a unit the packs add ("1.3.2.4.1", logistics of supply and distribution). */
const UNIT_DEPTH = 4;
const isPart = (code: string, kind: Classification) => kind === 'occupations' && code.split('.').length > UNIT_DEPTH;
/**
 * A part the packs add of the unit named (e-commerce leads of sales and marketing managers) is a
 * function beside the rest of the unit, not within it: a buyer is not the logistics option's, a
 * marketing manager not the e-commerce option's.
 */
const partOf = (part: string, unit: string, kind: Classification) => isPart(part, kind) && part !== unit && !isPart(unit, kind);

/**
 * The branch of a group a code is on, as a question's options tell branches apart: a trade's division
 * below its section ("N.81" of "N.81.2"); a job's unit, as each unit is a function of its own (finance
 * managers, 1.2.1.1, are no HR managers, 1.2.1.2, though ISCO files both in one minor group); a part the
 * packs add is a branch of its own.
 */
const branchOf = (code: string, group: string, kind: Classification) =>
  isPart(code, kind) ? code : kind === 'occupations' ? code.split('.').slice(0, UNIT_DEPTH).join('.') : childOf(code, group);

/**
 * Functions a role question's options put together though ISCO-08 files them apart: production,
 * site and logistics managers (1.3.2.1, 1.3.2.3, and the logistics half 1.3.2.4.1 of supply and
 * distribution) are the operations a marketer's "Operations" option (1.4.3.9) means, when no
 * other option names their group; purchasing stays apart.
 */
const KIN: readonly (readonly [string, string])[] = [
  ['1.3.2.1', '1.4.3.9'],
  ['1.3.2.3', '1.4.3.9'],
  ['1.3.2.4.1', '1.4.3.9'],
];

/**
 * The option a trade the visitor names belongs to: the one speaking for its nearest ancestor
 * ("roofing", F.43.91, is "Construction", which covers F); else the one speaking for the classes
 * below it. Else, from its nearest group with any coverage up to its section (for occupations only
 * the sub-major group), the one option covering several branches of that group ("architects", M.71,
 * beside "accounting firm" M.69 and "consulting" M.70); when options cover only one other branch
 * of it, a trade of its own ("security firm", N.80, beside "cleaning", N.81; "cleaning", N.81.2,
 * beside "facility services", N.81.1) is the catch-all's, as is a trade no option's section covers,
 * and a trade of a branch none covers where several options each speak for another branch ("sheep",
 * A.01.45, beside "Dairy", "Pigs" and "Poultry"). `null` when options cover it alike: no guess.
 */
export function ownerOf(code: string, covered: Coverage, catchAll: Option | undefined, kind: Classification): Option | null {
  // A part the packs add is no kind of its unit ("warehouse manager" is not the purchasing option's): it skips the unit.
  for (const node of ancestors(code).filter((a) => !partOf(code, a, kind))) {
    const weights = weigh(covered, (codes) => codes.get(node) ?? 0);
    if (weights.some(([, w]) => w > 0)) return dominant(weights);
  }
  // An option speaks for the classes below only where they are most of what it names: one heating word among an
  // energy option's many ("Energi, vatten och avlopp") does not make it the one for all construction.
  const mostly = (codes: Map<string, number>) => 2 * sum(codes, (c) => within(c, code)) >= sum(codes, () => true);
  const below = weigh(covered, (codes) => (mostly(codes) ? sum(codes, (c) => within(c, code) && !partOf(c, code, kind)) : 0));
  if (below.some(([, w]) => w > 0)) return dominant(below);
  // Production, site and logistics managers run the operations an option covering 1.4.3.9 means, where no other option names their group.
  const kin = kind === 'occupations' ? KIN.find(([from]) => within(code, from))?.[1] : undefined;
  const kinOwner = kin ? ownerOf(kin, covered, undefined, kind) : null;
  const group = code.split('.').slice(0, 3).join('.');
  if (kinOwner && weigh(covered, (codes) => sum(codes, (c) => within(c, group))).every(([o, w]) => w === 0 || o === kinOwner)) return kinOwner;
  const groups = kind === 'industries' ? ancestors(code).slice(1).filter((a) => a.split('.').length >= depth[kind]) : [section(code, kind)];
  for (const group of groups) {
    const inGroup = weigh(covered, (codes) => sum(codes, (c) => within(c, group)));
    if (!inGroup.some(([, w]) => w > 0)) continue;
    const owner = dominant(inGroup);
    const branchesIn = (g: string) => new Set([...(owner ? (covered.get(owner) ?? []) : [])].map(([c]) => c).filter((c) => within(c, g)).map((c) => childOf(c, g)));
    if (branchesIn(group).size >= 2) return owner;
    // An option spanning the divisions of a wider group ("Professional services": accountants and consultants, M.69.2 and M.70) takes a neighbour of the class it names (a law firm, M.69.1).
    if (kind === 'industries' && owner && groups.slice(groups.indexOf(group) + 1).some((g) => branchesIn(g).size >= 2 && dominant(weigh(covered, (codes) => sum(codes, (c) => within(c, g)))) === owner)) return owner;
    // One branch of a group is a trade of its own: cleaning (N.81) says nothing of security firms (N.80).
    const others = new Set([...covered.values()].flatMap((codes) => [...codes.keys()]).filter((c) => within(c, group)).map((c) => branchOf(c, group, kind)));
    // A unit and a part of it are one branch to a function beside them: "Sales" and "E-commerce" say nothing of a CFO.
    const sides = new Set([...others].map((c) => childOf(c, group)));
    const oneBranch = others.size === 1 || (sides.size === 1 && !sides.has(childOf(code, group)));
    // Trades of a group each an option's ("Dairy", "Pigs", "Poultry") leave a branch none covers ("sheep") to the catch-all.
    const branchOfItsOwn = oneBranch || (kind === 'industries' && !owner);
    return branchOfItsOwn && !others.has(branchOf(code, group, kind)) ? (catchAll ?? null) : null;
  }
  return catchAll ?? null;
}
