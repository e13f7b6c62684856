import type { Extraction } from '../../answer.js';
import type { Message, Span } from '../normalize.js';
import type { LocalePack } from '../../locales/pack.js';
import type { NumberMention } from './mentions.js';
import { convertRate, criterionPeriod, type Rate } from './periods.js';
import type { NumberCriterion } from './plan.js';
import { noneSaid, oneSaid, spokenCount } from './spoken.js';
import { countsWholes, type UnitCues } from './units.js';
import { currencyOfUnit } from './money.js';

/** A number with the period it is given per, when the visitor says one ("50 a day"). */
export type RatedMention = NumberMention & { rate?: Rate | null };

/**
 * The mention's value as a count per the criterion's period ("50 a day" is 1500 a month), and
 * whether it is sure: a rate for a criterion with no period of its own is asked back.
 */
export function valueFor(criterion: NumberCriterion, mention: RatedMention): { value: number; sure: boolean; converted: boolean } {
  if (!mention.rate) return { value: mention.value, sure: true, converted: false };
  const per = criterionPeriod(criterion);
  if (!per) return { value: mention.value, sure: false, converted: false };
  const { period } = mention.rate;
  // Given per the criterion's own period, the value stands as said ("2–3 days a week" is 2.5).
  if (period === per) return { value: mention.value, sure: true, converted: false };
  return { value: convertRate(mention.value, period, per), sure: true, converted: true };
}

/** Below the confidence to record: the visitor is asked to confirm. */
export const ASK_BACK = 0.6;

export function extraction(criterion: NumberCriterion, mention: RatedMention, message: Message, end: number, confidence: number, money = false): Extraction {
  const { value, sure, converted } = valueFor(criterion, mention);
  const estimate = mention.approx || converted;
  // The middle of a range of whole ones ("20-25 hires", "4 or 5 chargers") is a whole one, rounded up; money comes in cents.
  const half = !converted && !money && !Number.isInteger(value) && Number.isInteger(value * 2) && countsWholes(criterion.unit);
  return {
    criterionId: criterion.id,
    value: half ? Math.round(value) : value,
    raw: message.original.slice(mention.start, Math.max(end, mention.rate && mention.rate.start >= mention.end ? mention.rate.end : end)).trim(),
    confidence: !sure ? Math.min(confidence, ASK_BACK) : estimate ? Math.min(confidence, 0.85) : confidence,
  };
}

/** A count said in words for the criterion asked ("just me", "none right now"), where no number is read. */
export function spokenExtraction(asked: NumberCriterion, message: Message, pack: LocalePack, cueSets: ReadonlyMap<string, UnitCues[]>, none: ReturnType<typeof noneSaid>): Extraction | null {
  const spoken = spokenCount(message, cueSets.get(asked.id) ?? []) ?? none ?? (currencyOfUnit(asked.unit) ? null : oneSaid(message, pack));
  return spoken && { criterionId: asked.id, value: spoken.value, raw: message.original.slice(spoken.raw.start, spoken.raw.end), confidence: 0.85 };
}

/** A count added up from parts is a reading of the visitor's words: recorded, a notch below one said outright. */
export const SUMMED = 0.8;

/** The parts' sum, each part per the criterion's period ("300 a week and 200 in the shop a month"). */
export function sumOf(criterion: NumberCriterion, parts: readonly RatedMention[], sum: { span: Span }, message: Message): Extraction {
  const values = parts.map((p) => valueFor(criterion, p));
  return {
    criterionId: criterion.id,
    value: values.reduce((total, v) => total + v.value, 0),
    raw: message.original.slice(sum.span.start, sum.span.end),
    confidence: values.every((v) => v.sure) ? SUMMED : ASK_BACK,
  };
}
