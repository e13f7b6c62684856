import type { LeadDefinition, Locale, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold } from '../normalize.js';
import { entries, RESIDENTS_OWN, section, within } from './trade-codes.js';
import { coverage, namesTitles, optionTexts, ownerOf } from './trade-owners.js';

type ChoiceOptions = readonly Option[];

/** Options that name trades: at least this many, and at least half the options, make a criterion about the line of business. */
const MIN_TRADE_OPTIONS = 3;
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
  /** A verb of making or building (`LocalePack.making`): the trade only where what follows names none. */
  making: boolean;
  /** A product (`LocalePack.made`): the trade only beside a word of making (made-products.ts). */
  made: boolean;
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
      type Entry = [code: string, phrases: readonly string[], work: boolean, making?: boolean, made?: boolean];
      const making = kind === 'industries' ? Object.entries(source.making).map(([code, verbs]): Entry => [code, verbs, false, true]) : [];
      const products = kind === 'industries' ? Object.entries(source.made.products).map(([code, words]): Entry => [code, words, false, false, true]) : [];
      for (const [code, phrases, work, verb = false, made = false] of [...entries(source, kind), ...making, ...products]) {
        const owner = ownerOf(code, covered, catchAll, kind);
        // Schools and care are run by companies and public bodies alike: asked which kind, the trade says neither.
        if (kinds && owner === catchAll && EITHER_SECTORS.has(section(code, 'industries'))) continue;
        // Work done on any trade's equipment ("maintenance", "huolto") names no trade no option lists: it is the catch-all's only as an option's.
        const activity = kind === 'industries' && within(code, ACTIVITY_CODE);
        if (activity && owner === catchAll) continue;
        const remainder = business !== null && owner === catchAll && isBusiness(code);
        const option = remainder ? business : owner;
        if (option) for (const text of phrases) words.push({ option, text, work, activity, remainder, making: verb, made });
      }
    }
  }
  return words;
}
