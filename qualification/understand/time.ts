import type { Extraction } from '../answer.js';
import type { Criterion, LeadDefinition, Locale, Option } from '../definition/schema.js';
import { packFor } from '../locales/index.js';
import { overlaps, type Message, type Span } from './normalize.js';
import type { UnderstandContext } from './types.js';

/** A time expression and the horizon it names, in months from now (Infinity: no plans). */
export interface TimeMention extends Span {
  months: number;
  confidence: number;
}

/** Time expressions of the visitor's locale; where two overlap, the longer one stands. */
export function findTimes(message: Message, locale: Locale, now: Date): TimeMention[] {
  const found: TimeMention[] = [];
  for (const rule of packFor(locale).time) {
    for (const m of message.folded.matchAll(rule.re)) {
      const months = rule.months(m, now);
      if (months !== null) found.push({ start: m.index, end: m.index + m[0].length, months, confidence: rule.confidence });
    }
  }
  const kept: TimeMention[] = [];
  for (const t of found.sort((a, b) => b.end - b.start - (a.end - a.start))) if (!kept.some((k) => overlaps(k, t))) kept.push(t);
  return kept.sort((a, b) => a.start - b.start);
}

type ChoiceCriterion = Extract<Criterion, { type: 'choice' }>;

/** The option whose months range holds the horizon; ranges share ends, the nearer option takes them. */
function optionFor(criterion: ChoiceCriterion, months: number): Option | undefined {
  const timed = criterion.options.filter((o) => o.months).sort((a, b) => (a.months?.min ?? 0) - (b.months?.min ?? 0));
  return timed.find((o) => months >= (o.months?.min ?? 0) && months <= (o.months?.max ?? Number.POSITIVE_INFINITY));
}

/** Time expressions answer every choice criterion whose options carry a `months` range. */
export function extractTimeline(definition: LeadDefinition, message: Message, ctx: UnderstandContext, times: TimeMention[]): Extraction[] {
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
