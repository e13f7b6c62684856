import { expect } from 'vitest';
import type { Reply } from '../../bot/conversation.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';

/** Words that would give away scoring to the visitor, in every locale, plus the definition's own reasons. */
function internalWords(definition: LeadDefinition): RegExp[] {
  const reasons = definition.criteria.flatMap((c) => {
    if (c.type === 'choice' || c.type === 'multi') return c.options.flatMap((o) => (o.disqualify ? [o.disqualify.reason] : []));
    if (c.type === 'number') return c.ranges.flatMap((r) => (r.disqualify ? [r.disqualify.reason] : []));
    if (c.type === 'yes_no') return [c.yes.disqualify?.reason, c.no.disqualify?.reason].filter((r): r is string => Boolean(r));
    return [];
  });
  return [
    /\bscor/i,
    /\bpoints?\b/i,
    /sales[_ ]ready/i,
    /nurtur/i,
    /disqualif/i,
    /\bincomplete\b/i,
    /\bfit\b/i,
    /\bintent\b/i,
    /\bpistee/i,
    /\bpoäng/i,
    /\bpunkt(y|ów)\b/i,
    /\bdecision\b/i,
    ...reasons.map((r) => new RegExp(r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')),
  ];
}

/** No reply may reveal a score, points, a decision or an internal reason. */
export function expectNothingInternal(definition: LeadDefinition, replies: Reply[]): void {
  const words = internalWords(definition);
  for (const reply of replies) {
    for (const word of words) expect(reply.text, `a reply gives away ${word}`).not.toMatch(word);
  }
}
