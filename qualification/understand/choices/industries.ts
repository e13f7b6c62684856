import type { LeadDefinition, Locale, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize, type Span } from '../normalize.js';
import { matchPhrase, wordOf, type Word } from './match.js';

type ChoiceOptions = readonly Option[];

/** Which of a pack's classified word lists: trades (NACE Rev. 2), occupations (ISCO-08) or goods (definition/goods.ts, kinds without levels). */
export type Classification = 'industries' | 'occupations' | 'goods';

/**
 * A code as the packs write it, its levels joined by dots: a NACE section ("F"), division ("F.43")
 * or class ("F.43.21"); an ISCO major group ("1"), sub-major group ("1.2") down to a unit ("1.2.1.2").
 * Its ancestors, most specific first: "F.43.21", "F.43", "F".
 */
const ancestors = (code: string): string[] => {
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, parts.length - i).join('.'));
};
const within = (code: string, node: string) => code === node || code.startsWith(`${node}.`);
/**
 * The broad group a code belongs to, and the narrower one within it: a NACE section ("F") and
 * division ("F.43"); for ISCO a sub-major group ("1.2", administrative and commercial managers) and
 * minor group ("1.2.1"), as its major groups are too broad to say a function ("1", every manager).
 */
const depth: Record<Classification, number> = { industries: 1, occupations: 2, goods: 1 };
const section = (code: string, kind: Classification) => code.split('.').slice(0, depth[kind]).join('.');

/** Phrase words are looked up by their first letters, as synonyms are (see `terms.ts`). */
const HEAD = 3;
interface TradePhrase {
  code: string;
  words: Word[];
  /** Work said in words, not a job title (occupations only). */
  work: boolean;
}

/** A pack's classified words as phrases to match, indexed by their first word's first letters; compiled once per list. */
const compiledWords = new WeakMap<LocalePack, Partial<Record<Classification, Map<string, TradePhrase[]>>>>();

/** A pack's words of a classification, each with its code and whether it names work rather than a person. */
function entries(pack: LocalePack, kind: Classification): [string, readonly string[], boolean][] {
  if (kind === 'industries') return Object.entries(pack.industries).map(([code, phrases]) => [code, phrases, false]);
  if (kind === 'goods') return Object.entries(pack.goods).map(([concept, phrases]) => [concept, phrases, false]);
  return [
    ...Object.entries(pack.occupations.titles).map(([code, phrases]): [string, readonly string[], boolean] => [code, phrases, false]),
    ...Object.entries(pack.occupations.work).map(([code, phrases]): [string, readonly string[], boolean] => [code, phrases, true]),
  ];
}

function phrasesOf(pack: LocalePack, kind: Classification): Map<string, TradePhrase[]> {
  let compiled = compiledWords.get(pack);
  if (!compiled) compiledWords.set(pack, (compiled = {}));
  return (compiled[kind] ??= build(pack, kind));
}

function build(pack: LocalePack, kind: Classification): Map<string, TradePhrase[]> {
  const index = new Map<string, TradePhrase[]>();
  for (const [code, phrases, work] of entries(pack, kind)) {
    for (const phrase of phrases) {
      const words = tokenize(fold(phrase)).map((t) => wordOf(phrase.slice(t.start, t.end), pack));
      const key = (words[0] as Word).text.slice(0, HEAD);
      index.set(key, [...(index.get(key) ?? []), { code, words, work }]);
    }
  }
  return index;
}

const rankEndings = new WeakMap<LocalePack, string[]>();
/** Where a rank word a compound ends in begins ("kommun|direktör"), else past the word's end. */
function rankStart(word: string, pack: LocalePack): number {
  let endings = rankEndings.get(pack);
  if (!endings) rankEndings.set(pack, (endings = pack.occupations.levels.after.map(fold)));
  const level = endings.find((e) => word.length > e.length && word.endsWith(e));
  return level ? word.length - level.length : word.length;
}

/**
 * The codes a text names ("electrical contractor" → F.43.21), read with the language's word forms;
 * `nested`, also those its parts name ("outdoor clothing" is outdoor gear, and "clothing" clothes).
 */
export function tradesIn(text: string, pack: LocalePack, kind: Classification = 'industries', titlesOnly = false, nested = false): string[] {
  const written = text.normalize('NFC');
  const folded = fold(written);
  const tokens = tokenize(folded);
  const words = tokens.map((t) => wordOf(written.slice(t.start, t.end), pack, t.text));
  const index = phrasesOf(pack, kind);
  const found: { code: string; start: number; end: number; exact: boolean; tail: boolean }[] = [];
  tokens.forEach((token, i) => {
    // A compound's head may be the trade ("toimisto|siivous"), so every place in a long word is a start.
    const starts = pack.forms.compounding ? Array.from({ length: Math.max(1, token.text.length - HEAD + 1) }, (_, k) => k) : [0];
    const rank = kind === 'occupations' ? rankStart(token.text, pack) : token.text.length;
    for (const k of starts) {
      // A title inside the rank word closing the compound is no head of it: "kommundi|rektör" is no "rektor".
      if (k > rank) continue;
      for (const { code, words: phrase, work } of index.get(token.text.slice(k, k + HEAD)) ?? []) {
        if (titlesOnly && work) continue;
        const m = matchPhrase(tokens, words, folded, i, phrase, pack);
        if (m && (m.level === 'exact' || m.level === 'inflected')) found.push({ code, start: m.start, end: m.end, exact: m.level === 'exact', tail: k > 0 });
      }
    }
  });
  if (nested) return [...new Set(found.map((f) => f.code))];
  // The longest phrase says what a stretch names: "electrical contractor" is F.43.21, not also "contractor" (F).
  const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start;
  // A title written as the text has it says what the same stretch names: "henkilöstöpäällikkö" is
  // an HR manager, not also a purchasing manager ("henkil|ostopäällikkö") read from a compound.
  const same = (a: (typeof found)[number], b: (typeof found)[number]) =>
    a.start === b.start && a.end === b.end && ((kind === 'occupations' && !a.exact && b.exact) || residents(a, b));
  const codes = new Set(found.filter((f) => !found.some((g) => inside(f, g) || same(f, g))).map((f) => f.code));
  // The most specific code says it: "sähkö|urakointi" is F.43.21, not also "urakointi" (F).
  return [...codes].filter((c) => ![...codes].some((d) => d !== c && within(d, c)));
}

/**
 * A housing association its residents own (TOL 68202) is no association of the kind NACE S.94 lists
 * (clubs, churches, charities): "bostadsrätts|förening", "asumisoikeus|yhdistys" name the one, not
 * also the other by their tail.
 */
const residents = (a: { code: string; tail: boolean }, b: { code: string; tail: boolean }) => a.tail && !b.tail && within(a.code, MEMBERSHIP) && within(b.code, RESIDENTS_OWN);
const MEMBERSHIP = 'S.94';

const optionTexts = (option: Option, locale: Locale) => [option.label[locale], ...(option.synonyms[locale] ?? [])].filter((t): t is string => Boolean(t));

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
/** Whether an option names a trade or a job title, not only work ("accounting integration" is no job); once per option. */
function namesTitles(option: Option, locales: readonly Locale[], kind: Classification): boolean {
  let known = titled[kind].get(option);
  if (known === undefined) titled[kind].set(option, (known = locales.some((l) => optionTexts(option, l).some((t) => tradesIn(t, packFor(l), kind, true).length > 0))));
  return known;
}

/** Options that name trades: at least this many, and at least half the options, make a criterion about the line of business. */
const MIN_TRADE_OPTIONS = 3;
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
function ownerOf(code: string, covered: Coverage, catchAll: Option | undefined, kind: Classification): Option | null {
  // A part the packs add is no kind of its unit ("warehouse manager" is not the purchasing option's): it skips the unit.
  for (const node of ancestors(code).filter((a) => !partOf(code, a, kind))) {
    const weights = weigh(covered, (codes) => codes.get(node) ?? 0);
    if (weights.some(([, w]) => w > 0)) return dominant(weights);
  }
  const below = weigh(covered, (codes) => sum(codes, (c) => within(c, code) && !partOf(c, code, kind)));
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
    const branches = new Set([...(owner ? (covered.get(owner) ?? []) : [])].map(([c]) => c).filter((c) => within(c, group)).map((c) => childOf(c, group)));
    if (branches.size >= 2) return owner;
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

/**
 * NACE C.33, repair, maintenance and installation of machinery and equipment: the packs list there
 * the kind of work a company does on any trade's equipment ("installs", "huollamme", "serwisujemy").
 */
const ACTIVITY_CODE = 'C.33';

/**
 * NACE sections of the business economy, agriculture to administrative services: trades a company
 * runs. Public bodies, schools, care, culture and associations (O–U) are other kinds of organisation.
 */
const BUSINESS_SECTIONS = new Set(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N']);
/** Housing companies and associations their residents own (TOL 68202) hold property but run no business. */
const RESIDENTS_OWN = 'L.68.20.2';
/** Education and health and social work (NACE P, Q): as often a company's as a public body's. */
const EITHER_SECTORS = new Set(['P', 'Q']);
const isBusiness = (code: string) => BUSINESS_SECTIONS.has(section(code, 'industries')) && !within(code, RESIDENTS_OWN);

const businessOptions = new WeakMap<ChoiceOptions, Option | null>();
/**
 * The one option for companies of any trade ("Company / office", "Företag"): a label part or
 * synonym that is a pack's word for a business, in a language of the definition; once per criterion.
 */
function businessOption(options: ChoiceOptions, catchAll: Option, locales: readonly Locale[]): Option | null {
  let known = businessOptions.get(options);
  if (known === undefined) {
    const names = (option: Option, locale: Locale) => {
      const words = new Set(packFor(locale).businesses.map(fold));
      return optionTexts(option, locale).some((text) => text.split(/[/,;&()]/).some((part) => words.has(fold(part).trim())));
    };
    const found = options.filter((o) => o !== catchAll && locales.some((l) => names(o, l)));
    businessOptions.set(options, (known = found.length === 1 ? (found[0] as Option) : null));
  }
  return known;
}

/** A pack's word for an option of a criterion about the line of business or job. */
interface ClassifiedWord {
  option: Option;
  text: string;
  /** Work said in words, naming no person (occupations). */
  work: boolean;
  /** A kind of work done on any trade (`ACTIVITY_CODE`), not a trade of its own. */
  activity: boolean;
  /** A business trade the company option takes only as the rest of the business economy: no weight against the catch-all's trade ("a sports club with a café"). */
  remainder: boolean;
}

/**
 * For a criterion about the visitor's line of business or job (its options name trades or
 * occupations the packs know), the pack's words that mean each option: a visitor who runs a
 * pizzeria answers "Restaurants, cafés & hotels", a hair salon the catch-all, a "head of people"
 * the HR option, though no synonym says so.
 */
export function classifiedWordsFor(definition: LeadDefinition, options: ChoiceOptions, catchAll: Option | undefined, pack: LocalePack): ClassifiedWord[] {
  // Options about countries, times or who decides say what they are about already.
  if (options.some((o) => o.country ?? o.months ?? o.means)) return [];
  const words: ClassifiedWord[] = [];
  // A question about the visitor as a person asks their job: "Finance", "IT" and "Sales" there are functions, not lines of business.
  const person = definition.criteria.some((c) => c.category === 'person' && 'options' in c && c.options === options);
  for (const kind of person ? (['occupations'] as const) : (['industries', 'occupations'] as const)) {
    const covered = new Map([...coverage(options, definition.locales, kind)].filter(([o]) => o !== catchAll));
    // A question about jobs names job titles; naming work ("accounting integration", "hiring") is not enough.
    const naming = [...covered.keys()].filter((o) => namesTitles(o, definition.locales, kind)).length;
    // Beside schools and public bodies, "Company" is every business no other option covers: a law firm is one, not "something else".
    const business = kind === 'industries' && catchAll ? businessOption(options, catchAll, definition.locales) : null;
    const trades = naming >= MIN_TRADE_OPTIONS && naming * 2 >= covered.size;
    // "Company / Municipality / Housing company": a kind of organisation asked, the company option names every trade of its own.
    const kinds = !trades && business !== null && !namesTitles(business, definition.locales, kind) && naming + 1 >= MIN_TRADE_OPTIONS && (naming + 1) * 2 >= covered.size;
    if (!trades && !kinds) continue;
    for (const source of [pack, ...pack.mixesIn]) {
      for (const [code, phrases, work] of entries(source, kind)) {
        const owner = ownerOf(code, covered, catchAll, kind);
        // Schools and care are run by companies and public bodies alike: asked which kind, the trade says neither.
        if (kinds && owner === catchAll && EITHER_SECTORS.has(section(code, 'industries'))) continue;
        const remainder = business !== null && owner === catchAll && isBusiness(code);
        const option = remainder ? business : owner;
        if (option) for (const text of phrases) words.push({ option, text, work, activity: kind === 'industries' && within(code, ACTIVITY_CODE), remainder });
      }
    }
  }
  return words;
}
