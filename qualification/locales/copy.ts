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
  /** The reply answered nothing; the question follows again. */
  notCaught: string;
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
