import { EMAIL } from './contact.js';

/**
 * A phone number as visitors type one: starting with +, 00 or a 0 trunk prefix, 8 to 15 digits with
 * spaces, dots or dashes between. Head counts and sums ("120", "1 200", "12 000 000") do not start so.
 */
const PHONE = /(?<![\p{L}\p{N}])(?:\+|0)\d(?:[\s.-]?\(?\d\)?){6,14}(?![\p{L}\p{N}])/gu;
const EMAILS = new RegExp(EMAIL.source, 'gu');

export const REMOVED_EMAIL = '[email removed]';
export const REMOVED_PHONE = '[phone removed]';

/**
 * The visitor's words without the contact details in them. Until the visitor consents, what they
 * typed is kept like this, so an address given early is not stored by the back door of the transcript.
 */
export function withoutContactData(text: string): string {
  // Most messages hold neither an @ nor a digit: the expressions would only scan them to find nothing.
  const noEmail = text.includes('@') ? text.replace(EMAILS, REMOVED_EMAIL) : text;
  return /\d/.test(noEmail) ? noEmail.replace(PHONE, REMOVED_PHONE) : noEmail;
}
