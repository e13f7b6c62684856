import type { LocalePack } from '../../locales/pack.js';
import type { Message, Token } from '../normalize.js';
import type { NumberMention } from './mentions.js';
import { LETTER } from '../letters.js';

/** Words before a count, commas allowed, that may say whose it is ("vår egen ekonomiavdelning, tre personer"). */
const REACH_BEFORE = 5;
/** Words after a count in its clause ("4 people in our finance department"). */
const REACH_AFTER = 4;

/**
 * Whether a token starts one of the pack's department words: a trailing `*` lets the word go on, a
 * leading `*` lets it end a compound and `+` makes it only a compound's end ("taloustiimi", not "tiimi").
 */
function startsDepartment(token: Token, message: Message, word: string): boolean {
  const open = word.endsWith('*');
  const compound = word[0] === '*' || word[0] === '+';
  const body = word.slice(compound ? 1 : 0, open ? -1 : undefined);
  if (body.includes(' ')) {
    const rest = message.folded.slice(token.start);
    return rest.startsWith(body) && (open || !LETTER.test(rest[body.length] ?? ''));
  }
  const at = token.text.indexOf(body);
  if (at < 0 || (at > 0 && !compound) || (at === 0 && word[0] === '+')) return false;
  return open || at + body.length === token.text.length;
}

/**
 * A head count that is a part of the organisation's, said beside the part's name: "our finance team
 * of 4", "ekonomiavdelning, tre personer", "dział księgowości, 4 osoby", "3 henkeä talousosastolla".
 * It is the department's head count, not the company's.
 */
export function departmentCount(mention: NumberMention, message: Message, pack: LocalePack, others: readonly NumberMention[]): boolean {
  const words = [pack, ...pack.mixesIn].flatMap((p) => p.numbers.departments);
  const { tokens } = message;
  const first = tokens.findIndex((t) => t.end > mention.start);
  const last = tokens.findLastIndex((t) => t.start < mention.end);
  if (first < 0) return false;
  const near: Token[] = [];
  for (let i = first - 1; i >= 0 && first - i <= REACH_BEFORE; i--) {
    const t = tokens[i] as Token;
    // Another count ends the reach: "3 in finance, 40 in all" leaves the 40 whole.
    if (/[.;!?\n]/.test(message.folded.slice(t.end, mention.start)) || others.some((o) => o !== mention && o.start < t.end && t.start < o.end)) break;
    near.push(t);
  }
  for (let i = last + 1; i < tokens.length && i - last <= REACH_AFTER; i++) {
    const t = tokens[i] as Token;
    if (/[,.;!?\n]/.test(message.folded.slice(mention.end, t.start)) || others.some((o) => o !== mention && o.start < t.end && t.start < o.end)) break;
    near.push(t);
  }
  return near.some((t) => words.some((w) => startsDepartment(t, message, w)));
}
