import { describe, expect, it } from 'vitest';
import type { LeadActionRecord } from './lifecycle.js';
import { dueStep, nextReminderAt, slaStartedAt } from './sla.js';

const SLA = { acceptMinutes: 30 };
const T0 = '2030-01-01T10:00:00.000Z';
const plus = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const action = (type: LeadActionRecord['type'], minute: number): LeadActionRecord => ({ type, by: 'U0ANNA', at: plus(minute), detail: {} });

describe('the SLA policy for a handed-off lead nobody accepted', () => {
  it('reminds the holder after acceptMinutes, escalates after twice that, then stays quiet', () => {
    expect(nextReminderAt(T0, 0, SLA)).toBe(plus(30));
    expect(nextReminderAt(T0, 1, SLA)).toBe(plus(60));
    expect(nextReminderAt(T0, 2, SLA)).toBeNull();
    expect([0, 1, 2].map(dueStep)).toEqual(['reminded', 'escalated', null]);
  });

  it('starts the clock at the handoff, or at the latest reassignment after it: the new holder gets the whole SLA', () => {
    expect(slaStartedAt(T0, [])).toBe(T0);
    expect(slaStartedAt(T0, [action('reminded', 30), action('reassigned', 40), action('reassigned', 45)])).toBe(plus(45));
    expect(slaStartedAt(plus(50), [action('reassigned', 10)]), 'a reassignment before this handoff').toBe(plus(50));
  });
});
