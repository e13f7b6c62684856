import type { Concept } from '../definition/concepts.js';
import type { GoodsConcept } from '../definition/goods.js';

/** How visitors say each concept an option may mean (`means: [no_budget]`), written as a marketer writes synonyms. */
export type ConceptPhrases = Record<Exclude<Concept, GoodsConcept>, readonly string[]>;

/**
 * What businesses do, as visitors of the language name them, keyed by NACE Rev. 2 code (Eurostat's
 * statistical classification of economic activities, the EU-wide standard behind every national
 * one: TOL 2008, SNI 2007, PKD 2007): a section ("I"), a division ("I.56") or a class ("F.43.21"),
 * with the section and division titles' words and the everyday names of the trades in them, in
 * base form (the matcher adds inflections and compounds). A criterion whose options name trades
 * then takes any trade: the option covering its code, or the catch-all when none covers its section.
 * Only unambiguous trades: a bakery may be a shop, a café or a factory, so it is not listed.
 */
export type ClassifiedWords = Readonly<Record<string, readonly string[]>>;
export type IndustryWords = ClassifiedWords;

/**
 * What companies make or build, named as the product ("furniture", "huonekaluja", "möbler", "meble";
 * "houses", "omakotitaloja"), keyed by the NACE division that makes it (C.31; F.41). Alone a product
 * may be what a shop sells, so it names the division only beside a word of making in its clause: one
 * of `verbs` before it with no other trade named between ("we manufacture furniture", "tehdään
 * omakotitaloja"; not "we make software for furniture shops"), or a word for a factory ("furniture
 * factory", "lääketehdas", "fabryka mebli"). Not what is renovated or repaired ("we renovate kitchens").
 */
export interface MadeWords {
  products: ClassifiedWords;
  /** Verbs of producing or building in the visitor's words ("we make", "tehdään", "vi bakar", "pieczemy"): a product follows. */
  verbs: readonly string[];
}

/**
 * Words for a country's people and things ("Polish", "puolalainen", "svensk", "niemiecki"), by ISO
 * 3166 code: "we're a Polish company" answers where the company is. Asked only, as a language
 * name ("we speak Swedish") may be meant.
 */
export type Demonyms = Readonly<Record<string, readonly string[]>>;

/**
 * Jobs, as visitors of the language name them and their work ("I run payroll", "vastaan
 * taloudesta"), keyed by ISCO-08 code (the ILO's International Standard Classification of
 * Occupations, behind every national one), its digits joined by dots: "1.2.1.2" is 1212, human
 * resource managers; "1.2" all administrative and commercial managers. A criterion whose options
 * name jobs then takes any listed one, as trades do for `industries`.
 */
export interface OccupationWords {
  /** Job titles ("payroll specialist", "toimitusjohtaja"): a person, the visitor or someone else. */
  titles: ClassifiedWords;
  /** The work said in words ("payroll", "vastaan taloudesta", "zajmuję się płacami"): what the visitor does, no person. */
  work: ClassifiedWords;
  /** Words of rank a title joins to a function: `TitleLevels`. */
  levels: TitleLevels;
  /** How a visitor says the business is theirs, whatever it is: `OwnedBusiness`. */
  owning: OwnedBusiness;
}

/**
 * "I own the clinic", "pyöritän ravintolaa", "jag startade bolaget", "założyłem firmę": a verb of
 * owning, running or founding in the first person, then a business (a word of `businesses`, of
 * `places` or any trade the pack knows), is the owner's work (ISCO-08 1.1.2.0) though no phrase lists it.
 */
export interface OwnedBusiness {
  /** The verbs in the first person singular, with the pronoun where the verb does not say the person ("I run", "jag driver", "pyöritän", "prowadzę"). */
  verbs: readonly string[];
  /** Words for one's own business that name no trade ("place", "practice", "lokal", "stället"). */
  places: readonly string[];
}

/**
 * Words of rank a job title joins to a function, as visitors swap them: "head of e-commerce",
 * "e-commerce lead", "VP of e-commerce" are one function; "verkkokauppapäällikkö" and
 * "verkkokauppavastaava", "e-handelschef" and "chef för e-handel", "kierownik e-commerce" and
 * "dyrektor ds. e-commerce" too. Written as visitors write them (not folded).
 */
export interface TitleLevels {
  /** Before the function ("head of", "chef för", "kierownik", "dyrektor ds."). */
  before: readonly string[];
  /** After the function, or a compound's head where the language compounds ("lead", "päällikkö", "chef"). */
  after: readonly string[];
  /** Letters joining a compound's function to its head ("e-handel|s|chef"), dropped before a separate level word. */
  linking: readonly string[];
  /** Words of seniority or rank alone ("senior", "junior", "deputy"): with level words only, a title names no function. */
  seniority: readonly string[];
  /**
   * Prefixes of a deputy or a co-holder a language glues to a title ("wice|prezes", "współ|założyciel"):
   * the title's own function. Where such prefixes stand apart ("vice president", "vice vd") or compound
   * by the language's rules ("vara|toimitusjohtaja"), none are needed.
   */
  gluedDeputies: readonly string[];
  /** Abbreviations inside titles, folded, whose full stop ends nothing ("ds." of "kierownik ds. e-commerce"). */
  abbreviations: readonly string[];
  /**
   * Verbs of leading in the first person, before the function led: the title said as what the
   * visitor does ("I lead customer service", "vedän asiakaspalvelutiimiä", "jag leder supportteamet",
   * "kieruję zespołem obsługi klienta" for a customer service manager).
   */
  leading: readonly string[];
}
