import type { LocalePack } from '../locales/pack.js';
import type { ChoiceHit } from './choices.js';
import { overlaps, type Message, type Span, type Token } from './normalize.js';

/** Words a listed country may have ("United Kingdom"). */
const MAX_ITEM_WORDS = 2;
/** Where the company is: one country, a fact about the company (not "which markets do you serve?"). */
const homeCountry = ({ term: { criterion } }: ChoiceHit) => criterion.type === 'choice' && criterion.category === 'company' && criterion.options.some((o) => o.country);

/** The company's own kind, a fact about it: its trade, its type (not its country). */
const ownTrade = ({ term: { criterion } }: ChoiceHit) => criterion.type === 'choice' && criterion.category === 'company' && !criterion.options.some((o) => o.country);

/** A trade named right after a word for whom the work is done (one word may stand between), or in such a case. */
function forClients(hit: ChoiceHit, message: Message, pack: LocalePack): boolean {
  const { before, endings } = pack.lexicon.clients;
  const previous = message.tokens.filter((t) => t.end <= hit.start && !/[.,;:!?\n]/.test(message.folded.slice(t.end, hit.start))).slice(-2);
  if (previous.some((t) => before.includes(t.text))) return true;
  const written = hit.term.words.at(-1)?.text ?? '';
  return endings.some((e) => message.folded.slice(hit.start, hit.end).endsWith(e) && !written.endsWith(e));
}

/**
 * "We ship to Norway", "myymme Ruotsiin", "vi säljer mest till Tyskland", "wysyłamy do Niemiec": a
 * country the goods go to is a market, not where the company is. A country named after a word of
 * direction or in a case of direction (the pack's `towards`), or listed after such a country ("to
 * Norway and Sweden"), is no answer about the company's country; the country it is in may stand
 * beside it ("we're in Finland but ship to Norway"). So too a trade the company works for
 * ("software for restaurants", "myymme ravintoloille", the pack's `clients`): the customers' trade,
 * though a visitor asking "does it work for electricians?" asks about their own (`questions`).
 */
export function withoutMarkets(hits: ChoiceHit[], message: Message, pack: LocalePack, questions: Span[]): ChoiceHit[] {
  const { before: to, endings: toEndings } = pack.lexicon.towards;
  const { folded, tokens } = message;
  const towards = (hit: ChoiceHit) => {
    const written = hit.term.words.at(-1)?.text ?? '';
    return toEndings.some((e) => folded.slice(hit.start, hit.end).endsWith(e) && !written.endsWith(e));
  };
  // Only "and", commas or slashes, and list items of a word or two, between it and a word of
  // direction: the list goes on ("to Norway, Sweden and Denmark"), whether or not those were read.
  const listed = (hit: ChoiceHit) => {
    const before = tokens.filter((t) => t.end <= hit.start);
    let words = 0;
    for (let k = before.length - 1; k >= 0; k--) {
      const token = before[k] as Token;
      const gap = folded.slice(token.end, (before[k + 1] ?? hit).start);
      if (/[.;!?\n]/.test(gap)) return false;
      if (/[,/]/.test(gap)) words = 0;
      // "to Germany and Poland", "to the UK"; not "to expand in Poland".
      if (to.includes(token.text)) return words <= 1;
      if (pack.people.joins.includes(token.text)) words = 0;
      else if (++words > MAX_ITEM_WORDS) return false;
    }
    return false;
  };
  const markets = hits.filter((h) => (homeCountry(h) && (listed(h) || towards(h))) || (ownTrade(h) && forClients(h, message, pack) && !questions.some((q) => overlaps(q, h))));
  return markets.length ? hits.filter((h) => !markets.includes(h)) : hits;
}
