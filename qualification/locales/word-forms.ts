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
  /**
   * Whether two folded words are one verb said of different persons where the stemmer gives them one
   * stem ("zatwierdzam", I approve; "zatwierdza", he approves): different answers. Null where the
   * person endings above tell them apart, or verbs do not change with the person.
   */
  otherPerson: ((word: string, term: string) => boolean) | null;
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
