import type { Extraction } from '../answer.js';
import type { Criterion, LeadDefinition, Locale, Option } from '../definition/schema.js';
import { ALL_PACKS, packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import { matchPhrase, type Level } from './choices/match.js';
import { fold, overlaps, tokenize, type Message, type Span, type Token } from './normalize.js';
import type { UnderstandContext } from './types.js';

type ChoiceCriterion = Extract<Criterion, { type: 'choice' | 'multi' }>;

/** One label or synonym of an option, ready to match. */
interface Term {
  criterion: ChoiceCriterion;
  option: Option;
  words: string[];
  /** Written in the visitor's locale (or locale-neutral), not borrowed from another one. */
  own: boolean;
  /** Made only of words like "yes", "other", "not now": an answer to the question asked, never volunteered. */
  generic: boolean;
  /** A single word of at most three letters ("IT", "el", "vd"). */
  short: boolean;
  /** Of the catch-all option `other`: it answers the question asked, it is never volunteered. */
  catchAll: boolean;
}

/** A synonym found in the text, with the stretch it covers. */
export interface ChoiceHit extends Span {
  term: Term;
  confidence: number;
  level: Level;
}

const CONFIDENCE: Record<'own' | 'borrowed', Record<Level, number>> = {
  own: { exact: 0.95, inflected: 0.8, prefix: 0.6, typo: 0.55 },
  borrowed: { exact: 0.6, inflected: 0, prefix: 0, typo: 0 },
};
/** A volunteered typo match must be long enough not to be another word. */
const VOLUNTEERED_TYPO_MIN = 7;
/** How many words before an option a negation still reaches. */
const NEGATION_REACH = 3;
/** A synonym may be borrowed from any language of the definition, so generic words of every pack count. */
const GENERIC_WORDS = new Set(ALL_PACKS.flatMap((p) => p.lexicon.generic));

function termsOf(definition: LeadDefinition, locale: Locale): Term[] {
  const terms: Term[] = [];
  for (const criterion of definition.criteria) {
    if (criterion.type !== 'choice' && criterion.type !== 'multi') continue;
    for (const option of criterion.options) {
      const seen = new Set<string>();
      const add = (text: string, own: boolean) => {
        const words = tokenize(fold(text)).map((t) => t.text);
        const key = words.join(' ');
        if (words.length === 0 || seen.has(key)) return;
        seen.add(key);
        const short = words.length === 1 && (words[0] as string).length <= 3;
        terms.push({ criterion, option, words, own, generic: words.every((w) => GENERIC_WORDS.has(w)), short, catchAll: option.id === 'other' });
      };
      for (const text of [option.label[locale], ...(option.synonyms[locale] ?? [])]) if (text) add(text, true);
      for (const other of definition.locales) {
        if (other === locale) continue;
        for (const text of [option.label[other], ...(option.synonyms[other] ?? [])]) if (text) add(text, false);
      }
    }
  }
  return terms;
}

const cache = new WeakMap<LeadDefinition, Map<Locale, Term[]>>();
function cachedTerms(definition: LeadDefinition, locale: Locale): Term[] {
  let byLocale = cache.get(definition);
  if (!byLocale) cache.set(definition, (byLocale = new Map()));
  let terms = byLocale.get(locale);
  if (!terms) byLocale.set(locale, (terms = termsOf(definition, locale)));
  return terms;
}

const isAcronym = (raw: string) => /^\p{Lu}{2,3}$/u.test(raw);

/** Confidence of one match after the guards against false hits; 0 drops it. */
function judge(term: Term, level: Level, raw: string, asked: boolean, pack: LocalePack): number {
  let confidence = CONFIDENCE[term.own ? 'own' : 'borrowed'][level];
  if (term.generic || term.catchAll) return asked ? confidence : 0;
  if (level === 'typo' && !asked && Math.max(...term.words.map((w) => w.length)) < VOLUNTEERED_TYPO_MIN) return 0;
  if (term.short && !isAcronym(raw)) {
    if (!term.own) return 0;
    if (pack.lexicon.stopwords.has(term.words[0] as string)) return asked ? 0.4 : 0;
    if (!asked) confidence = Math.min(confidence, 0.6);
  }
  // A disqualifying answer read from an inflected or borrowed form is confirmed before it counts.
  if (term.option.disqualify && level !== 'exact') confidence = Math.min(confidence, 0.6);
  return confidence;
}

const isTimeline = (criterion: ChoiceCriterion) => criterion.options.some((o) => o.months);

function findHits(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: Span[]): ChoiceHit[] {
  const hits: ChoiceHit[] = [];
  const pack = packFor(ctx.locale);
  for (const term of cachedTerms(definition, ctx.locale)) {
    const asked = term.criterion.id === ctx.asking;
    const blocked = isTimeline(term.criterion) ? [] : times;
    for (let i = 0; i < message.tokens.length; i++) {
      const m = matchPhrase(message.tokens, message.folded, i, term.words, pack);
      if (!m || blocked.some((t) => overlaps(t, m))) continue;
      const confidence = judge(term, m.level, message.original.slice(m.start, m.end), asked, pack);
      if (confidence > 0) hits.push({ start: m.start, end: m.end, term, confidence, level: m.level });
    }
  }
  return hits;
}

/**
 * A negation among the few words before the hit, in the same clause and not turned around by a
 * contrast: "we don't use Excel", but not "ei vaan sähköurakointi" (no, but electrical).
 */
function negated(hit: ChoiceHit, message: Message, { lexicon }: LocalePack): boolean {
  // Contraction leftovers ("don't" → "don", "t") do not use up the reach.
  const before = message.tokens.filter((t) => t.end <= hit.start && t.text.length > 1).slice(-NEGATION_REACH);
  const reaches = (negation: Token) =>
    !/[.,;!?]/.test(message.folded.slice(negation.end, hit.start)) &&
    !message.tokens.some((t) => t.start >= negation.end && t.end <= hit.start && lexicon.contrasts.has(t.text));
  return before.some((t) => lexicon.negations.has(t.text) && reaches(t));
}

/** The longest phrase wins a stretch of text ("no budget" over "no", "old planning system" over "planning"). */
function resolveOverlaps(hits: ChoiceHit[]): ChoiceHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence);
  const kept: ChoiceHit[] = [];
  for (const hit of sorted) {
    // The same words may name options of two criteria, if they do so equally well.
    const shared = (k: ChoiceHit) => k.start === hit.start && k.end === hit.end && k.term.criterion !== hit.term.criterion && k.level === hit.level;
    const clash = kept.some((k) => overlaps(k, hit) && !shared(k));
    if (!clash) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toExtraction(criterion: ChoiceCriterion, hits: ChoiceHit[], message: Message): Extraction {
  const byOption = new Map<string, ChoiceHit>();
  for (const hit of hits) {
    const current = byOption.get(hit.term.option.id);
    if (!current || hit.confidence > current.confidence) byOption.set(hit.term.option.id, hit);
  }
  const best = [...byOption.values()];
  const raw = (h: ChoiceHit) => message.original.slice(h.start, h.end);
  if (criterion.type === 'multi') {
    return { criterionId: criterion.id, value: best.map((h) => h.term.option.id), raw: best.map(raw).join(', '), confidence: Math.min(...best.map((h) => h.confidence)) };
  }
  const top = Math.max(...best.map((h) => h.confidence));
  const winners = best.filter((h) => h.confidence === top);
  // Options named as clearly as each other: keep the first named, but have it confirmed ("HVAC and
  // plumbing"). Among inflected guesses the one read from more text wins ("työnjohtajana" over "toimin").
  const exact = winners.every((h) => h.level === 'exact');
  const length = (h: ChoiceHit) => h.end - h.start;
  const ranked = exact ? winners : [...winners].sort((a, b) => length(b) - length(a));
  const first = ranked[0] as ChoiceHit;
  const rivals = exact ? winners : winners.filter((h) => length(h) === length(first));
  const confidence = rivals.length > 1 ? Math.min(top, 0.6) : top;
  return { criterionId: criterion.id, value: first.term.option.id, raw: raw(first), confidence };
}

/**
 * Options named by label or synonym, in any criterion, asked or volunteered. Words inside a time
 * expression (`times`) belong to it ("kahden kuukauden päästä" is not "päässä"), and so do
 * words inside `blocked` stretches (an e-mail address). A negated option is not an answer.
 */
export function findChoices(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: Span[], blocked: Span[]): ChoiceHit[] {
  const hits = findHits(definition, message, ctx, times).filter((h) => !blocked.some((b) => overlaps(b, h)) && !negated(h, message, packFor(ctx.locale)));
  return resolveOverlaps(hits);
}

/** One extraction per criterion from the hits that survived. */
export function choiceExtractions(hits: ChoiceHit[], message: Message): Extraction[] {
  const byCriterion = new Map<ChoiceCriterion, ChoiceHit[]>();
  for (const hit of hits) byCriterion.set(hit.term.criterion, [...(byCriterion.get(hit.term.criterion) ?? []), hit]);
  return [...byCriterion].map(([criterion, list]) => toExtraction(criterion, list, message));
}
