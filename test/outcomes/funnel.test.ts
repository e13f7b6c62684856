import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import type { OutcomeFilter } from '../../adapters/store/outcome-filter.js';
import { applyLeadAction, type LeadAction } from '../../bot/lead/lifecycle.js';
import { FUNNEL_STEPS, type FunnelCounts, percentile } from '../../bot/outcomes/funnel.js';
import { liftTable } from '../../bot/outcomes/lift.js';
import { campaignRoi } from '../../bot/outcomes/roi.js';
import { exampleDefinition } from '../support/example-definition.js';
import type { SeedConversation } from '../support/seed/plan.js';
import { seededStore } from '../support/seed/seeded-store.js';
import { onBothDatabases } from '../support/stores.js';

onBothDatabases('the outcome figures over a seeded database', funnel);

const ALL: OutcomeFilter = { from: '2026-10-01T00:00:00.000Z', to: '2027-01-01T00:00:00.000Z' };
const seconds = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 1000;
const later = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000).toISOString();

/** The filter, by hand. */
function matching(plan: SeedConversation[], f: OutcomeFilter) {
  return plan.filter(
    (c) =>
      c.createdAt >= f.from && c.createdAt < f.to && (!f.locale || c.locale === f.locale) && (!f.channel || c.channel === f.channel) &&
      (!f.campaign || c.utm.utm_campaign === f.campaign) && (!f.source || c.utm.utm_source === f.source) && (!f.version || c.definitionVersion === f.version),
  );
}

function countsOf(conversations: SeedConversation[]): FunnelCounts {
  const n = (test: (c: SeedConversation) => boolean) => conversations.filter(test).length;
  return {
    conversations: conversations.length,
    engaged: n((c) => c.answers.length > 0),
    decided: n((c) => c.decision !== 'incomplete'),
    sales_ready: n((c) => c.decision === 'sales_ready'),
    handed_off: n((c) => Boolean(c.lead?.handedOffAt)),
    accepted: n((c) => ['accepted', 'won', 'lost'].includes(c.lead?.status ?? '')),
    won: n((c) => c.lead?.status === 'won'),
  };
}

function byBucket(conversations: SeedConversation[], bucket: (c: SeedConversation) => string) {
  const groups = new Map<string, SeedConversation[]>();
  for (const c of conversations) groups.set(bucket(c), [...(groups.get(bucket(c)) ?? []), c]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([start, group]) => ({ start, counts: countsOf(group) }));
}

/** Monday of the conversation's week, UTC. */
const mondayOf = (iso: string) => {
  const day = new Date(iso.slice(0, 10) + 'T00:00:00Z');
  return new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000).toISOString().slice(0, 10);
};
const helsinkiDay = (iso: string) => new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date(iso));

function funnel(open: () => Promise<Store>) {
  let store: Store;
  let plan: SeedConversation[];

  beforeAll(async () => {
    ({ store, plan } = await seededStore(open));
  }, 120_000);
  afterAll(() => store?.close());

  it('counts each step per week as computed by hand from the seeded history', async () => {
    const weeks = await store.funnel(ALL, 'week', 'UTC');
    expect(weeks).toEqual(byBucket(matching(plan, ALL), (c) => mondayOf(c.createdAt)));
    expect(weeks).toHaveLength(8);
    // The seed is realistic enough for every step to matter.
    const total = countsOf(plan);
    for (const [i, step] of FUNNEL_STEPS.entries()) if (i > 0) expect(total[step]).toBeLessThan(total[FUNNEL_STEPS[i - 1]!]);
    expect(total.won).toBeGreaterThan(50);
  });

  it('filters by locale, channel, campaign and definition version, by day in the viewer\'s zone', async () => {
    const filter: OutcomeFilter = { ...ALL, locale: 'fi', channel: 'web', campaign: 'owners_webinar', source: 'linkedin', version: 2 };
    const days = await store.funnel(filter, 'day', 'Europe/Helsinki');
    expect(days).toEqual(byBucket(matching(plan, filter), (c) => helsinkiDay(c.createdAt)));
    expect(days.length).toBeGreaterThan(5);
    expect(await store.funnel({ ...ALL, campaign: 'no-such-campaign' }, 'week', 'UTC')).toEqual([]);
  });

  it('times the first rep action after a handoff (median, p90) and sums each owner up', async () => {
    const handed = matching(plan, ALL).filter((c) => c.lead?.handedOffAt);
    const firstAction = handed.filter((c) => c.lead!.actions.length > 0).map((c) => seconds(c.lead!.handedOffAt!, c.lead!.actions[0]!.at));
    const times = await store.responseTimes(ALL);
    expect(times.acted).toBe(firstAction.length);
    expect(times.median).toBeCloseTo(percentile(firstAction, 0.5)!, 3);
    expect(times.p90).toBeCloseTo(percentile(firstAction, 0.9)!, 3);

    const sla = exampleDefinition().sla.acceptMinutes;
    const now = new Date('2027-02-01T00:00:00Z');
    const owners = await store.ownerFigures(ALL, sla, now);
    const expected = [...new Set(handed.map((c) => c.lead!.ownerId))].sort().map((ownerId) => {
      const mine = handed.filter((c) => c.lead!.ownerId === ownerId);
      const accepted = mine.filter((c) => c.lead!.actions[0]?.type === 'accepted');
      const decidedAt = (c: SeedConversation) => c.lead!.actions[0]?.at ?? now.toISOString();
      return {
        ownerId,
        received: mine.length,
        accepted: accepted.length,
        medianToAccept: percentile(accepted.map((c) => seconds(c.lead!.handedOffAt!, c.lead!.actions[0]!.at)), 0.5),
        slaMisses: mine.filter((c) => seconds(c.lead!.handedOffAt!, decidedAt(c)) > sla * 60).length,
      };
    });
    expect(owners.map((o) => ({ ...o, medianToAccept: Math.round(o.medianToAccept ?? -1) }))).toEqual(
      expected.map((o) => ({ ...o, medianToAccept: Math.round(o.medianToAccept ?? -1) })),
    );
    expect(expected.length).toBeGreaterThan(1);
  });

  it('counts won, lost and rejected leads, the revenue and every reason, as the history says', async () => {
    const ended = (status: string) => matching(plan, ALL).filter((c) => c.lead?.status === status);
    const reasons = new Map<string, number>();
    for (const c of [...ended('rejected'), ...ended('lost')]) {
      const action = c.lead!.actions.at(-1)!;
      const key = `${action.type}:${action.detail.reason}`;
      reasons.set(key, (reasons.get(key) ?? 0) + 1);
    }
    const summary = await store.outcomeSummary(ALL);
    expect(summary).toMatchObject({ won: ended('won').length, lost: ended('lost').length, rejected: ended('rejected').length });
    expect(summary.revenue).toEqual([{ currency: 'EUR', amount: ended('won').reduce((s, c) => s + Number(c.lead!.actions.at(-1)!.detail.amount), 0) }]);
    expect(new Map(summary.reasons.map((r) => [`${r.type}:${r.reason}`, r.count]))).toEqual(reasons);
  });

  it('gives ROI per campaign by the rule: won amounts of conversations the campaign brought within the period', async () => {
    const added = await store.addCampaignCost({ campaign: 'owners_webinar', from: '2026-10-05', to: '2026-10-18', amount: 5_000, currency: 'EUR' }, 'mia@example.com', new Date());
    expect(await store.campaignCosts()).toEqual([{ ...added, createdBy: 'mia@example.com' }]);
    const brought = matching(plan, { from: '2026-10-05T00:00:00.000Z', to: '2026-10-19T00:00:00.000Z', campaign: 'owners_webinar' });
    const won = brought.filter((c) => c.lead?.status === 'won');
    const revenue = won.reduce((s, c) => s + Number(c.lead!.actions.at(-1)!.detail.amount), 0);
    const results = await store.campaignResults(added);
    expect(results).toEqual({
      conversations: brought.length,
      leads: brought.filter((c) => c.decision === 'sales_ready' || c.decision === 'nurture').length,
      salesReady: brought.filter((c) => c.decision === 'sales_ready').length,
      won: won.length,
      revenue,
    });
    expect(won.length).toBeGreaterThan(2);
    expect(campaignRoi(added, results).roi).toBeCloseTo((revenue - 5_000) / 5_000, 10);
    // Another currency's cost counts no EUR deals.
    expect((await store.campaignResults({ ...added, currency: 'SEK' })).revenue).toBe(0);
    expect(await store.removeCampaignCost(added.id)).toBe(true);
    expect(await store.removeCampaignCost(added.id)).toBe(false);
  });

  it('reads each handed-off lead\'s answers for the lift table, and the table counts them as the history does', async () => {
    const handed = matching(plan, ALL).filter((c) => c.lead?.handedOffAt);
    const answers = await store.liftAnswers(ALL);
    expect(answers.length).toBe(handed.reduce((n, c) => n + c.answers.length, 0));
    const table = liftTable(exampleDefinition(), answers);
    expect(table.overall.leads).toBe(handed.length);
    const hvac = handed.filter((c) => c.answers.some((a) => a.criterionId === 'industry' && a.value === 'hvac'));
    expect(table.criteria.find((c) => c.criterionId === 'industry')!.cells.find((c) => c.answer === 'hvac')).toMatchObject({
      leads: hvac.length,
      accepted: hvac.filter((c) => ['accepted', 'won', 'lost'].includes(c.lead!.status)).length,
      won: hvac.filter((c) => c.lead!.status === 'won').length,
    });
    expect(hvac.length).toBeGreaterThan(20);
  });

  const act = (leadId: string, action: LeadAction, at: string) =>
    store.changeLead(leadId, (lead) => applyLeadAction(lead, action, at, exampleDefinition().sla));

  // Last: it adds rep actions to the seeded history. What a sales manager reads as the first response
  // to a handed-off lead: accept, reject, a reassignment to a colleague, or a message to the visitor —
  // whichever came first; Kysy's reminders are none. Each goes through the real lifecycle and store.
  it('counts a reassignment and a reply to the visitor as the first response, a reminder not', async () => {
    const handed = matching(plan, ALL).filter((c) => c.lead?.handedOffAt);
    const decided = handed.filter((c) => c.lead!.status === 'accepted' && seconds(c.lead!.handedOffAt!, c.lead!.actions[0]!.at) > 600);
    const waiting = handed.filter((c) => c.lead!.actions.length === 0);
    expect(decided.length).toBeGreaterThan(0);
    expect(waiting.length).toBeGreaterThan(2);
    const [reassigned] = decided;
    const [remindedThenReassigned, replied, reminded] = waiting;

    // Passed to a colleague 5 minutes after the handoff, accepted later: the response took 5 minutes.
    expect(await act(reassigned!.id, { type: 'reassigned', by: 'U0ANNA', to: 'U0REP1' }, later(reassigned!.lead!.handedOffAt!, 5))).not.toBeNull();
    // Kysy reminded the holder after 1 minute (not a rep), then a rep passed it on after 7.
    expect(await act(remindedThenReassigned!.id, { type: 'reminded' }, later(remindedThenReassigned!.lead!.handedOffAt!, 1))).not.toBeNull();
    expect(await act(remindedThenReassigned!.id, { type: 'reassigned', by: 'U0ANNA', to: 'U0REP2' }, later(remindedThenReassigned!.lead!.handedOffAt!, 7))).not.toBeNull();
    // A lead nobody accepted yet, but a rep wrote to the visitor (now).
    const written = await store.addRepMessage(replied!.id, 'slack:D0ANNA:1.1', (c) => ({ messages: [{ role: 'rep', text: 'Hi, Anna here' }], state: c.state }));
    if (written.kind !== 'processed') throw new Error(written.kind);
    const repliedAt = written.messages.find((m) => m.role === 'rep')!.createdAt;
    // Only reminded: still no response.
    expect(await act(reminded!.id, { type: 'reminded' }, later(reminded!.lead!.handedOffAt!, 1))).not.toBeNull();

    const firstOf = (c: SeedConversation): number | null => {
      if (c === reassigned) return 5 * 60;
      if (c === remindedThenReassigned) return 7 * 60;
      if (c === replied) return seconds(c.lead!.handedOffAt!, repliedAt);
      return c.lead!.actions.length ? seconds(c.lead!.handedOffAt!, c.lead!.actions[0]!.at) : null;
    };
    const expected = handed.map(firstOf).filter((s): s is number => s !== null);
    const times = await store.responseTimes(ALL);
    expect(times.acted).toBe(expected.length);
    expect(times.median).toBeCloseTo(percentile(expected, 0.5)!, 3);
    expect(times.p90).toBeCloseTo(percentile(expected, 0.9)!, 3);
    // Two leads without a decision now count as answered: the one passed on and the one written to.
    const decisionsOnly = handed.filter((c) => c.lead!.actions.length).map((c) => seconds(c.lead!.handedOffAt!, c.lead!.actions[0]!.at));
    expect(times.acted).toBe(decisionsOnly.length + 2);
  });
}
