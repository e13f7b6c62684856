import { describe, expect, it } from 'vitest';
import { begin, turn } from '../engine/turn.js';
import type { ConversationRecord } from '../ports/store.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { buildTurnCommit } from './turn-commit.js';

const definition = exampleDefinition();
const now = new Date('2026-11-23T09:00:00.000Z');

function conversationAt(state: ConversationRecord['state']): ConversationRecord {
  return { id: 'c1', visitorId: 'v1', leadId: 'c1', channel: 'web', externalId: null, locale: 'en', context: {}, definitionVersion: 3, state, createdAt: '', updatedAt: '' };
}

/** Plays the example to the step before its last answer, on buttons and typed text. */
function playTo(last: string) {
  let state = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now).state;
  const replies: Record<string, { choice: string } | { text: string }> = {
    industry: { choice: 'hvac' },
    company_size: { text: '60' },
    country: { choice: 'finland' },
    current_tool: { choice: 'paper_spreadsheets' },
    main_pain: { choice: 'scheduling' },
    timeline: { choice: 'within_3_months' },
    consent: { choice: 'yes' },
  };
  while (state.asking !== last) state = turn(definition, state, replies[state.asking!]!, now).state;
  return state;
}

describe('buildTurnCommit', () => {
  it('stores a click under its label and takes the recorded answers from the events', () => {
    const before = begin(definition, { locale: 'fi', previousAnswers: [], variants: {} }, now).state;
    const result = turn(definition, before, { choice: 'hvac' }, now);
    const commit = buildTurnCommit(definition, conversationAt(before), { choice: 'hvac' }, result, now, null);
    expect(commit.visitorMessage).toEqual({ text: 'LVI / ilmanvaihto', choice: 'hvac' });
    expect(commit.answers.map((a) => [a.criterionId, a.value, a.source])).toEqual([['industry', 'hvac', 'button']]);
    expect(commit.outbox).toEqual([]);
    expect(commit.lead).toMatchObject({ decision: 'incomplete', ownerId: 'anna' });
  });

  it('keeps no contact details in the transcript before the visitor consents', () => {
    const before = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now).state;
    const text = 'HVAC, 60 people. Reach me at anna@example.fi or +358 40 123 4567';
    const result = turn(definition, before, { text }, now);
    const commit = buildTurnCommit(definition, conversationAt(before), { text }, result, now, null);
    expect(commit.visitorMessage.text).toBe('HVAC, 60 people. Reach me at [email removed] or [phone removed]');
    expect(commit.answers.map((a) => a.criterionId)).not.toContain('contact_email');
  });

  it('keeps the visitor’s words as typed once they have consented', () => {
    const before = playTo('contact_email');
    const result = turn(definition, before, { text: 'anna@example.fi' }, now);
    expect(buildTurnCommit(definition, conversationAt(before), { text: 'anna@example.fi' }, result, now, null).visitorMessage.text).toBe('anna@example.fi');
  });

  it('shows a yes/no click in the visitor’s language', () => {
    const before = playTo('consent');
    const result = turn(definition, before, { choice: 'yes' }, now);
    expect(buildTurnCommit(definition, conversationAt(before), { choice: 'yes' }, result, now, null).visitorMessage).toEqual({ text: 'Yes', choice: 'yes' });
  });

  it('queues one handoff with the owner and scores when the engine requests it', () => {
    const before = playTo('contact_email');
    const result = turn(definition, before, { text: 'anna@example.fi' }, now);
    const commit = buildTurnCommit(definition, conversationAt(before), { text: 'anna@example.fi' }, result, now, null);
    expect(commit.lead.decision).toBe('sales_ready');
    expect(commit.lead.score.fit).toBeGreaterThanOrEqual(definition.thresholds.fit);
    expect(commit.outbox).toEqual([
      {
        kind: 'handoff',
        key: 'handoff:c1',
        payload: expect.objectContaining({ conversationId: 'c1', definitionVersion: 3, reason: 'sales_ready', ownerId: 'anna', decision: 'sales_ready', requestedAt: now.toISOString() }),
      },
    ]);
  });

  it('tells lead.qualified when the lead turns sales-ready, and not again for a lead already told so', () => {
    const before = playTo('contact_email');
    const result = turn(definition, before, { text: 'anna@example.fi' }, now);
    const first = buildTurnCommit(definition, conversationAt(before), { text: 'anna@example.fi' }, result, now, { id: 'c1', status: 'open', qualifiedAs: null });
    expect(first.leadEvents).toEqual([{ type: 'lead.qualified', data: { decision: 'sales_ready' } }]);
    const told = buildTurnCommit(definition, conversationAt(before), { text: 'anna@example.fi' }, result, now, { id: 'c1', status: 'open', qualifiedAs: 'sales_ready' });
    expect(told.leadEvents).toEqual([]);
  });

  it('queues a reply not understood for review, and nothing for a turn that understood', () => {
    const before = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now).state;
    const text = 'Mostly odd jobs around town';
    const missed = buildTurnCommit(definition, conversationAt(before), { text }, turn(definition, before, { text }, now), now, null);
    expect(missed.review).toEqual([{ kind: 'not_understood', criterionId: 'industry', text, phrase: 'mostly odd jobs around town' }]);
    const understood = buildTurnCommit(definition, conversationAt(before), { text: 'HVAC' }, turn(definition, before, { text: 'HVAC' }, now), now, null);
    expect(understood.review).toBeUndefined();
  });

  it('gives the lead the consented e-mail, lower-cased, and none without consent', () => {
    const before = playTo('contact_email');
    const result = turn(definition, before, { text: 'Anna@Example.FI' }, now);
    expect(buildTurnCommit(definition, conversationAt(before), { text: 'Anna@Example.FI' }, result, now, null).email).toBe('anna@example.fi');
    const early = begin(definition, { locale: 'en', previousAnswers: [], variants: {} }, now).state;
    const typed = turn(definition, early, { text: 'HVAC, write to anna@example.fi' }, now);
    expect(buildTurnCommit(definition, conversationAt(early), { text: 'HVAC, write to anna@example.fi' }, typed, now, null).email).toBeNull();
  });

  it('tells the store the company only on a turn that changed the consented e-mail or company name', () => {
    const before = playTo('contact_email');
    const result = turn(definition, before, { text: 'Anna@Kylmalampo.FI' }, now);
    expect(buildTurnCommit(definition, conversationAt(before), { text: 'Anna@Kylmalampo.FI' }, result, now, null).company).toEqual({ email: 'anna@kylmalampo.fi', name: null });
    const next = turn(definition, result.state, { text: 'hello' }, now);
    expect(buildTurnCommit(definition, conversationAt(result.state), { text: 'hello' }, next, now, null).company).toBeUndefined();
  });

  it('joins the person\'s open lead: lead.updated once, and a lead already with sales is not handed off again', () => {
    const before = playTo('contact_email');
    const result = turn(definition, before, { text: 'anna@example.fi' }, now);
    const withSales = { id: 'c0', status: 'handed_off' as const, qualifiedAs: 'sales_ready' as const };
    const joining = buildTurnCommit(definition, conversationAt(before), { text: 'anna@example.fi' }, result, now, withSales);
    expect(joining.outbox).toEqual([]);
    expect(joining.leadEvents).toEqual([{ type: 'lead.updated', data: { conversationId: 'c1' } }]);
    const joined = buildTurnCommit(definition, { ...conversationAt(before), leadId: 'c0' }, { text: 'anna@example.fi' }, result, now, withSales);
    expect(joined.leadEvents).toEqual([]);

    const notYet = buildTurnCommit(definition, conversationAt(before), { text: 'anna@example.fi' }, result, now, { ...withSales, status: 'open', qualifiedAs: 'nurture' });
    expect(notYet.outbox).toEqual([expect.objectContaining({ kind: 'handoff', key: 'handoff:c0', payload: expect.objectContaining({ conversationId: 'c0' }) })]);
    expect(notYet.leadEvents.map((e) => e.type)).toEqual(['lead.updated', 'lead.qualified']);
  });
});
