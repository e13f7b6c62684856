import type { LocalePack } from '../../locales/pack.js';
import type { Message, Span, Token } from '../normalize.js';
import type { Term } from './terms.js';
import { tradesIn } from './trade-codes.js';

/** Words after the business that may name its function: "the company's | books", "företagets | ekonomi", "the company | accounts payable". */
const FUNCTION_REACH = 2;

/** Whether a stretch of the message names a job or a function ("księgowość", "the books", "ekonomi"). */
const namesFunction = (message: Message, from: Token, to: Token, pack: LocalePack) =>
  tradesIn(message.original.slice(from.start, to.end), pack, 'occupations').length > 0;

/**
 * Whether a business named after a verb of running it is only whose function the visitor runs:
 * "prowadzę księgowość firmy", "I run the company's books", "jag driver företagets ekonomi",
 * "pyöritän firman kirjanpitoa" are the bookkeeper's and the finance lead's work, not the owner's.
 * So is a phrase of running the business read with a word naming a function inside it (the one
 * extra word a phrase may hold: "prowadzę [księgowość] firmy"), or with one right after it, joined
 * to it by no more than a space or a possessive's "'s".
 */
export function businessOfFunction(stretch: Span, message: Message, pack: LocalePack, phraseWords?: number): boolean {
  const { tokens, folded } = message;
  const inside = tokens.filter((t) => t.start >= stretch.start && t.end <= stretch.end);
  if (phraseWords !== undefined && inside.length > phraseWords && inside.slice(1, -1).some((t) => namesFunction(message, t, t, pack))) return true;
  const at = tokens.findIndex((t) => t.start >= stretch.end);
  if (at < 0) return false;
  const next = tokens.slice(at, at + FUNCTION_REACH + 1);
  const joined = (k: number) => /^(?:\s+|['’]\s*)$/.test(folded.slice(k === 0 ? stretch.end : (next[k - 1] as Token).end, (next[k] as Token).start));
  // A possessive's "s" ("company's") is no word of its own.
  const from = next[0]?.text === 's' && joined(0) && next[1] ? 1 : 0;
  const first = next[from];
  if (!first || !joined(from)) return false;
  const second = next[from + 1];
  // "The company's books" are "the books": the possessor's article is the function's ("books" alone names none).
  const article = from === 1 ? inside.at(-2) : undefined;
  const withArticle = article !== undefined && tradesIn(`${article.text} ${first.text}`, pack, 'occupations').length > 0;
  return withArticle || namesFunction(message, first, first, pack) || (second !== undefined && joined(from + 1) && namesFunction(message, first, second, pack));
}

/** ISCO-08 1.1.2.0, managing directors and chief executives: whoever owns and runs the business. */
export const OWNER = '1.1.2.0';

/** A pack's phrase of running the business ("prowadzę firmę", "run the company") said of a function the business has: no owner's work. */
export function ownersWorkOfFunction(hit: Span & { term: Term }, message: Message, pack: LocalePack): boolean {
  if (!hit.term.lexical || !hit.term.work) return false;
  if (!tradesIn(message.original.slice(hit.start, hit.end), pack, 'occupations').includes(OWNER)) return false;
  return businessOfFunction(hit, message, pack, hit.term.words.length);
}
