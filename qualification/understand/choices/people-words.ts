/**
 * How a language tells the visitor from other people: `self` phrases put the visitor in the clause
 * ("I'm", "olen", "jag är", "jestem"); `others` words before a noun make it someone else ("our
 * finance director", "vår vd", "nasz prezes"); `acts` are verbs whose subject next to the noun is
 * someone else ("the owner decides", "hallitus päättää", "decyduje właściciel"). Folded; a space
 * stands for spaces or apostrophes, a trailing `*` lets the word go on.
 */
export interface PeopleWords {
  self: readonly string[];
  others: readonly string[];
  acts: readonly string[];
  /**
   * The visitor's own verbs that fold into an `acts` word, as typed with their diacritics ("zajmuję",
   * I handle, folds to "zajmuje", he handles): typed so, they say the visitor acts ("zajmuję się
   * komunikacją wewnętrzną"). Lower case.
   */
  ownActs: readonly string[];
  /** Case endings that put a person noun outside the visitor ("toimitusjohtaja|lle", to the CEO). */
  otherCases: readonly string[];
  /** Words joining the visitor to another person ("me and the CEO", "minä ja toimitusjohtaja"). */
  joins: readonly string[];
  /** Articles and fillers around a bare title that answers "what's your role?" ("just the owner", "bara en ägare"). */
  bare: readonly string[];
  /**
   * Words narrowing what the visitor does to that alone ("I just prepare", "minä vain valmistelen",
   * "jag tar bara fram underlag", "ja tylko przygotowuję"): the visitor's part, not the decision.
   */
  only: readonly string[];
  /**
   * Words of preparing a decision, not having a say in it ("prepar*", "valmistel*", "tar fram underlag",
   * "przygotow*"): "I only prepare" beside someone else's decision is no say; "I only recommend" is.
   */
  prepares: readonly string[];
  /** Verbs joining a title to who holds it ("the owner is my dad", "omistaja on isäni", "min chef är vd", "mój przełożony to prezes"). */
  copulas: readonly string[];
  /**
   * The visitor as the object of a verb ("me", "minua", "mig", "mnie"): a title that is the subject of
   * such a verb ("our CEO asked me to look", "toimitusjohtaja pyysi minua", "prezes poprosił mnie") is
   * someone else. Folded whole words.
   */
  objects: readonly string[];
  /** Suffixes that make a noun someone's ("isä|ni", my father; "esimiehe|mme", our boss): another person. */
  possessives: readonly string[];
  /** Clitics glued to a title by an apostrophe or colon that make it a possessor ("the CEO's assistant", "vd:ns assistent"). */
  clitics: readonly string[];
  /** Case endings that make a title the possessor of the noun right before it (Polish genitive: "asystentka prezesa"). */
  ofNoun: readonly string[];
  /**
   * Groups that decide for an organisation, folded ("board", "lautakun*", "nämnd*", "zarzad"): asked who decides, named
   * without the visitor they are someone else ("the council decides", "lautakunta päättää", "rada miasta").
   */
  bodies: readonly string[];
  /** The visitor among others, folded ("we", "me", "vi", "my"): "vi i styrelsen" is no one else's decision. */
  we: readonly string[];
  /**
   * The visitor's relatives, in base form: `family` names the household that decides ("family",
   * "wife", "husband", "familj"), `members` every relative ("brother", "dad", "bror", "veli", "syn"),
   * `family` included (`choices/kin.ts`); `forms` the cases of relatives the language's rules do not
   * reach from the base form: short words ("isän", "synem", "sonen", "mężem") and irregular stems
   * ("veljen", "pojan", "ojcem", "brodern").
   */
  kin: { family: readonly string[]; members: readonly string[]; forms: readonly string[] };
  /**
   * The visitor as one of several holding a title, right before it ("one of the dentists", "yksi
   * hammaslääkäreistä", "en av delägarna", "jeden z założycieli"), folded: the count is the visitor,
   * not staff. A few words (an article, an adjective) may stand between it and the title.
   */
  oneOf: readonly string[];
  /**
   * Words that open a noun for another person and stand for one another there, in groups, lower case
   * ("my", "our", "the", and "" for none; "mój", "nasz"; Polish by gender): `choices/determiners.ts`.
   */
  determiners: readonly (readonly string[])[];
  /** How the visitor says they advise whoever decides (`choices/advice.ts`). */
  advice: AdviceWords;
}

/**
 * The visitor's advice beside someone else's decision ("pomo, mutta se menee mun ehdotuksen
 * mukaan", "szef, ale robi tak, jak mu doradzę", "I'll put it to the MD"). Folded unless said; a
 * space stands for spaces, a trailing `*` lets the word go on. The one deciding listening to the
 * visitor ("she listens to me") is no such word: visitors mean by it a recommendation as often as
 * someone else's decision.
 */
export interface AdviceWords {
  /** Words of recommending or putting a case ("recommend*", "ehdotu*", "föreslå*", "put it to"): the visitor's with their word in the clause. */
  advises: readonly string[];
  /** The visitor's words that make advice theirs ("I", "my", "mun", "min", "mój"). */
  mine: readonly string[];
  /** Words of recommending that say by their ending that the visitor does it ("suosittelen", "doradzę"), lower case, diacritics kept. */
  own: readonly string[];
}
