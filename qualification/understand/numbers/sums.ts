import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { tradesIn } from '../choices/trade-codes.js';
import type { Message, Span, Token } from '../normalize.js';
import type { NumberMention } from './mentions.js';
import type { UnitCues } from './units.js';
import { LETTER } from '../letters.js';

/** "Plus" and "+" join counts in every language visitors write. */
const PLUS = ['plus', '+'];
/** Most counts summed into one answer ("9 heavy and 6 light"); a longer list is asked back. */
const MAX_PARTS = 3;

/** The words between two stretches, in one sentence, or null across a sentence break. */
function between(message: Message, a: Span, b: Span): string | null {
  const gap = message.folded.slice(a.end, b.start);
  return /[.;!?\n]/.test(gap) ? null : gap;
}

const words = (text: string) => text.split(/[^\p{L}\p{N}+]+/u).filter(Boolean);

/** A join word between two counts ("and", "ja", "och", "i", "plus", "+"), none that makes one a part of the other. */
function joins(gap: string, pack: LocalePack): boolean {
  const list = words(gap);
  return list.some((w) => pack.people.joins.includes(w) || PLUS.includes(w)) && !pack.numbers.parts.some((p) => list.includes(p));
}

/** Nothing but commas and join words between a part's own word and the next count: ", ", ", and ", " och ". */
const listGap = (gap: string, pack: LocalePack) => words(gap).every((w) => pack.people.joins.includes(w) || PLUS.includes(w));

/**
 * Counts of one thing said in parts, added up: "10 in the office and 30 in the field", "9 tunga och
 * 6 lätta", "40 trucks and maybe 15 vans". Every part must be a count for the question (none with
 * a unit of another criterion), joined to the one before by "and" or "plus" in one sentence; "60
 * people, 45 of them in the field" is a part of a count, not another (the pack's `numbers.parts`).
 * Where every part names what it counts (`ownWord`: where that word ends), a list by commas adds up
 * too: "2 servers, 25 workstations, 10 laptops", "30 laptopów, 15 stacjonarnych"; "40 laptops, now
 * 50 laptops" has a word of its own between and is no list.
 */
export function summedParts(parts: readonly NumberMention[], message: Message, pack: LocalePack, ownWord?: (m: NumberMention) => number | null): { value: number; span: Span } | null {
  if (parts.length < 2 || parts.length > MAX_PARTS) return null;
  const ends = ownWord ? parts.map(ownWord) : [];
  for (let k = 1; k < parts.length; k++) {
    const previous = parts[k - 1] as NumberMention;
    const next = parts[k] as NumberMention;
    const gap = between(message, previous, next);
    if (gap !== null && joins(gap, pack)) continue;
    const end = ends[k - 1];
    const listed = typeof end === 'number' && typeof ends[k] === 'number' ? between(message, { start: previous.start, end }, next) : null;
    if (listed === null || !listGap(listed, pack)) return null;
  }
  const first = parts[0] as NumberMention;
  const last = parts.at(-1) as NumberMention;
  return { value: parts.reduce((sum, m) => sum + m.value, 0), span: { start: first.start, end: last.end } };
}

/**
 * Where the job title right after a count ends, if one is there: "30 undersköterskor", "25
 * pielęgniarek", "12 electricians" count people of a trade, so parts with titles of their own are
 * one head count in parts ("25 nurses and 10 carers"), not different things.
 */
export function titleAfter(count: Span, message: Message, pack: LocalePack): number | null {
  const next = message.tokens.find((t) => t.start >= count.end);
  if (!next || !/^\s*$/.test(message.folded.slice(count.end, next.start))) return null;
  return tradesIn(message.original.slice(next.start, next.end), pack, 'occupations', true).length > 0 ? next.end : null;
}

/** The patterns of one cue list and pack, built once (a pack's own lists, never rebuilt). */
interface BesideRes {
  before: { re: RegExp; value: number }[];
  after: RegExp | null;
}
const besideCache = perPack(() => new WeakMap<UnitCues, BesideRes>());
function besideRes(cues: UnitCues, pack: LocalePack): BesideRes {
  const byCues = besideCache(pack);
  let built = byCues.get(cues);
  if (!built) {
    const join = `(?:${[...pack.people.joins, 'plus'].join('|')}|\\+)`;
    const ending = (source: string) => new RegExp(`(?:^|[^\\p{L}])(?:${source.replace(/ /g, "[\\s'’-]+")})[\\s,]+${join}\\s*$`, 'u');
    built = {
      before: [...cues.spoken.map(([source, value]) => ({ re: ending(source), value })), ...(cues.self ? [{ re: ending(cues.self), value: 1 }] : [])],
      after: cues.self ? new RegExp(`^[^,]*?\\s${join}\\s+(?:${cues.self})\\s*$`, 'u') : null,
    };
    byCues.set(cues, built);
  }
  return built;
}

/**
 * The visitor counted beside the others, for a head count: "me and my brother plus 6 drivers" (2 +
 * 6), "it's me plus 3 part-timers", "minä ja kaksi osa-aikaista", "6 drivers and me". The visitor
 * (the cues' `self`) or a spoken count ("me and my brother", the cues' `spoken`) joined to the
 * number in its sentence; 0 when there is none.
 */
export function visitorsBeside(count: Span, message: Message, pack: LocalePack, cues: readonly UnitCues[]): number {
  const sentenceStart = Math.max(...['.', ';', '!', '?', '\n'].map((p) => message.folded.lastIndexOf(p, count.start - 1))) + 1;
  const before = message.folded.slice(sentenceStart, count.start);
  const rest = message.folded.slice(count.end).split(/[.;!?\n]/)[0] ?? '';
  for (const list of cues) {
    const { before: spoken, after } = besideRes(list, pack);
    const said = spoken.find(({ re }) => re.test(before));
    if (said) return said.value;
    if (after?.test(rest)) return 1;
  }
  return 0;
}

/**
 * Counts that restate one said before them with the visitor beside the rest: "we're 8 – me and
 * seven employees", "12 of us, me plus 11 staff", "vi är 6, jag och fem montörer". The later count
 * and the visitor make the earlier one: its working, no part to add to it.
 */
export function restatedBeside(mentions: readonly NumberMention[], message: Message, pack: LocalePack, cues: readonly UnitCues[]): Set<NumberMention> {
  return new Set(
    mentions.filter((m, i) => {
      if (i === 0) return false;
      const beside = visitorsBeside(m, message, pack, cues);
      return beside > 0 && mentions.slice(0, i).some((o) => o.value === m.value + beside);
    }),
  );
}

/**
 * One more person named by a title with a word for one after a count of people, ending its clause:
 * "5 recruiters and a coordinator" (6), "4 asentajaa ja yksi työnjohtaja", "3 rekryterare och en
 * koordinator", "5 rekruterów i jeden koordynator". "… and a manager who signs off" says more than a
 * count; a title with no word for one may be many ("and coordinators").
 */
export function titledOneAfter(count: Span, message: Message, pack: LocalePack, one: readonly string[]): boolean {
  const clauseEnd = message.folded.slice(count.end).search(/[.,;:!?\n(]/);
  const end = clauseEnd < 0 ? message.folded.length : count.end + clauseEnd;
  const rest = message.tokens.filter((t) => t.start >= count.end && t.end <= end);
  const join = rest.findIndex((t) => pack.people.joins.includes(t.text) || PLUS.includes(t.text));
  const article = rest[join + 1];
  const title = rest.slice(join + 2);
  if (join < 0 || !article || !one.includes(article.text) || title.length === 0 || title.some((t) => /\d/.test(t.text))) return false;
  // The title is the whole rest: the shortest run of its words that names one ends the clause.
  const named = (k: number) => tradesIn(message.original.slice((title[0] as Token).start, (title[k - 1] as Token).end), pack, 'occupations', true).length > 0;
  const first = title.findIndex((_, i) => named(i + 1));
  return first === title.length - 1;
}

/** Whether a phrase of the list starts at the token: a word of four letters or more begins words, a shorter one is whole. */
function startsAt(message: Message, token: Token, phrases: readonly string[]): boolean {
  const rest = message.folded.slice(token.start);
  return phrases.some((p) => (p.includes(' ') ? rest.startsWith(p) && !LETTER.test(rest[p.length] ?? '') : p.length >= 4 ? token.text.startsWith(p) : token.text === p));
}

/** Whether a word holds one of the thing's own words ("a sports hall", "en idrotts|hall"), or starts one of several ("a food truck"). */
const namesThing = (message: Message, token: Token, cues: UnitCues) =>
  cues.after.some((c) => (c.includes(' ') ? message.folded.startsWith(c, token.start) : c.length >= 4 ? token.text.includes(c) : token.text === c));

/**
 * One more of the thing asked, named without a number beside its count, in one sentence: "HQ in
 * Helsinki plus 4 regional offices" (5), "pääkampus ja kaksi sivutoimipistettä" (3), "1 main building +
 * a sports hall" (2). A word for the one main place (the cues' `alone`), or "a" before the thing's own
 * word, is sure; "plus a sports hall", "plus en idrottshall" is one more of something, asked back, and
 * so is the thing's word with no word for one ("2 kawiarnie i bar": one bar or several) unless a comma or
 * dash before it lists what the count is made of.
 */
export function uncountedBeside(count: Span, message: Message, pack: LocalePack, cues: readonly UnitCues[]): { sure: boolean } | null {
  const sentence = message.tokens.filter((t) => !/[.;!?\n]/.test(t.end <= count.start ? message.folded.slice(t.end, count.start) : message.folded.slice(count.end, t.start)));
  const joinWord = (t: Token) => pack.people.joins.includes(t.text) || PLUS.includes(t.text);
  const read = (named: Token[], plus: boolean, listed = false): { sure: boolean } | null => {
    if (named.length === 0 || named.some((t) => /\d/.test(t.text))) return null;
    if (cues.some((c) => c.alone && named.some((t) => startsAt(message, t, c.alone ?? [])))) return { sure: true };
    const first = named[0] as Token;
    // The thing's word with no word for one ("2 kawiarnie + food truck", "kaksi kahvilaa ja grillikoju"): one more or several, asked back.
    if (!cues.some((c) => c.one?.includes(first.text))) return !listed && cues.some((c) => namesThing(message, first, c)) ? { sure: false } : null;
    if (cues.some((c) => named.slice(1).some((t) => namesThing(message, t, c)))) return { sure: true };
    return plus ? { sure: false } : null;
  };
  const before = sentence.filter((t) => t.end <= count.start);
  const last = before.at(-1);
  if (last && /^[\s]*$/.test(message.folded.slice(last.end, count.start)) && joinWord(last)) {
    const found = read(before.slice(0, -1), PLUS.includes(last.text));
    if (found) return found;
  } else if (last && /\+\s*$/.test(message.folded.slice(last.end, count.start))) {
    const found = read(before, true);
    if (found) return found;
  }
  const after = sentence.filter((t) => t.start >= count.end);
  const plusBefore = (i: number) => message.folded.slice(i === 0 ? count.end : (after[i - 1] as Token).end, (after[i] as Token).start).includes('+');
  const at = after.findIndex((t, i) => joinWord(t) || plusBefore(i));
  if (at < 0) return null;
  const joint = after[at] as Token;
  const plus = PLUS.includes(joint.text) || plusBefore(at);
  // After a comma or dash the things named are what the count is made of ("15 kohdetta, kouluja ja päiväkoteja").
  const listed = /[,:;–—(-]/.test(message.folded.slice(count.end, joint.start));
  return read(joinWord(joint) ? after.slice(at + 1) : after.slice(at), plus, listed);
}

/**
 * A count said as a part of the one before, by the pack's words for it right before or after the
 * number ("12 of them", "joista 8", "varav 6", "z czego 4"): no second count.
 */
export function partOfBefore(mention: NumberMention, message: Message, pack: LocalePack): boolean {
  const previous = message.tokens.filter((t) => t.end <= mention.start).at(-1);
  const next = message.tokens.find((t) => t.start >= mention.end);
  const near = (t: Token | undefined, gap: string) => t !== undefined && !/[.;!?\n]/.test(gap) && pack.numbers.parts.includes(t.text);
  return near(previous, previous ? message.folded.slice(previous.end, mention.start) : '') || near(next, next ? message.folded.slice(mention.end, next.start) : '');
}
