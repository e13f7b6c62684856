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
