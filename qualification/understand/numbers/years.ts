import type { Message } from '../normalize.js';
import type { NumberMention } from './mentions.js';

const YEAR = /^(?:19|20)\d\d$/;
const CLAUSE_END = /^\s*(?:[,.;:!?\n)–—-]|$)/u;

/**
 * A year said after the answer, as when something happened: "bara en, vi flyttade hit 2019", "only
 * one, we moved here in 2019", "tylko jeden, przenieśliśmy się tu w 2019". A four-digit number from
 * 1900 to 2099 not said as an estimate, ending its clause, in a clause after the first: never a count.
 * "About 2000", "2000 objekt" and a bare "2019" stay counts.
 */
export function saidAsYear(mention: NumberMention, message: Message): boolean {
  if (mention.approx || !YEAR.test(message.folded.slice(mention.start, mention.end))) return false;
  if (!CLAUSE_END.test(message.folded.slice(mention.end))) return false;
  return /[,.;:!?\n]/.test(message.folded.slice(0, mention.start));
}
