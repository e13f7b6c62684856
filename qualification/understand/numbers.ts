import type { Extraction } from '../answer.js';
import type { Criterion, LeadDefinition } from '../definition/schema.js';
import { ALL_PACKS, packFor } from '../locales/index.js';
import type { LocalePack } from '../locales/pack.js';
import { escapeRegExp, overlaps, type Message, type Span } from './normalize.js';
import { findNumbers, type NumberMention } from './numbers/mentions.js';
import { cuesFor, type UnitCues } from './numbers/units.js';
import type { UnderstandContext } from './types.js';

type NumberCriterion = Extract<Criterion, { type: 'number' }>;

export interface NumberResult {
  extractions: Extraction[];
  /** Each number read with its unit word ("120-person"): the unit word describes the staff, not an answer. */
  spans: Span[];
}

/** Numbers that measure something else: money, shares, durations (in any pack's words: currencies cross languages). */
const FOREIGN_UNIT_AFTER = new RegExp(`^\\s*-?\\s*(?:%|€|\\$|£|${ALL_PACKS.flatMap((p) => p.otherUnits).join('|')})`, 'u');
const FOREIGN_UNIT_BEFORE = /(?:€|\$|£)\s*$/u;

/** At most this many words may stand between a number and its unit ("120 full time employees"). */
const CUE_REACH = 3;

function tokenMatchesCue(token: string, cue: string): boolean {
  return cue.length >= 4 ? token.startsWith(cue) : token === cue || token === `${cue}s` || token === `${cue}a`;
}

/** End of the unit word that follows the mention, or null. */
function cueAfter(mention: NumberMention, message: Message, cues: UnitCues, others: NumberMention[]): number | null {
  const following = message.tokens.filter((t) => t.start >= mention.end).slice(0, CUE_REACH);
  for (const token of following) {
    if (/[.;!?\n]/.test(message.folded.slice(mention.end, token.start))) return null;
    if (others.some((o) => o !== mention && overlaps(o, token))) return null;
    const rest = message.folded.slice(token.start);
    for (const cue of cues.after) {
      if (cue.includes(' ') ? rest.startsWith(cue) : tokenMatchesCue(token.text, cue)) return token.start + (cue.includes(' ') ? cue.length : token.text.length);
    }
  }
  return null;
}

function cueBefore(mention: NumberMention, message: Message, cues: UnitCues): boolean {
  if (cues.before.length === 0) return false;
  const phrases = cues.before.map((c) => escapeRegExp(c).replace(/ /g, '[\\s\']+')).join('|');
  return new RegExp(`(?:^|[^\\p{L}])(?:${phrases})\\s*[:=-]?\\s*$`, 'u').test(message.folded.slice(Math.max(0, mention.start - 40), mention.start));
}

function measuresSomethingElse(mention: NumberMention, message: Message): boolean {
  return FOREIGN_UNIT_AFTER.test(message.folded.slice(mention.end)) || FOREIGN_UNIT_BEFORE.test(message.folded.slice(0, mention.start));
}

function extraction(criterion: NumberCriterion, mention: NumberMention, message: Message, end: number, confidence: number): Extraction {
  return {
    criterionId: criterion.id,
    value: mention.value,
    raw: message.original.slice(mention.start, end).trim(),
    confidence: mention.approx ? Math.min(confidence, 0.85) : confidence,
  };
}

/** Words in the message besides the number: "50" and "about 50" are bare answers, a long sentence is not. */
function isBare(mention: NumberMention, message: Message): boolean {
  return message.tokens.filter((t) => !overlaps(t, mention)).length <= 3;
}

/**
 * Numbers for `number` criteria: a number with a unit word for a criterion's unit goes to that
 * criterion wherever it stands; a number without one answers only the criterion being asked.
 */
export function extractNumbers(definition: LeadDefinition, message: Message, ctx: UnderstandContext, consumed: Span[]): NumberResult {
  const criteria = definition.criteria.filter((c): c is NumberCriterion => c.type === 'number');
  if (criteria.length === 0) return { extractions: [], spans: [] };
  const pack = packFor(ctx.locale);
  const mentions = findNumbers(message, pack.numbers).filter((m) => !consumed.some((s) => overlaps(s, m)) && !measuresSomethingElse(m, message));
  const cueSets = new Map(criteria.map((c) => [c.id, cueSetsFor(c.unit, pack)]));
  const found = new Map<string, Extraction>();
  const spans: Span[] = [];
  const cued = new Set<NumberMention>();
  for (const mention of mentions) {
    for (const criterion of criteria) {
      if (found.has(criterion.id)) continue;
      const sets = cueSets.get(criterion.id) ?? [];
      const end = sets.map((cues) => cueAfter(mention, message, cues, mentions)).find((e) => e !== null);
      if (end !== undefined && end !== null) {
        found.set(criterion.id, extraction(criterion, mention, message, end, 0.9));
        spans.push({ start: mention.start, end });
      } else if (sets.some((cues) => cueBefore(mention, message, cues))) {
        found.set(criterion.id, extraction(criterion, mention, message, mention.end, 0.9));
      } else continue;
      cued.add(mention);
      break;
    }
  }
  const asked = criteria.find((c) => c.id === ctx.asking);
  if (asked && !found.has(asked.id)) {
    const free = mentions.filter((m) => !cued.has(m));
    const first = free[0];
    if (first) found.set(asked.id, extraction(asked, first, message, first.end, free.length > 1 ? 0.6 : isBare(first, message) ? 0.9 : 0.8));
  }
  return { extractions: [...found.values()], spans };
}

/** The visitor's locale first, then the languages its visitors mix in. */
function cueSetsFor(unit: string, pack: LocalePack): UnitCues[] {
  return [pack, ...pack.mixesIn].map((p) => cuesFor(unit, p));
}
