import { describe, expect, it } from 'vitest';
import { actionEvents, qualificationEvents, qualifiedAfter } from './events.js';

const at = '2030-01-01T10:00:00.000Z';

describe('lead.qualified', () => {
  it('is told when the decision first becomes sales_ready or nurture, and when it changes between them', () => {
    expect(qualificationEvents(null, 'incomplete')).toEqual([]);
    expect(qualificationEvents(null, 'disqualified')).toEqual([]);
    expect(qualificationEvents(null, 'sales_ready')).toEqual([{ type: 'lead.qualified', data: { decision: 'sales_ready' } }]);
    expect(qualificationEvents(null, 'nurture')).toEqual([{ type: 'lead.qualified', data: { decision: 'nurture' } }]);
    expect(qualificationEvents('nurture', 'sales_ready')).toEqual([{ type: 'lead.qualified', data: { decision: 'sales_ready' } }]);
    expect(qualificationEvents('sales_ready', 'nurture')).toEqual([{ type: 'lead.qualified', data: { decision: 'nurture' } }]);
  });

  it('is not told again for the decision it last told, nor for a lead that fell out of qualification', () => {
    expect(qualificationEvents('sales_ready', 'sales_ready')).toEqual([]);
    expect(qualificationEvents('sales_ready', 'disqualified')).toEqual([]);
  });

  it('moves what the lead counts as qualified as only with an event', () => {
    expect(qualifiedAfter(null, [])).toBeNull();
    expect(qualifiedAfter('nurture', qualificationEvents('nurture', 'sales_ready'))).toBe('sales_ready');
    expect(qualifiedAfter('nurture', qualificationEvents('nurture', 'disqualified'))).toBe('nurture');
  });
});

describe('events of rep actions', () => {
  it('carry who decided and what they said', () => {
    expect(actionEvents({ type: 'accepted', by: 'U1', at, detail: {} })).toEqual([{ type: 'lead.accepted', data: { by: 'U1' } }]);
    expect(actionEvents({ type: 'rejected', by: 'U1', at, detail: { reason: 'Too small', note: 'two vans' } })).toEqual([
      { type: 'lead.rejected', data: { by: 'U1', reason: 'Too small', note: 'two vans' } },
    ]);
    expect(actionEvents({ type: 'won', by: 'U1', at, detail: { amount: 12000, currency: 'EUR' } })).toEqual([
      { type: 'lead.won', data: { by: 'U1', amount: 12000, currency: 'EUR' } },
    ]);
    expect(actionEvents({ type: 'lost', by: 'U1', at, detail: { reason: 'Chose a competitor' } })).toEqual([
      { type: 'lead.lost', data: { by: 'U1', reason: 'Chose a competitor' } },
    ]);
  });

  it('are none for reassignments and Kysy’s own reminders', () => {
    expect(actionEvents({ type: 'reassigned', by: 'U1', at, detail: { to: 'U2' } })).toEqual([]);
    expect(actionEvents({ type: 'reminded', by: null, at, detail: { waited: 30 } })).toEqual([]);
    expect(actionEvents({ type: 'escalated', by: null, at, detail: { waited: 60 } })).toEqual([]);
  });
});
