import type { GoodsWords } from '../definition/goods.js';
import type { PeopleWords } from '../understand/choices/people-words.js';
import type { IntentPhrases } from '../understand/intents/phrases.js';
import type { AwaitingWords } from '../understand/modality.js';
import type { AmountWords, ReplyWords } from '../understand/yes-no.js';
import type { CountedThings, LearnerWords, UnitCues } from '../understand/numbers/units.js';
import type { NumberWords } from '../understand/numbers/words.js';
import type { TimeTopics } from '../understand/time.js';
import type { TimeRule } from '../understand/time/rules.js';
import type { DirectivePhrases, NamePhrases, QuestionSuffix } from './addressing.js';
import type { Copy } from './copy.js';
import type { Lexicon } from './lexicon.js';
import type { ConceptPhrases, Demonyms, IndustryWords, MadeWords, OccupationWords } from './vocabulary.js';
import type { WidgetStrings } from './widget.js';
import type { WordForms } from './word-forms.js';

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
  /**
   * What a company makes or builds said as its verb, first person plural, by NACE code ("we
   * manufacture", C; "we build", F): the trade alone, but what follows names the trade where it names
   * one ("we make apps" is software, "tehdään kylppäriremontteja" renovation).
   */
  making: IndustryWords;
  /** What companies make or build, named as the product (`MadeWords`). */
  made: MadeWords;
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
