import type { LeadDefinition } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { escapeRegExp, type Message, type Span } from '../normalize.js';
import { impliedConcepts } from './implied-concepts.js';
import { tradesIn } from './trade-codes.js';
import { decidingOf, type PersonHit } from './persons.js';

/** Longer than this, a reply naming a board or a title may be about something else than who decides. */
const SHORT_REPLY = 8;

const patterns = perPack((pack): { body: RegExp; self: RegExp } => {
  const source = pack.people.bodies.map((p) => (p.endsWith('*') ? `${escapeRegExp(p.slice(0, -1))}\\p{L}*` : escapeRegExp(p)).replace(/ /g, '\\s+')).join('|');
  return { body: new RegExp(`^(?:${source})$`, 'u'), self: new RegExp(`^(?:${pack.headcount.self ?? '(?!)'})$`, 'u') };
});

/** The pack's words for the visitor themself ("jag", "I", "minä"), whole: built once per pack. */
export const selfPronoun = (pack: LocalePack): RegExp => patterns(pack).self;

/**
 * Asked who decides, a short reply naming a group that decides or another person's title, without
 * the visitor: "the council decides", "lautakunta päättää", "nämnden fattar beslutet", "rada
 * miasta", "not me, our CFO", "HR-direktören". Where it stands, or null. The visitor's pronoun
 * unless negated ("me and the board", "ja i zarząd"), the visitor among others ("vi i styrelsen",
 * "we decide at board level") or a negated group ("not the board") make it no one else's; a
 * question is no answer.
 */
export function namedDecider(message: Message, pack: LocalePack): Span | null {
  const { tokens, folded } = message;
  if (tokens.length === 0 || tokens.length > SHORT_REPLY || folded.includes('?')) return null;
  const { body, self } = patterns(pack);
  // "Not the council", "ei hallitus", "inte styrelsen": a negation at most an article before.
  const negatedAt = (i: number) =>
    tokens.slice(Math.max(0, i - 2), i).some((t) => pack.lexicon.negations.has(t.text) && !/[,.;!\n]/.test(folded.slice(t.end, (tokens[i] as Span).start)));
  if (tokens.some((t, i) => (self.test(t.text) && !negatedAt(i)) || pack.people.we.includes(t.text))) return null;
  const group = tokens.findIndex((t, i) => body.test(t.text) && !negatedAt(i));
  if (group >= 0) return { start: (tokens[group] as Span).start, end: (tokens[group] as Span).end };
  // A title may take words ("HR-direktören", "dyrektor finansowy"): the reply is its stretch.
  if (tokens.some((t, i) => negatedAt(i) && !self.test(t.text)) || tradesIn(message.original, pack, 'occupations', true).length === 0) return null;
  return { start: (tokens[0] as Span).start, end: (tokens.at(-1) as Span).end };
}

/**
 * A group that decides or another person's title in another clause than the stretch ("jag. fast
 * styrelsen vill vara med", "I. but I check with the CEO"): someone else has a part in it.
 */
export function othersApart(stretch: Span, message: Message, pack: LocalePack): boolean {
  const { tokens, folded } = message;
  const apart = (t: Span) => /[,.;:!?\n]/.test(t.end <= stretch.start ? folded.slice(t.end, stretch.start) : t.start >= stretch.end ? folded.slice(stretch.end, t.start) : '');
  const rest = tokens.filter(apart);
  if (rest.some((t) => isBody(t.text, pack))) return true;
  return rest.length > 0 && tradesIn(message.original.slice((rest[0] as Span).start, (rest.at(-1) as Span).end), pack, 'occupations', true).length > 0;
}

/** A word for a group that decides ("styrelsen", "board", "hallitus", "zarząd"), folded. */
export const isBody = (word: string, pack: LocalePack) => patterns(pack).body.test(word);

/** Words that may stand between a decider and the phrase of its deciding ("the board | has to approve", "zarząd | musi to zatwierdzić"). */
const DECIDER_GAP = 2;

/**
 * Asked who decides, where an option names a decider itself ("The board", "General meeting"), a
 * pack's phrase of someone else deciding that holds the option's synonym ("the board decides",
 * "styrelsen tar beslutet", "zarząd decyduje"), or stands next to it in its clause ("the board has
 * to approve it", "hallitus hyväksyy isot hankinnat", "decyduje zarząd"), names that decider: the
 * rest of the phrase is the deciding, not another person.
 */
export function deciderNamed<H extends PersonHit>(hit: H, hits: readonly H[], message: Message, pack: LocalePack, definition: LeadDefinition): boolean {
  if (!hit.term.concept || decidingOf(hit.term.option, impliedConcepts(definition)) !== 'someone_else_decides') return false;
  return hits.some((o) => {
    if (o.term.criterion !== hit.term.criterion || o.term.option === hit.term.option || o.term.concept || o.term.lexical || o.term.catchAll) return false;
    if (decidingOf(o.term.option, impliedConcepts(definition)) || !(within(o, hit) || beside(o, hit, message))) return false;
    // A negation the phrase holds ("the board doesn't decide") turns it: not the board's say.
    return !message.tokens.some((t) => t.start >= hit.start && t.end <= hit.end && pack.lexicon.negations.has(t.text));
  });
}

const within = (o: Span, hit: Span) => o.start >= hit.start && o.end <= hit.end;
/** Two stretches of one clause with at most `DECIDER_GAP` words between. */
function beside(a: Span, b: Span, message: Message): boolean {
  const [first, second] = a.start < b.start ? [a, b] : [b, a];
  if (first.end > second.start || /[,.;:!?\n]/.test(message.folded.slice(first.end, second.start))) return false;
  return message.tokens.filter((t) => t.start >= first.end && t.end <= second.start).length <= DECIDER_GAP;
}
