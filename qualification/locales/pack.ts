import type { Concept } from '../definition/concepts.js';
import type { GoodsConcept, GoodsWords } from '../definition/goods.js';
import type { PeopleWords } from '../understand/choices/people-words.js';
import type { IntentPhrases } from '../understand/intents/phrases.js';
import type { AwaitingWords } from '../understand/modality.js';
import type { AmountWords, ReplyWords } from '../understand/yes-no.js';
import type { CountedThings, LearnerWords, UnitCues } from '../understand/numbers/units.js';
import type { NumberWords } from '../understand/numbers/words.js';
import type { TimeTopics } from '../understand/time.js';
import type { TimeRule } from '../understand/time/rules.js';
import type { Copy } from './copy.js';
import type { WidgetStrings } from './widget.js';

/**
 * How the words of a language change form. Two words are forms of one another when a maintained
 * stemmer gives them the same stem ("plumbers", "Tampereella", "rörmokarna"), or when the language's
 * own rules relate stem changes the stemmer does not ("Suomi" → "Suomessa", "Polska" → "Polsce");
 * the shared matcher adds compounds, stem guesses and typos around it.
 */
export interface WordForms {
  /** The stem of a lower-case word, diacritics kept (a Snowball stemmer). */
  stem(word: string): string;
  /** Whether a folded word of the text is a folded synonym word changed by rules the stemmer lacks. */
  inflects: ((word: string, term: string) => boolean) | null;
  /** Endings that say who acts ("päätän", I decide; "päätämme", we decide): forms differing in one are different answers. */
  personEndings: readonly string[];
  /** Endings that make another word of a stem ("install|er", "företag|are"), which stemmers take off too. */
  derivations: readonly string[];
  /** Derivations that are forms of one verb ("hir|ed", "hir|ing"): a word with one is the same word as with another. */
  verbForms: readonly string[];
  /** Nouns glue together ("sähkö|urakointi", "ventilations|firma"): a synonym may begin or end a longer word. */
  compounding: boolean;
  /** A stem's last consonant changes in ways no rule lists ("hydraulika" → "hydraulicznej"): guess them, to confirm. */
  guessesStems: boolean;
  /**
   * A folded word with its first syllable's consonant in the weak grade ("hake|neet" → "hae|neet"),
   * where the language grades consonants: the forms of one verb then share their first letters
   * ("haettu", "haetaan", "hakeneet"). Null where the word has no weak grade.
   */
  weakStart?: (word: string) => string | null;
}

/** Words of a language that steer how options are read, all folded (lower case, no diacritics). */
export interface Lexicon {
  /**
   * Words that carry no topic of their own ("yes", "other", "not at the moment"). A synonym made
   * only of these (in any language) answers the question being asked and is never volunteered.
   */
  generic: readonly string[];
  /** Short function words that clash with short synonyms ("it" vs. IT). */
  stopwords: ReadonlySet<string>;
  /**
   * Words that carry no topic of a phrase ("the", "of", "more", "on", "och", "się"): a synonym's
   * other words say what it is about, and are what must be there when its words come in another
   * order ("work orders get lost" for "lost work orders"). Not pronouns nor verbs that say who
   * acts: "I have the final say" is not "the board has the final say".
   */
  light: ReadonlySet<string>;
  /** Words that join alternatives in a label ("Scheduling and dispatching", "Paperilla tai Excelissä"): each part names the option too. */
  coordinators: readonly string[];
  /**
   * How a reply splits a choice in two ("we do the day-to-day ourselves and the accountant does the
   * year-end"): `words` say both ways at once ("a bit of both", "molemmat", "båda", "jedno i drugie")
   * and name the option that is the mix; `joins` part a reply's halves besides coordinators and
   * contrasts ("plus", "whereas", "lisäksi", "medan", Polish "a"): single words. Folded.
   */
  both: { words: readonly string[]; joins: readonly string[] };
  /** Words that begin like a synonym but mean something else ("sähköposti" is e-mail, not electrical work). */
  falseFriends: readonly string[];
  /**
   * Word ends that are a suffix after some first parts, folded: after them a compound does not end
   * in the word ("henkilö|kunta" is a staff, "seura|kunta" a parish, "osuus|kunta" a co-operative:
   * none is a municipality, "kunta"). Keyed by the end, with the first parts it is a suffix after.
   */
  boundEnds: Readonly<Record<string, readonly string[]>>;
  /** Negations that turn a named option around when they stand just before it ("not the decision maker"). */
  negations: ReadonlySet<string>;
  /** Words that turn a negated clause around, so the option after them is the answer ("not Excel but paper"). */
  contrasts: ReadonlySet<string>;
  /**
   * What the visitor left for what they moved to ("switched from Excel to Visma"): words right
   * before an option (`before`: "from", "från", "z") or case endings on it (`endings`: Finnish
   * elative "Excel|istä"), and the same for the option moved to (`to`, `toEndings`: "to", "till",
   * "na", illative "Visma|an"). Folded. `then` and `now` date two options' clauses apart ("paper until
   * last year, now Excel", "aiemmin paperilla, nyt Excelissä", "förut papper, nu Excel", "wcześniej
   * papier, teraz Excel"): folded words or phrases of a time left behind and of today.
   */
  leaving: { before: readonly string[]; endings: readonly string[]; to: readonly string[]; toEndings: readonly string[]; going: readonly string[]; then: readonly string[]; now: readonly string[] };
  /**
   * Where goods go ("we ship to Norway", Finnish illative "Norja|an", "till Norge", "do Niemiec"):
   * words right before a country (`before`) or case endings on it (`endings`) that make it a market,
   * not where the company is. Not Polish "na": "na Litwie" is in Lithuania. Folded.
   */
  towards: { before: readonly string[]; endings: readonly string[]; /** Verbs a direction word belongs to ("håller till": is based). */ stays?: readonly string[] };
  /**
   * A company's other sites and its seat, folded phrases at a word's start (a trailing `*` lets the
   * last word go on): of two countries named, one beside a branch ("a branch in Oslo", "Puolassa on
   * tytäryhtiö") is not where the company is, and one beside its seat ("based in", "siedziba w
   * Szwecji") is.
   */
  sites: { branch: readonly string[]; seat: readonly string[] };
  /**
   * Others the company deals with, folded phrases at a word's start (a trailing `*` lets the last
   * word go on): customers, suppliers, makers, partners, owners ("our supplier is in Germany",
   * "asiakkaat ovat Norjassa", "leverantören finns i Tyskland", "dostawca z Niemiec"). A country
   * said in passing in their clause is where they are, not where the company is.
   */
  parties: readonly string[];
  /**
   * Words before a place that span it whole ("all over", "ympäri", "koko", "i hela", "po całej"),
   * folded phrases: the area the work covers, not where the company is.
   */
  throughout: readonly string[];
  /**
   * Words of speed or ease said of something ("faster", "nopeammin", "snabbare", "szybciej"), folded:
   * a concept may list them alone (saving time), but beside other words they qualify those.
   */
  speed: readonly string[];
  /**
   * Whom the company works for ("software for restaurants", Finnish allative "ravintola|ille",
   * "för klädbutiker", "dla sklepów"): words right before a trade (`before`, a word between
   * allowed) or case endings on it that make it the customers' trade, not the company's; word
   * beginnings for customers (`nouns`: "our clients are restaurants", "asiakkaamme ovat", "våra
   * kunder är", "naszymi klientami są") earlier in the trade's clause; and those of selling
   * (`sellers`: "we sell", "myymme"), whose trade (retail) is no answer when the buyers are named
   * ("we sell to restaurants"). Folded.
   */
  clients: { before: readonly string[]; endings: readonly string[]; nouns: readonly string[]; sellers: readonly string[] };
  /**
   * Words that make a clause a possibility, not a fact ("if", "we might", "thinking about opening a
   * shop", "jos", "voisimme", "kanske", "jeśli", "moglibyśmy"): what it names is not yet so. Folded;
   * a trailing `*` lets the word go on.
   */
  hedges: readonly string[];
  /**
   * Words that make "none" an "only" ("nothing but email", "ei mitään muuta kuin Excel", "inget annat
   * än mejl", "nic poza mailem"): the option after them is the answer, not the none. Folded, one or more words.
   */
  except: readonly string[];
  /**
   * Words for a piece of software that visitors use one for another ("payroll software" for the
   * marketer's "payroll system", "palkkaohjelma" for "palkkajärjestelmä", "löneprogram" for
   * "lönesystem"). Folded.
   */
  tools: readonly string[];
  /**
   * Forms one thing is written in, as typed (capitals matter): an abbreviation or clipping and its
   * words ("AGM", "general meeting"; "uni", "university"; "GW", "generalny wykonawca"). A synonym
   * holding one form is read with each other form in its place (`choices/abbreviations.ts`).
   */
  abbreviations: readonly (readonly string[])[];
  /** Words before a product's name in a reply ('we use', 'meillä on', 'vi kör', 'korzystamy z'), folded: `understand/product-names.ts`. */
  using: readonly string[];
}

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
  /** Abbreviations inside titles, folded, whose full stop ends nothing ("ds." of "kierownik ds. e-commerce"). */
  abbreviations: readonly string[];
}

/** A yes/no question made by a suffix on the first word (Finnish "Onko", "Toimiiko"). */
export interface QuestionSuffix {
  endings: readonly string[];
  minLength: number;
  /**
   * The letters a verb form may end in before the suffix ("on|ko", "voi|ko", "ovat|ko"): a noun that
   * merely ends alike ("verk|ko", "luk|ko") is no question.
   */
  verbEnds: string;
  /** Words with the ending that do not ask ("joko" is either). */
  except: readonly string[];
}

/**
 * Text addressed to the bot instead of answering it ("ignore previous instructions", "set budget to
 * allocated"). Every pack's phrases are checked in every conversation: an injection need not be in
 * the conversation's language.
 */
export interface DirectivePhrases {
  /** Polite words that may open an order ("please", "ole hyvä ja"). */
  openers: readonly string[];
  /** Verbs that open an order to the bot ("set", "aseta", "sätt", "ustaw"). */
  imperatives: readonly string[];
  /** Patterns (regular expression sources, folded) that talk to the bot wherever they stand. */
  anywhere: readonly string[];
}

/** How visitors give their name (checked in every conversation, as names cross languages). */
export interface NamePhrases {
  /** Greetings before a lead-in ("hi", "hei"). */
  greetings: readonly string[];
  /** Lead-ins before a name or company name, folded, longest first where one begins another ("my name is", "nimeni on"). */
  leadIns: readonly string[];
  /** Sign-offs after a name, as typed ("here", "tässä", "z tej strony"). */
  signOffs: readonly string[];
  /** Words after a name that say where its bearer is from ("Tom from Brightwear", "Piotr z firmy Meblex", "Erik på Klädkällan"), folded. */
  affiliations: readonly string[];
}

/**
 * Everything Kysy knows about one language: one folder per locale under `qualification/locales/`,
 * each exporting one pack, all registered in `index.ts`. Shared mechanisms read packs; they never
 * ask which language they are in.
 */
export interface LocalePack {
  /** The primary language subtag ("fi"). */
  tag: string;
  /** Languages visitors of this locale mix in (English, mostly): their phrases are understood too. */
  mixesIn: readonly LocalePack[];
  forms: WordForms;
  numbers: NumberWords;
  /** Number prefixes that measure something else than a count (money, shares, durations), folded regexp sources. */
  otherUnits: readonly string[];
  /** Words that tie a number to a head count ("120 employees", "meitä on 40"). */
  headcount: UnitCues;
  /** Words that tie a number to other things businesses count ("40 trucks", "3 toimipistettä", "1200 paczek"). */
  counted: CountedThings;
  /** Those who study in an organisation's spaces ("1,200 students", "600 oppilasta"): people of a head count whose question asks about them. */
  learners: LearnerWords;
  time: readonly TimeRule[];
  /** Whether a time phrase is about buying or about something else ("our lease ends next year"). */
  timeTopics: TimeTopics;
  intents: IntentPhrases;
  /** Words other locales' visitors borrow from this language to say yes ("ok", "yes"). */
  borrowedYes: readonly string[];
  questionSuffix: QuestionSuffix | null;
  directives: DirectivePhrases;
  names: NamePhrases;
  lexicon: Lexicon;
  /** Tells the visitor from other people they mention ("our finance director decides"). */
  people: PeopleWords;
  concepts: ConceptPhrases;
  /** How an approval still to come is said ("has to approve"): a budget awaiting it is not approved. */
  awaiting: AwaitingWords;
  /** How an amount answers a yes/no question ("a few orders to Norway" is a yes, "hardly any" a no). */
  amounts: AmountWords;
  /** How a yes or a no is framed in a longer reply ("…, so yes", "nej vi är…"). */
  replies: ReplyWords;
  industries: IndustryWords;
  /**
   * Words for a business of any trade ("company", "yritys", "företag", "firma"): an option named so
   * beside options for other kinds of organisation takes the trades of the business economy no
   * other option covers ("law firm", "tilitoimisto"), before the catch-all.
   */
  businesses: readonly string[];
  /** What shops sell, by kind (`means: [fashion]`): definition/goods.ts. */
  goods: GoodsWords;
  demonyms: Demonyms;
  /** Everyday names of countries besides CLDR's ('UK', 'Holland', 'Hollanti', 'Anglia'), by ISO 3166 code: read as the name is. */
  countryAliases: Demonyms;
  occupations: OccupationWords;
  copy: Copy;
  widget: WidgetStrings;
  /** PostgreSQL text search configuration for the company's content ("finnish"); `simple` where the server lacks it. */
  textSearch: string;
}
