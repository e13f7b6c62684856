/**
 * What a shop sells, in the words its visitors use: asked "what do you sell?", they name the goods
 * ("sneakers and streetwear", "kenkiä lähinnä", "vi säljer jeans", "zabawki dla dzieci"), not the
 * marketer's option. Each locale pack lists the common goods of each kind
 * (`qualification/locales/<tag>/goods.ts`); an option marked with a kind (`means: [fashion]`) or
 * whose label or synonyms name goods of it takes them all, and a catch-all (`other: true`) takes the
 * kinds no option covers (understand/choices/goods.ts).
 */
export const GOODS_CONCEPTS = [
  /** Clothes, shoes, bags. */
  'fashion',
  /** Jewellery and watches. */
  'jewellery',
  /** Furniture, lighting, textiles, kitchen and tableware, decor. */
  'home',
  /** Plants, seeds, garden furniture and tools, barbecues. */
  'garden',
  /** Tools, hardware, building and renovation supplies. */
  'diy',
  /** Cosmetics, make-up, skin and hair care, fragrances. */
  'beauty',
  /** Supplements, vitamins, medical and care products. */
  'health',
  /** Consumer electronics, computers, phones. */
  'electronics',
  /** Household appliances ("AGD", "kodinkoneet", "vitvaror"): sold as electronics and for the home. */
  'appliances',
  /** Groceries, coffee and tea, drinks, sweets, delicacies. */
  'food_drink',
  /** Sports and outdoor equipment, bikes, outdoor clothing, fitness. */
  'sports_outdoor',
  /** Toys, puzzles, board games, baby products. */
  'toys_kids',
  /** Pet food and supplies. */
  'pets',
  /** Books, music, films. */
  'books_media',
  /** Car and motorbike parts, tyres, accessories. */
  'auto',
  /** Office supplies and stationery. */
  'office',
  /** Crafts, art supplies, yarn, fabrics, musical instruments. */
  'hobby',
] as const;

export type GoodsConcept = (typeof GOODS_CONCEPTS)[number];
/** A locale's words for the goods of each kind, in base form (the matcher reads inflections and compounds). */
export type GoodsWords = Readonly<Record<GoodsConcept, readonly string[]>>;

const goods: ReadonlySet<string> = new Set(GOODS_CONCEPTS);
export const isGoods = (concept: string): concept is GoodsConcept => goods.has(concept);

/**
 * Kinds a shop of one often sells the other's goods of (jewellery beside clothes, a vacuum cleaner
 * for the home or among electronics): goods of a kind no option covers go to the catch-all only
 * when no option covers its kin either; otherwise the visitor's buttons say.
 */
const KIN: readonly (readonly [GoodsConcept, GoodsConcept])[] = [
  ['fashion', 'jewellery'],
  ['home', 'garden'],
  ['home', 'diy'],
  ['garden', 'diy'],
  ['appliances', 'home'],
  ['appliances', 'electronics'],
  ['beauty', 'health'],
  ['health', 'sports_outdoor'],
  ['office', 'books_media'],
  ['toys_kids', 'hobby'],
];

export const kinOf = (concept: GoodsConcept): GoodsConcept[] => KIN.flatMap(([a, b]) => (a === concept ? [b] : b === concept ? [a] : []));
