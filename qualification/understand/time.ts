import type { Extraction } from '../answer.js';
import type { Criterion, LeadDefinition, Locale, Option } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import { escapeRegExp, overlaps, type Message, type Span } from './normalize.js';
import type { UnderstandContext } from './types.js';
import { firstLetters, type FirstLetters } from './time/first-letters.js';
import { startsMatching, startsOf, unionOf, wholeWordMatches, wordStarts } from './time/whole-words.js';
import type { TimeRule } from './time/rules.js';

/** A time expression and the horizon it names, in months from now (Infinity: no plans). */
export interface TimeMention extends Span {
  months: number;
  confidence: number;
}

/**
 * Each pack's time rules as one expression, built once: where it fails at a word start, every rule
 * does; and what each rule may begin with (`firstLetters`), so a rule is tried only at those starts.
 */
const joined = new WeakMap<readonly TimeRule[], { union: RegExp | null; firsts: FirstLetters[] }>();
function joinedRules(rules: readonly TimeRule[]): { union: RegExp | null; firsts: FirstLetters[] } {
  let made = joined.get(rules);
  if (!made) joined.set(rules, (made = { union: unionOf(rules.map((r) => r.re)), firsts: rules.map((r) => firstLetters(r.re)) }));
  return made;
}

/** Time expressions of the visitor's locale; where two overlap, the longer one stands. */
export function findTimes(message: Message, locale: Locale, now: Date): TimeMention[] {
  const found: TimeMention[] = [];
  const { time, timeTopics } = packFor(locale);
  const { union, firsts } = joinedRules(time);
  const starts = startsMatching(message.folded, union, wordStarts(message.folded));
  // Where the union matches at no word start (most messages), no rule does.
  if (starts.length === 0) return found;
  const afterAlready = (at: number) => {
    const before = message.tokens.filter((t) => t.end <= at).at(-1);
    return before !== undefined && timeTopics.already.includes(before.text) && /^\s*$/.test(message.folded.slice(before.end, at));
  };
  for (const [i, rule] of time.entries()) {
    // Only where a word begins with a letter the rule may begin with.
    const at = union ? startsOf(message.folded, firsts[i] ?? null, starts) : starts;
    if (at.length === 0) continue;
    for (const m of wholeWordMatches(message.folded, rule.re, at)) {
      const past = rule.past && afterAlready(m.index) ? rule.past(m, now) : null;
      const months = past ?? rule.months(m, now);
      if (months !== null) found.push({ start: m.index, end: m.index + m[0].length, months, confidence: rule.confidence });
    }
  }
  const kept: TimeMention[] = [];
  for (const t of found.sort((a, b) => b.end - b.start - (a.end - a.start))) if (!kept.some((k) => overlaps(k, t))) kept.push(t);
  // "Not this year, maybe 2028", "ei tänä vuonna, ehkä 2028": the time ruled out is not the horizon
  // when another is given. Alone, "not until March", "ei ennen kesää" still say when it starts; "not
  // this year", "ei ihan heti", "inte i år" say only when it does not, which is no horizon.
  const { negations } = packFor(locale).lexicon;
  const negation = (t: TimeMention) =>
    message.tokens
      .filter((k) => k.end <= t.start)
      .slice(-NEGATION_REACH)
      .find((k) => negations.has(k.text) && !/[.,;:!?\n]/.test(message.folded.slice(k.end, t.start)));
  const fromThen = (t: TimeMention, from: Span) => topicRe(timeTopics.notBefore).test(message.folded.slice(from.end, t.end));
  const open = kept.filter((t) => !negation(t));
  const alone = kept.filter((t) => {
    const from = negation(t);
    return !from || fromThen(t, from);
  });
  return (open.length > 0 ? open : alone).sort((a, b) => a.start - b.start);
}

/** Words back from a time phrase a negation still reaches: "ei ihan heti", "not quite yet this year". */
const NEGATION_REACH = 2;

type ChoiceCriterion = Extract<Criterion, { type: 'choice' }>;

/** The option whose months range holds the horizon; ranges share ends, the nearer option takes them. */
function optionFor(criterion: ChoiceCriterion, months: number): Option | undefined {
  const timed = criterion.options.filter((o) => o.months).sort((a, b) => (a.months?.min ?? 0) - (b.months?.min ?? 0));
  return timed.find((o) => months >= (o.months?.min ?? 0) && months <= (o.months?.max ?? Number.POSITIVE_INFINITY));
}

/**
 * What a time phrase is about, from the words of its clause: `elsewhere` says it dates something
 * else ("our lease ends next year", "muutamme toimistoon keväällä"), `buying` that it is about
 * starting, buying or deciding ("we want to switch next year"). Folded; a trailing `*` lets a word go on.
 */
export interface TimeTopics {
  elsewhere: readonly string[];
  buying: readonly string[];
  /**
   * Meetings that decide ("AGM", "yhtiökokous", "stämman", "zebranie wspólnoty"): beside another time,
   * a time in a clause about one dates the decision, not the start ("the AGM is in April, so
   * installation over the summer" is the summer).
   */
  meetings: readonly string[];
  /** Words right before a time phrase that let it be gone already ("already", "jo", "redan", "już"): "ended already in October". */
  already: readonly string[];
  /** Words that, negated before a time, make it the start ("not until March", "ei ennen kesää", "inte förrän i mars"): a horizon still. */
  notBefore: readonly string[];
  /**
   * Words opening a reply that ties the start to an event ("when", "kun", "när", "jak"): asked when,
   * "when the new office opens in May" dates the start, though its clause is about something else.
   */
  when: readonly string[];
}

const topicRes = new WeakMap<readonly string[], RegExp>();
function topicRe(list: readonly string[]): RegExp {
  let re = topicRes.get(list);
  if (!re) {
    const body = list.map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)).replace(/ /g, '\\s+')).join('|');
    topicRes.set(list, (re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u')));
  }
  return re;
}

/** The words around a time phrase in its clause: punctuation and contrast words ("but", "mutta") end it. */
function clauseAround(time: Span, message: Message, locale: Locale): string {
  const { lexicon } = packFor(locale);
  const text = message.folded;
  let start = Math.max(text.lastIndexOf(',', time.start), text.lastIndexOf('.', time.start), text.lastIndexOf(';', time.start), text.lastIndexOf('!', time.start)) + 1;
  const ends = [',', '.', ';', '!', '?'].map((p) => text.indexOf(p, time.end)).filter((i) => i >= 0);
  let end = ends.length ? Math.min(...ends) : text.length;
  // A contrast starts a new clause: "we move offices next spring but want payroll sorted before summer".
  for (const t of message.tokens) {
    if (!lexicon.contrasts.has(t.text)) continue;
    if (t.start >= start && t.end <= time.start) start = t.end;
    else if (t.start >= time.end && t.start < end) end = t.start;
  }
  return text.slice(start, time.start) + ' ' + text.slice(time.end, end);
}

const whenRes = new WeakMap<readonly string[], RegExp>();
/** A reply that opens with a word tying the start to an event ("when the new office opens in May"). */
function opensWithWhen(message: Message, locale: Locale): boolean {
  const words = packFor(locale).timeTopics.when;
  let re = whenRes.get(words);
  if (!re) whenRes.set(words, (re = new RegExp(`^\\P{L}*${topicRe(words).source}`, 'u')));
  return re.test(message.folded);
}

/** A time phrase whose clause dates something else and says nothing of buying: not the buying timeline. */
export function aboutSomethingElse(time: Span, message: Message, locale: Locale): boolean {
  const { timeTopics } = packFor(locale);
  const clause = clauseAround(time, message, locale);
  return topicRe(timeTopics.elsewhere).test(clause) && !topicRe(timeTopics.buying).test(clause);
}

/** A time phrase whose clause says it is about starting, buying or deciding ("we want to switch before summer"). */
export function aboutBuying(time: Span, message: Message, locale: Locale): boolean {
  return topicRe(packFor(locale).timeTopics.buying).test(clauseAround(time, message, locale));
}

/** Whether the question asked is a timeline (a choice whose options carry `months`). */
export function asksTimeline(definition: LeadDefinition, ctx: UnderstandContext): boolean {
  const asked = definition.criteria.find((c) => c.id === ctx.asking);
  return asked?.type === 'choice' && asked.options.some((o) => o.months);
}

/** Words besides the time phrase that a tentative answer may carry ("maybe in about four months?", "or so?"). */
const TENTATIVE_WORDS = 2;

/**
 * The questions that ask about a time phrase rather than hold it, when the timeline is asked: a
 * sentence without "?" that merely opens like a question answers "when?" with a clause ("when our
 * contract ends in September"), and a time phrase that is (almost) its whole sentence is an answer
 * said with a rising voice ("in about four months?"). "Can you have it running by March?" still asks.
 */
export function askingAboutTime(time: Span, questions: Span[], message: Message): Span[] {
  return questions.filter((q) => {
    if (!overlaps(q, time)) return false;
    const text = message.folded;
    if (!text.slice(q.start, q.end).includes('?')) return false;
    const rest = `${text.slice(q.start, time.start)} ${text.slice(time.end, q.end)}`.match(/[\p{L}\p{N}]+/gu) ?? [];
    return rest.length > TENTATIVE_WORDS;
  });
}

/** Time expressions answer every choice criterion whose options carry a `months` range. */
export function extractTimeline(definition: LeadDefinition, message: Message, ctx: UnderstandContext, found: TimeMention[]): Extraction[] {
  // Asked when, a reply opening "when …" dates the start by the event it names.
  const byEvent = asksTimeline(definition, ctx) && opensWithWhen(message, ctx.locale);
  const dated = found.filter((t) => byEvent || !aboutSomethingElse(t, message, ctx.locale));
  const meeting = (t: Span) => topicRe(packFor(ctx.locale).timeTopics.meetings).test(clauseAround(t, message, ctx.locale));
  const times = dated.some((t) => !meeting(t)) ? dated.filter((t) => !meeting(t)) : dated;
  const first = times[0];
  if (!first) return [];
  const criteria = definition.criteria.filter((c): c is ChoiceCriterion => c.type === 'choice' && c.options.some((o) => o.months));
  return criteria.flatMap((criterion) => {
    const option = optionFor(criterion, first.months);
    if (!option) return [];
    // Two different horizons in one message ("now, or maybe next year"): have it confirmed.
    const confidence = times.some((t) => optionFor(criterion, t.months) !== option) ? 0.6 : first.confidence;
    return [{ criterionId: criterion.id, value: option.id, raw: message.original.slice(first.start, first.end), confidence }];
  });
}
