import type { Extraction } from '../answer.js';
import type { Criterion, LeadDefinition, Locale, Option } from '../definition/schema.js';
import { GENERIC_WORDS, STOPWORDS } from './choices/lexicon.js';
import { matchPhrase, type Level } from './choices/match.js';
import { fold, overlaps, tokenize, type Message, type Span } from './normalize.js';
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
}

interface Hit extends Span {
  term: Term;
  confidence: number;
}

const CONFIDENCE: Record<'own' | 'borrowed', Record<Level, number>> = {
  own: { exact: 0.95, inflected: 0.8, typo: 0.55 },
  borrowed: { exact: 0.6, inflected: 0, typo: 0 },
};
/** A volunteered typo match must be long enough not to be another word. */
const VOLUNTEERED_TYPO_MIN = 7;

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
        terms.push({ criterion, option, words, own, generic: words.every((w) => GENERIC_WORDS.has(w)), short });
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
function judge(term: Term, level: Level, raw: string, asked: boolean, locale: Locale): number {
  let confidence = CONFIDENCE[term.own ? 'own' : 'borrowed'][level];
  if (term.generic && !asked) return 0;
  if (level === 'typo' && !asked && Math.max(...term.words.map((w) => w.length)) < VOLUNTEERED_TYPO_MIN) return 0;
  if (term.short && !isAcronym(raw)) {
    if (!term.own) return 0;
    if (STOPWORDS[locale].has(term.words[0] as string)) return asked ? 0.4 : 0;
    if (!asked) confidence = Math.min(confidence, 0.6);
  }
  // A disqualifying answer read from an inflected or borrowed form is confirmed before it counts.
  if (term.option.disqualify && level !== 'exact') confidence = Math.min(confidence, 0.6);
  return confidence;
}

const isTimeline = (criterion: ChoiceCriterion) => criterion.options.some((o) => o.months);

function findHits(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: Span[]): Hit[] {
  const hits: Hit[] = [];
  for (const term of cachedTerms(definition, ctx.locale)) {
    const asked = term.criterion.id === ctx.asking;
    const blocked = isTimeline(term.criterion) ? [] : times;
    for (let i = 0; i < message.tokens.length; i++) {
      const m = matchPhrase(message.tokens, message.folded, i, term.words, ctx.locale);
      if (!m || blocked.some((t) => overlaps(t, m))) continue;
      const confidence = judge(term, m.level, message.original.slice(m.start, m.end), asked, ctx.locale);
      if (confidence > 0) hits.push({ start: m.start, end: m.end, term, confidence });
    }
  }
  return hits;
}

/** The longest phrase wins a stretch of text ("no budget" over "no", "old planning system" over "planning"). */
function resolveOverlaps(hits: Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || b.confidence - a.confidence);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const clash = kept.some((k) => overlaps(k, hit) && !(k.start === hit.start && k.end === hit.end && k.term.criterion !== hit.term.criterion));
    if (!clash) kept.push(hit);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function toExtraction(criterion: ChoiceCriterion, hits: Hit[], message: Message): Extraction {
  const byOption = new Map<string, Hit>();
  for (const hit of hits) {
    const current = byOption.get(hit.term.option.id);
    if (!current || hit.confidence > current.confidence) byOption.set(hit.term.option.id, hit);
  }
  const best = [...byOption.values()];
  const raw = (h: Hit) => message.original.slice(h.start, h.end);
  if (criterion.type === 'multi') {
    return { criterionId: criterion.id, value: best.map((h) => h.term.option.id), raw: best.map(raw).join(', '), confidence: Math.min(...best.map((h) => h.confidence)) };
  }
  const top = Math.max(...best.map((h) => h.confidence));
  const winners = best.filter((h) => h.confidence === top);
  const first = winners[0] as Hit;
  // Two different answers to a one-answer question: keep the first, but have it confirmed.
  const confidence = winners.length > 1 ? Math.min(top, 0.6) : top;
  return { criterionId: criterion.id, value: first.term.option.id, raw: raw(first), confidence };
}

export interface ChoiceResult {
  extractions: Extraction[];
  /** Stretches of text the extractions were read from: numbers inside them are not head counts. */
  spans: Span[];
}

/**
 * Options named by label or synonym, in any criterion, asked or volunteered. Words inside a time
 * expression (`times`) belong to it ("kahden kuukauden päästä" is not "päässä").
 */
export function extractChoices(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: Span[]): ChoiceResult {
  const hits = resolveOverlaps(findHits(definition, message, ctx, times));
  const byCriterion = new Map<ChoiceCriterion, Hit[]>();
  for (const hit of hits) byCriterion.set(hit.term.criterion, [...(byCriterion.get(hit.term.criterion) ?? []), hit]);
  return {
    extractions: [...byCriterion].map(([criterion, list]) => toExtraction(criterion, list, message)),
    spans: hits,
  };
}
