import { isGoods, kinOf, type GoodsConcept } from '../../definition/goods.js';
import type { LeadDefinition, Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { tradesIn } from './trade-codes.js';
import { coverage, type Coverage } from './trade-owners.js';

/** Options that name goods: at least this many, and at least half the options, make a question about what a shop sells. */
const MIN_GOODS_OPTIONS = 2;
/** An option marked with a kind (`means: [fashion]`) speaks for it over any other option's words. */
const MARKED = 100;
/** An option speaks for a kind when its words name it that many times more often than any other option's do. */
const DOMINANCE = 4;

const named = (codes: Map<string, number> | undefined) => [...(codes ?? [])].some(([, n]) => n > 0);

/** Each option's kinds of goods: those its label and synonyms name, in every language of the definition, and those it is marked with. */
function kindsOf(definition: LeadDefinition, options: readonly Option[], catchAll: Option | undefined): Coverage {
  const covered: Coverage = new Map([...coverage(options, definition.locales, 'goods')].filter(([o]) => o !== catchAll).map(([o, codes]) => [o, new Map(codes)]));
  for (const [option, codes] of covered) for (const concept of option.means ?? []) if (isGoods(concept)) codes.set(concept, (codes.get(concept) ?? 0) + MARKED);
  return covered;
}

/** The option speaking for a kind; `null` when two name it alike (the visitor's buttons say), `undefined` when none names it. */
function ownerOf(concept: GoodsConcept, covered: Coverage): Option | null | undefined {
  const [first, second] = [...covered].map(([o, codes]): [Option, number] => [o, codes.get(concept) ?? 0]).filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  if (!first) return undefined;
  return !second || first[1] >= DOMINANCE * second[1] ? first[0] : null;
}

/** A word for goods and the option it answers. */
export interface GoodsWord {
  option: Option;
  text: string;
  /**
   * Goods no option is sure to take (two options name their kind alike, an option covers a kin of
   * it or a part of the name): read so that a word inside them is not taken for another option's
   * ("kahvinkeitin" is no coffee, "dog food" no food), then answering nothing.
   */
  open: boolean;
}

/**
 * For a question about what a shop sells (about the company, most of its options name kinds of
 * goods, more than name trades), the pack's words for goods that mean each option: "sneakers" the
 * option whose words say clothes or shoes, "a sofa" the one for furniture, "pet food" the
 * catch-all where no option covers pets nor a kin of theirs. None for a question about trades or anything else.
 */
export function goodsWordsFor(definition: LeadDefinition, options: readonly Option[], catchAll: Option | undefined, pack: LocalePack): GoodsWord[] {
  // What a shop sells is a fact about the company: "Phone" and "Tablet" in a question about the visitor's devices are no goods.
  const criterion = definition.criteria.find((c) => 'options' in c && c.options === options);
  if (criterion?.category !== 'company' || options.some((o) => o.country ?? o.months)) return [];
  const covered = kindsOf(definition, options, catchAll);
  const naming = [...covered.values()].filter(named).length;
  const marked = options.some((o) => o.means?.some(isGoods));
  const trades = [...coverage(options, definition.locales, 'industries')].filter(([o, codes]) => o !== catchAll && named(codes)).length;
  const holder = catchAll ?? options[0];
  if (!holder || (!marked && (naming < MIN_GOODS_OPTIONS || naming * 2 < covered.size || trades >= naming))) return [];
  const words: GoodsWord[] = [];
  for (const source of [pack, ...pack.mixesIn]) {
    for (const [concept, phrases] of Object.entries(source.goods) as [GoodsConcept, readonly string[]][]) {
      const owner = ownerOf(concept, covered);
      // Goods no option covers are the catch-all's, unless an option covers a kin of theirs (jewellery beside "Fashion").
      const option = owner === undefined ? (kinOf(concept).some((k) => ownerOf(k, covered) !== undefined) ? null : (catchAll ?? null)) : owner;
      // Nor a name whose part an option covers: "outdoor jackets" beside "Fashion", "garden furniture" beside "Home" may be either.
      const claimed = (text: string) => owner === undefined && tradesIn(text, source, 'goods', false, true).some((k) => k !== concept && isGoods(k) && ownerOf(k, covered) !== undefined);
      for (const text of phrases) words.push(option && !claimed(text) ? { option, text, open: false } : { option: holder, text, open: true });
    }
  }
  return words;
}
