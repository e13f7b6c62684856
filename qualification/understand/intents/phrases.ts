/**
 * A locale's intent phrases, folded (lower case, no diacritics). A space stands for any run of
 * spaces or apostrophes, a trailing `*` lets the word go on ("kurw*" matches "kurwa").
 */
export interface IntentPhrases {
  /** Anywhere in the message. */
  why: string[];
  /** Only as the whole message ("why?", "miksi?"). */
  whyAlone: string[];
  skip: string[];
  /**
   * Openings that tie the answer to something still unknown ("depends on the grant", "riippuu
   * avustuksesta", "beror på bidraget", "zależy od dotacji"): a reply of one clause that opens with one
   * answers nothing and skips, whatever it depends on.
   */
  depends: string[];
  /** Words right after a `skip` phrase that make it part of an answer: "no idea why things come back", "ei tiedä missä autot on". */
  skipUnless: string[];
  /** Anywhere: the visitor corrects an earlier answer ("actually", "sorry, I meant", "itse asiassa"). */
  correction: string[];
  human: string[];
  /** Words right before a `human` phrase that make it a description of staff ("our", "meidän", "varav"). */
  notHuman: string[];
  /** The whole message, among `fillers`: the visitor needs a moment ("let me think", "hetki", "vänta lite", "muszę się zastanowić"). */
  wait: string[];
  /** Words around a `wait` phrase that say nothing more ("hmm", "good question", "about that", "niin", "nad tym"). */
  fillers: string[];
  /** At the start of the message. */
  greeting: string[];
  thanks: string[];
  abuse: string[];
  /** At the start, followed by nothing, punctuation or more words. */
  yes: string[];
  /** At the start, followed by nothing or punctuation; a short message ("ei kiirettä") counts too. */
  no: string[];
  /** First words that make a message a question even without "?". */
  questionStart: string[];
  /** Openings that begin with a question word but do not ask ("jak najszybciej", as soon as possible). */
  notQuestion: string[];
}
