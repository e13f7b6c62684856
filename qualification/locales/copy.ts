/**
 * Every sentence the bot says in its own words (questions, why-texts, options, FAQ answers and the
 * greeting come from the lead definition). One interface so no locale can miss a line.
 * Names and links are passed in; lines avoid inflecting names because Finnish and Polish would.
 */
export interface Copy {
  /** Follows the definition's greeting: the visitor may talk first or take the offered question. */
  invite: string;
  yes: string;
  no: string;
  /** The reply answered nothing: two openers, taken in turn so the bot never says the same twice in a row. */
  notCaught: readonly [string, string];
  /** Options close to what the visitor typed, offered as buttons: `options` joined with `or`. */
  didYouMean: (options: string) => string;
  or: string;
  /** How to answer the question again, by its type (no "pick an option" where there are none). */
  answerHint: { choice: string; multi: string; number: string; email: string; text: string; yes_no: string };
  /** Only where the question may be skipped. */
  skipHint: string;
  /** The Skip button. */
  skip: string;
  /** A consent or confirmation question got neither a yes nor a no. */
  yesOrNo: string;
  confirm: (value: string) => string;
  confirmDenied: string;
  skipped: string;
  /** Several facts arrived unasked, so some questions are no longer needed. */
  notedAhead: string;
  faqNoMatch: string;
  calm: string;
  empty: string;
  hello: string;
  welcome: string;
  consentAsk: (company: string) => string;
  consentPrivacy: (url: string) => string;
  /** "Why?" to the consent question. */
  consentWhy: string;
  /** Contact details arrived before consent: they are not kept. */
  consentFirst: string;
  humanAck: string;
  handoff: (owner: string) => string;
  meetingLink: (url: string) => string;
  noContactKept: string;
  handoffInChat: (owner: string) => string;
  /** A rep wrote in the chat for the first time: from now on the bot stays quiet. */
  repJoined: (rep: string) => string;
  meanwhile: string;
  nurtureThanks: string;
  nurtureContent: (title: string, url: string) => string;
  followUpAsk: (company: string) => string;
  goodbye: string;
  goodbyeFollowUp: string;
  farewell: string;
  moreAt: (url: string) => string;
  farewellWish: string;
  /** Any message after the conversation ended. */
  closed: string;
}
