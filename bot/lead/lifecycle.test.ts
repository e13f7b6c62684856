import { describe, expect, it } from 'vitest';
import { applyLeadAction, type LeadAction, type LeadState } from './lifecycle.js';

const SLA = { acceptMinutes: 30 };
const T0 = '2030-01-01T10:00:00.000Z';
const plus = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();

function lead(overrides: Partial<LeadState> = {}): LeadState {
  return { id: 'l1', status: 'open', decision: 'sales_ready', ownerId: 'anna', assignee: null, handedOffAt: null, remindersSent: 0, definitionVersion: 1, actions: [], ...overrides };
}

/** Applies actions one after another, minutes apart, as the store would keep the result. */
function play(start: LeadState, steps: Array<[number, LeadAction]>): LeadState | null {
  let current: LeadState | null = start;
  for (const [minute, action] of steps) {
    if (!current) return null;
    const change = applyLeadAction(current, action, plus(minute), SLA);
    if (!change) return null;
    const { nextReminderAt: _next, ...kept } = change.lead;
    current = { ...current, ...kept, actions: change.record ? [...current.actions, change.record] : current.actions };
  }
  return current;
}

const handedOff = () => play(lead(), [[0, { type: 'handed_off', to: 'U0ANNA' }]])!;

describe('the lead lifecycle', () => {
  it('hands an open lead off to its owner once, starting the SLA clock, with its event', () => {
    expect(applyLeadAction(lead(), { type: 'handed_off', to: 'U0ANNA' }, T0, SLA)).toEqual({
      lead: { status: 'handed_off', assignee: 'U0ANNA', handedOffAt: T0, remindersSent: 0, nextReminderAt: plus(30) },
      record: null,
      events: [{ type: 'lead.handed_off', data: { decision: 'sales_ready' } }],
    });
    expect(applyLeadAction(handedOff(), { type: 'handed_off', to: 'U0ANNA' }, plus(1), SLA)).toBeNull();
  });

  it('moves open → handed_off → accepted → won, each rep action audited and told', () => {
    const accepted = applyLeadAction(handedOff(), { type: 'accepted', by: 'U0ERIK' }, plus(5), SLA);
    expect(accepted).toEqual({
      lead: { status: 'accepted', assignee: 'U0ERIK', handedOffAt: T0, remindersSent: 0, nextReminderAt: null },
      record: { type: 'accepted', by: 'U0ERIK', at: plus(5), detail: {} },
      events: [{ type: 'lead.accepted', data: { by: 'U0ERIK' } }],
    });
    const won = play(handedOff(), [[5, { type: 'accepted', by: 'U0ERIK' }], [60, { type: 'won', by: 'U0ERIK', amount: 12000, currency: 'EUR', note: 'three vans' }]]);
    expect(won).toMatchObject({ status: 'won', assignee: 'U0ERIK' });
    expect(won?.actions.at(-1)).toEqual({ type: 'won', by: 'U0ERIK', at: plus(60), detail: { amount: 12000, currency: 'EUR', note: 'three vans' } });
  });

  it('rejects or loses with the reason, and keeps a missing note out of the record', () => {
    const rejected = applyLeadAction(handedOff(), { type: 'rejected', by: 'U0ANNA', reason: 'Too small' }, plus(2), SLA);
    expect(rejected?.lead.status).toBe('rejected');
    expect(rejected?.record?.detail).toEqual({ reason: 'Too small' });
    expect(rejected?.events).toEqual([{ type: 'lead.rejected', data: { by: 'U0ANNA', reason: 'Too small' } }]);
    const lost = play(handedOff(), [[1, { type: 'accepted', by: 'U0ANNA' }], [9, { type: 'lost', by: 'U0ANNA', reason: 'Price', note: 'went cheaper' }]]);
    expect(lost?.status).toBe('lost');
  });

  it.each<[string, LeadAction[]]>([
    ['a second Accept', [{ type: 'accepted', by: 'U0ANNA' }, { type: 'accepted', by: 'U0ERIK' }]],
    ['Won before Accept', [{ type: 'won', by: 'U0ANNA', amount: 1, currency: 'EUR' }]],
    ['Not a fit after Accept', [{ type: 'accepted', by: 'U0ANNA' }, { type: 'rejected', by: 'U0ANNA', reason: 'late' }]],
    ['Lost after Won', [{ type: 'accepted', by: 'U0ANNA' }, { type: 'won', by: 'U0ANNA', amount: 1, currency: 'EUR' }, { type: 'lost', by: 'U0ANNA', reason: 'x' }]],
    ['a reassignment of a closed lead', [{ type: 'rejected', by: 'U0ANNA', reason: 'x' }, { type: 'reassigned', by: 'U0ANNA', to: 'U0ERIK' }]],
    ['a reassignment to whoever holds it', [{ type: 'reassigned', by: 'U0ERIK', to: 'U0ANNA' }]],
  ])('refuses %s, changing nothing', (_name, actions) => {
    expect(play(handedOff(), actions.map((a, i) => [i + 1, a]))).toBeNull();
  });

  it('keeps the status on a reassignment and gives the new holder the whole SLA while the lead waits', () => {
    const change = applyLeadAction(handedOff(), { type: 'reassigned', by: 'U0ANNA', to: 'U0ERIK' }, plus(20), SLA);
    expect(change).toEqual({
      lead: { status: 'handed_off', assignee: 'U0ERIK', handedOffAt: T0, remindersSent: 0, nextReminderAt: plus(50) },
      record: { type: 'reassigned', by: 'U0ANNA', at: plus(20), detail: { to: 'U0ERIK' } },
      events: [],
    });
    const accepted = play(handedOff(), [[1, { type: 'accepted', by: 'U0ANNA' }]])!;
    expect(applyLeadAction(accepted, { type: 'reassigned', by: 'U0ANNA', to: 'U0ERIK' }, plus(9), SLA)?.lead).toMatchObject({ status: 'accepted', assignee: 'U0ERIK', nextReminderAt: null });
  });
});

describe('the SLA on a waiting lead', () => {
  it('reminds at acceptMinutes, escalates at twice that from the same start, then stops', () => {
    const reminded = applyLeadAction(handedOff(), { type: 'reminded' }, plus(30), SLA);
    expect(reminded).toEqual({
      lead: { status: 'handed_off', assignee: 'U0ANNA', handedOffAt: T0, remindersSent: 1, nextReminderAt: plus(60) },
      record: { type: 'reminded', by: null, at: plus(30), detail: { waited: 30 } },
      events: [],
    });
    // The reminder went out late (a slow worker): the escalation still comes at twice the SLA.
    expect(applyLeadAction(handedOff(), { type: 'reminded' }, plus(34), SLA)?.lead.nextReminderAt).toBe(plus(60));
    const reminded60 = play(handedOff(), [[30, { type: 'reminded' }]])!;
    expect(applyLeadAction(reminded60, { type: 'escalated' }, plus(60), SLA)).toMatchObject({ lead: { remindersSent: 2, nextReminderAt: null }, record: { detail: { waited: 60 } } });
  });

  it('counts from the latest reassignment when the lead changed hands while waiting', () => {
    const reminded = play(handedOff(), [[20, { type: 'reassigned', by: 'U0ANNA', to: 'U0ERIK' }]])!;
    expect(applyLeadAction(reminded, { type: 'reminded' }, plus(50), SLA)?.lead.nextReminderAt).toBe(plus(80));
  });

  it('never reminds twice for the same step, nor about a lead someone accepted', () => {
    const reminded = play(handedOff(), [[30, { type: 'reminded' }]])!;
    expect(applyLeadAction(reminded, { type: 'reminded' }, plus(31), SLA)).toBeNull();
    expect(applyLeadAction(handedOff(), { type: 'escalated' }, plus(60), SLA)).toBeNull();
    const accepted = play(handedOff(), [[5, { type: 'accepted', by: 'U0ANNA' }]])!;
    expect(applyLeadAction(accepted, { type: 'reminded' }, plus(30), SLA)).toBeNull();
  });
});
