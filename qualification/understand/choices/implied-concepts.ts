// An option whose own words name a concept ("Excel", "Save time") also takes the visitor's other ways
// of saying it ("it's all in a big spreadsheet", "ajansäästö").
import { BUDGET_CONCEPTS, type Concept, DECIDING_CONCEPTS, IMPLIED_CONCEPTS, PERSON_CONCEPTS } from '../../definition/concepts.js';
import type { LeadDefinition, Locale, Option } from '../../definition/schema.js';
import { ALL_PACKS, packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';
import { wordOf } from './match.js';
import { HAS_LOWER, HAS_UPPER } from '../letters.js';

/**
 * Questions about the situation or the motivation, and about the person for who decides: "paper" is a
 * trade when asked about the line of business, and "together" says nothing of who decides when asked
 * about goals. Of a question about the company, only one asking which product it runs on (`BUILT`).
 */
const fits = (concept: Concept, category: string): boolean =>
  category === 'person' ? PERSON_CONCEPTS.has(concept) : category === 'company' ? concept === BUILT : !DECIDING_CONCEPTS.has(concept);
/**
 * A question about the company whose options name products ("Shopify", "WooCommerce", "Magento")
 * asks what it runs on: the option for one built in-house ("Our own build", synonym "built
 * in-house") takes the concept's other phrases ("our devs built it themselves", "egenbyggd
 * plattform"). Other concepts are not about the company, and a trade question ("custom software"
 * for software houses) names no products.
 */
const BUILT: Concept = 'in_house_system';
/** How many options must name products for a company question to ask which one the company runs. */
const MIN_PRODUCTS = 2;
/**
 * A product's name is the same in every language of the definition ("Shopify", "Adobe Commerce"), a
 * trade's is translated ("Retail", "Vähittäiskauppa"); an acronym ("IT", "HVAC") names no product.
 * An option labelled by kind ("Antivirus only") names products when a synonym is such a name in
 * two languages or more ("F-Secure", "CrowdStrike"); a country's cities ("Helsinki") are no products.
 */
const productName = (name: string | undefined): name is string => typeof name === 'string' && HAS_UPPER.test(name) && HAS_LOWER.test(name);
function isProduct(option: Option, locales: readonly Locale[]): boolean {
  if (locales.length < 2) return false;
  const labels = new Set(locales.map((l) => option.label[l]));
  const [label] = labels;
  if (labels.size === 1 && typeof label === 'string' && HAS_LOWER.test(label)) return true;
  if (option.country) return false;
  const lists = locales.map((l) => option.synonyms[l] ?? []);
  return lists.some((list, i) => list.some((name) => productName(name) && lists.some((other, j) => j > i && other.includes(name))));
}
export const asksProduct = (options: readonly Option[], locales: readonly Locale[]) => options.filter((o) => !(o.other ?? o.id === 'other') && isProduct(o, locales)).length >= MIN_PRODUCTS;
/**
 * A question about the person is about who decides when its options name two ways of deciding ("I
 * decide", "we decide together"); a role option that merely names a boss ("esimies") is not one.
 */
const MIN_DECIDING_OPTIONS = 2;
/** A question is about the budget when two of its options name where a budget stands. */
const MIN_BUDGET_OPTIONS = 2;
const CATEGORIES: ReadonlySet<string> = new Set(['situation', 'motivation', 'person']);
/** A phrase of only such words ("nothing", "no") says too little to tell which concept an option means. */
const GENERIC_WORDS = new Set(ALL_PACKS.flatMap((p) => p.lexicon.generic));

/** A phrase as the stems of its words, so "spreadsheets" and "spreadsheet" are one key. */
function keyOf(text: string, pack: LocalePack): string | null {
  const written = text.normalize('NFC');
  const tokens = tokenize(fold(written));
  if (tokens.length === 0 || tokens.every((t) => GENERIC_WORDS.has(t.text))) return null;
  return tokens.map((t) => wordOf(written.slice(t.start, t.end), pack).stem).join(' ');
}

const phraseIndex = new Map<string, Map<string, Concept[]>>();
/** Each implied concept's phrases in a locale, by key. */
function conceptsByPhrase(pack: LocalePack): Map<string, Concept[]> {
  let index = phraseIndex.get(pack.tag);
  if (index) return index;
  phraseIndex.set(pack.tag, (index = new Map()));
  for (const concept of IMPLIED_CONCEPTS)
    for (const phrase of pack.concepts[concept]) {
      const key = keyOf(phrase, pack);
      if (key !== null) index.set(key, [...(index.get(key) ?? []), concept]);
    }
  return index;
}

const cache = new WeakMap<LeadDefinition, Map<Option, readonly Concept[]>>();

/**
 * The concepts each option's label or synonyms name, in any of the definition's locales, beyond its
 * own `means`. A concept two options of a criterion name is left to their own words.
 */
export function impliedConcepts(definition: LeadDefinition): Map<Option, readonly Concept[]> {
  const cached = cache.get(definition);
  if (cached) return cached;
  const implied = new Map<Option, readonly Concept[]>();
  for (const criterion of definition.criteria) {
    if (criterion.type !== 'choice' && criterion.type !== 'multi') continue;
    if (!CATEGORIES.has(criterion.category) && !(criterion.category === 'company' && asksProduct(criterion.options, definition.locales))) continue;
    const named = new Map<Concept, Set<Option>>();
    for (const option of criterion.options) {
      if (option.other ?? option.id === 'other') continue;
      for (const concept of option.means ?? []) named.set(concept, new Set([...(named.get(concept) ?? []), option]));
      for (const locale of definition.locales) {
        const pack = packFor(locale);
        for (const text of [option.label[locale], ...(option.synonyms[locale] ?? [])]) {
          const key = text ? keyOf(text, pack) : null;
          for (const concept of (key !== null && conceptsByPhrase(pack).get(key)) || []) named.set(concept, new Set([...(named.get(concept) ?? []), option]));
        }
      }
    }
    const deciding = [...named].filter(([concept]) => DECIDING_CONCEPTS.has(concept)).length;
    if (criterion.category === 'person' && deciding < MIN_DECIDING_OPTIONS) continue;
    // "Planning" is a budget being planned only beside another budget answer ("No budget", "Approved").
    const budgeting = [...named].filter(([concept]) => BUDGET_CONCEPTS.has(concept)).length >= MIN_BUDGET_OPTIONS;
    for (const [concept, options] of named) {
      const [option] = options;
      if (!fits(concept, criterion.category) || options.size !== 1 || !option || option.means?.includes(concept)) continue;
      if (BUDGET_CONCEPTS.has(concept) && concept !== 'no_budget' && !budgeting) continue;
      implied.set(option, [...(implied.get(option) ?? []), concept]);
    }
    // Asked which product, a system built in-house is one more product where no option names one: the catch-all's.
    const catchAll = criterion.options.find((o) => o.other ?? o.id === 'other');
    if (catchAll && !named.has(BUILT) && fits(BUILT, criterion.category) && asksProduct(criterion.options, definition.locales)) implied.set(catchAll, [...(implied.get(catchAll) ?? []), BUILT]);
  }
  cache.set(definition, implied);
  return implied;
}
