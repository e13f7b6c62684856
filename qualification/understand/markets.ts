import type { LocalePack } from '../locales/pack.js';
import type { ChoiceHit } from './choices.js';
import { overlaps, type Message, type Span, type Token } from './normalize.js';
import { LETTER } from './letters.js';

/** Words a listed country may have ("United Kingdom"). */
const MAX_ITEM_WORDS = 2;
/** Where the company is: one country, a fact about the company (not "which markets do you serve?"). */
const homeCountry = ({ term: { criterion } }: ChoiceHit) => criterion.type === 'choice' && criterion.category === 'company' && criterion.options.some((o) => o.country);

/** The company's own kind, a fact about it: its trade, its type (not its country). */
const ownTrade = ({ term: { criterion } }: ChoiceHit) => criterion.type === 'choice' && criterion.category === 'company' && !criterion.options.some((o) => o.country);

/** Most words from the words for customers to the trade they name ("our clients are mostly small restaurants"). */
const NOUN_REACH = 5;

/** The tokens before a hit in its clause, nearest last. */
const clauseBefore = (hit: Span, message: Message) => {
  const before = message.tokens.filter((t) => t.end <= hit.start);
  let k = before.length;
  while (k > 0 && !/[.,;:!?\n]/.test(message.folded.slice((before[k - 1] as Token).end, (before[k] ?? hit).start))) k--;
  return before.slice(k);
};

/** Each word for customers as a whole-word expression, built once per list (a pack's own), not for every hit. */
const nounCache = new WeakMap<readonly string[], RegExp[]>();
function nounExpressions(nouns: readonly string[]): RegExp[] {
  let built = nounCache.get(nouns);
  if (!built) nounCache.set(nouns, (built = nouns.map((n) => new RegExp(`(?<!\\p{L})${n.replace(/ /g, '\\s+')}(?!\\p{L})`, 'u'))));
  return built;
}

/**
 * A trade named right after a word for whom the work is done (one word may stand between), in such
 * a case, or a few words after a word for customers in its clause ("our clients are restaurants").
 */
function forClients(hit: ChoiceHit, message: Message, pack: LocalePack): boolean {
  const { before, endings, nouns } = pack.lexicon.clients;
  const clause = clauseBefore(hit, message);
  if (clause.slice(-2).some((t) => before.includes(t.text))) return true;
  const said = message.folded.slice(clause[0]?.start ?? hit.start, hit.start);
  const named = nounExpressions(nouns).map((re) => said.search(re)).filter((at) => at >= 0);
  if (named.some((at) => clause.filter((t) => t.start >= (clause[0]?.start ?? 0) + at).length <= NOUN_REACH)) return true;
  const written = hit.term.words.at(-1)?.text ?? '';
  return endings.some((e) => message.folded.slice(hit.start, hit.end).endsWith(e) && !written.endsWith(e));
}

/** Only words of selling ("we sell", "we also sell", "myymme", "vi säljer"), naming no goods. */
export function selling(hit: ChoiceHit, message: Message, pack: LocalePack): boolean {
  const words = message.tokens.filter((t) => t.start >= hit.start && t.end <= hit.end);
  const { stopwords, light } = pack.lexicon;
  const sells = (t: Token) => pack.lexicon.clients.sellers.some((s) => t.text.startsWith(s));
  return words.some(sells) && words.every((t) => stopwords.has(t.text) || light.has(t.text) || sells(t));
}

/** The next word after a hit in its sentence marks the buyers ("we sell to restaurants", "myymme ravintoloille"). */
function toBuyers(hit: ChoiceHit, message: Message, pack: LocalePack): boolean {
  const next = message.tokens.find((t) => t.start >= hit.end);
  if (!next || /[.;!?\n]/.test(message.folded.slice(hit.end, next.start))) return false;
  const { before, endings } = pack.lexicon.clients;
  return before.includes(next.text) || endings.some((e) => next.text.endsWith(e));
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
  const { before: to, endings: toEndings, stays = [] } = pack.lexicon.towards;
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
      // "to Germany and Poland", "to the UK"; not "to expand in Poland", nor "vi håller till i Tallinn" (we are based in).
      if (to.includes(token.text)) return words <= 1 && !stays.includes(before[k - 1]?.text ?? '');
      if (pack.people.joins.includes(token.text)) words = 0;
      else if (++words > MAX_ITEM_WORDS) return false;
    }
    return false;
  };
  const asks = (h: ChoiceHit) => questions.some((q) => overlaps(q, h));
  const clients = hits.filter((h) => ownTrade(h) && forClients(h, message, pack) && !asks(h));
  // "to restaurants and hotels", "dla restauracji i hoteli": the list of customers of one kind goes on.
  const listedClients = hits.filter((h) => ownTrade(h) && !clients.includes(h) && !asks(h) && clients.some((c) => c.end <= h.start && c.term.option === h.term.option && sameList(c, h, message, pack)));
  // Selling to the trades named is no retail: "we sell to restaurants" says whom, not what; nor is
  // selling beside a trade of the company's own ("we sell coffee in our three cafés"). Where no
  // option covers shops, selling says nothing: the goods may be food, software or services.
  const own = (o: ChoiceHit, h: ChoiceHit) => o !== h && o.term.criterion === h.term.criterion && !clients.includes(o) && !listedClients.includes(o) && !selling(o, message, pack);
  const sold = hits.filter((h) => ownTrade(h) && h.term.lexical && selling(h, message, pack) && (h.term.catchAll || toBuyers(h, message, pack) || clients.some((c) => c.start >= h.end) || hits.some((o) => own(o, h))));
  // A trade word right after selling may name the goods ("we sell cleaning products", "sprzedajemy
  // ubezpieczenia"): whether a shop or the trade, the visitor's buttons say. A word for goods ("vi säljer jeans") is what is sold.
  const goods = hits.filter((h) => ownTrade(h) && !h.term.goods && hits.some((s) => s.term.criterion === h.term.criterion && selling(s, message, pack) && s.end <= h.start && nounPhrase(s, h, message, pack)));
  const markets = [...hits.filter((h) => homeCountry(h) && (listed(h) || towards(h))), ...elsewhere(hits, message, pack), ...clients, ...listedClients, ...goods, ...(goods.length ? hits.filter((h) => selling(h, message, pack)) : sold)];
  return markets.length ? hits.filter((h) => !markets.includes(h)) : hits;
}

/**
 * Only "and", commas or slashes between two hits in one sentence, and light words ("and the
 * hotels", "i też hotele"): "dla restauracji i prowadzimy kawiarnię" starts a clause of its own.
 */
function sameList(first: Span, next: Span, message: Message, pack: LocalePack): boolean {
  const gap = message.tokens.filter((t) => t.start >= first.end && t.end <= next.start);
  if (/[.;:!?\n]/.test(message.folded.slice(first.end, next.start))) return false;
  const { light, stopwords } = pack.lexicon;
  if (!gap.every((t) => pack.people.joins.includes(t.text) || light.has(t.text) || stopwords.has(t.text))) return false;
  return gap.some((t) => pack.people.joins.includes(t.text)) || /[,/]/.test(message.folded.slice(first.end, next.start));
}

/** The goods right after selling: at most one word before the hit, and no stopword or break ("we sell cleaning products", not "we sell food to take away"). */
function nounPhrase(seller: Span, hit: Span, message: Message, pack: LocalePack): boolean {
  const between = message.tokens.filter((t) => t.start >= seller.end && t.end <= hit.start);
  const first = message.tokens.find((t) => t.start >= hit.start);
  if (first && pack.lexicon.stopwords.has(first.text)) return false;
  return between.length <= 1 && !between.some((t) => pack.lexicon.stopwords.has(t.text)) && !/[.,;:!?\n]/.test(message.folded.slice(seller.end, hit.start));
}

/** Words either side of a country, in its clause, that may say it is a branch's or the seat's ("a branch in Oslo", "Puolassa on tytäryhtiö"). */
const SITE_REACH = 3;

/** Whether one of the phrases starts a word within reach of the hit, in its clause (up to punctuation or a contrast). */
function besides(hit: Span, message: Message, pack: LocalePack, phrases: readonly string[]): boolean {
  const { folded, tokens } = message;
  const apart = (a: number, b: number) => /[.,;:!?\n]/.test(folded.slice(a, b));
  const before: Token[] = [];
  for (const t of tokens.filter((t) => t.end <= hit.start).reverse()) {
    if (before.length === SITE_REACH || apart(t.end, hit.start) || pack.lexicon.contrasts.has(t.text)) break;
    before.push(t);
  }
  const after: Token[] = [];
  for (const t of tokens.filter((t) => t.start >= hit.end)) {
    if (after.length === SITE_REACH || apart(hit.end, t.start) || pack.lexicon.contrasts.has(t.text)) break;
    after.push(t);
  }
  return [...before, ...after].some((t) => startsPhrase(t, folded, phrases));
}

function startsPhrase(t: Token, folded: string, phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    const open = p.endsWith('*');
    const body = open ? p.slice(0, -1) : p;
    const rest = folded.slice(t.start);
    return rest.startsWith(body) && (open || !LETTER.test(rest[body.length] ?? ''));
  });
}

/**
 * Of two countries named for where the company is, the one beside a branch is another site ("based in
 * Gothenburg but have a branch in Oslo", "Puolassa on tytäryhtiö mutta pääkonttori on Tampereella"),
 * and beside the seat the others are ("mamy siedzibę w Szwecji, ale księgowość robimy w Polsce"), unless
 * another company's site is named ("our parent company is based in Sweden").
 */
function elsewhere(hits: ChoiceHit[], message: Message, pack: LocalePack): ChoiceHit[] {
  const countries = hits.filter(homeCountry);
  if (new Set(countries.map((h) => h.term.option)).size < 2) return [];
  const { branch, seat } = pack.lexicon.sites;
  const branches = countries.filter((h) => besides(h, message, pack, branch));
  if (branches.length) return branches.length < countries.length ? branches : [];
  // The seat, with no other site or parent company named anywhere ("our parent company is based in Sweden").
  const seats = new Set(countries.filter((h) => besides(h, message, pack, seat)).map((h) => h.term.option));
  const sites = message.tokens.some((t) => startsPhrase(t, message.folded, branch));
  return seats.size === 1 && !sites ? countries.filter((h) => !seats.has(h.term.option)) : [];
}
