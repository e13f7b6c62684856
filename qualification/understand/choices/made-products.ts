import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import type { ChoiceHit } from '../choices.js';
import { fold, tokenize, type Message, type Span } from '../normalize.js';
import { tradesIn } from './trade-codes.js';

/** NACE section C, manufacturing: a word for a factory ("factory", "tehdas", "fabrik", "zakład produkcyjny"). */
const FACTORY = 'C';
const BREAK = /[.,;:!?\n]/;

/** The clause a hit stands in: from the last mark before it to the first after it. */
function clauseOf(hit: Span, message: Message): Span {
  let mark = hit.start - 1;
  while (mark >= 0 && !BREAK.test(message.folded.charAt(mark))) mark--;
  const after = message.folded.slice(hit.end).search(BREAK);
  return { start: mark + 1, end: after < 0 ? message.folded.length : hit.end + after };
}

/** A pack's words of making a product (`MadeWords.verbs`), as folded token lists. */
const verbsOf = perPack((pack) => pack.made.verbs.map((v) => tokenize(fold(v)).map((t) => t.text)));

/** Where the last of the pack's verbs of making ends, before `end` in `clause`; -1 if none. */
function verbBefore(clause: Span, end: number, message: Message, pack: LocalePack): number {
  const tokens = message.tokens.filter((t) => t.start >= clause.start && t.end <= end);
  let found = -1;
  tokens.forEach((_, i) => {
    for (const verb of verbsOf(pack)) if (verb.every((w, k) => tokens[i + k]?.text === w)) found = Math.max(found, (tokens[i + verb.length - 1] as Span).end);
  });
  return found;
}

/**
 * A product ("furniture", "omakotitaloja") names the trade that makes it only beside a word of
 * making in its clause: after a verb of making with no other trade named between ("we make
 * furniture", "tehdään omakotitaloja"; not "we make software for furniture shops"), or with a word
 * for a factory ("furniture factory", "lääketehdas", "fabryka mebli"). Alone it may be what a shop
 * sells, or what anyone buys.
 */
export function madeAlone(hit: ChoiceHit, hits: readonly ChoiceHit[], message: Message, pack: LocalePack): boolean {
  if (!hit.term.made) return false;
  const clause = clauseOf(hit, message);
  const inClause = (h: Span) => h.start >= clause.start && h.end <= clause.end;
  const sameQuestion = hits.filter((h) => h !== hit && h.term.criterion === hit.term.criterion && inClause(h));
  const verb = verbBefore(clause, hit.start, message, pack);
  const between = (h: ChoiceHit) => h.start >= verb && h.end <= hit.start && !h.term.making && !h.term.made;
  if (verb >= 0 && !sameQuestion.some(between)) return false;
  const text = message.original.slice(clause.start, clause.end);
  return !tradesIn(text, pack, 'industries', false, true).includes(FACTORY);
}
