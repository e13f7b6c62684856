import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../slack/fake-slack.js';
import { PROFILES } from '../http/visitor.js';
import { waitFor } from '../support/kysy-process.js';
import { RetryingVisitor } from '../support/retrying-visitor.js';
import { postgresAvailable } from '../support/stores.js';
import { query } from './ledger.js';
import { ADMIN_TOKEN, cardsPerConversation, processWorld, type ProcessWorld } from './process-world.js';

const LEADS = 4;

/** The conversation a chat.postMessage call was for (its card's idempotency key). */
const keyOf = (call: RecordedCall) => /"key":"([^"]+)"/.exec(String(call.args.metadata ?? ''))?.[1];

/**
 * Slack answers 500, 429 and not at all (a call that outlasts the client's timeout, yet takes effect)
 * for a while: the handoffs wait in the outbox, the admin shows them pending and failing, the first
 * retry comes within seconds, and once Slack is back each lead gets exactly one card.
 */
describe.skipIf(!postgresAvailable())('Slack failing for a while', () => {
  let world: ProcessWorld;
  beforeAll(async () => {
    world = await processWorld();
    await world.start();
  });
  afterAll(() => world?.close());

  const admin = (path: string) => fetch(world.url + path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });

  it('keeps handoffs in the outbox, shows them pending, retries within seconds and posts each card once', async () => {
    const failures = [
      { status: 500 as const },
      { status: 429 as const, retryAfter: 1 },
      { delayMs: 6_000 },
      { status: 500 as const },
      { status: 500 as const },
      { status: 429 as const, retryAfter: 2 },
      { status: 500 as const },
      { status: 500 as const },
    ];
    for (const failure of failures) world.slack.failNext(1, failure, 'chat.postMessage');

    const visitors = Array.from({ length: LEADS }, (_, i) => new RetryingVisitor(() => world.url, { ...PROFILES.sales_ready, contact_email: { text: `slack.${i}@example.fi` } }));
    const started = Date.now();
    await Promise.all(
      visitors.map(async (visitor) => {
        await visitor.start();
        while (!visitor.state.done) await visitor.say(visitor.nextReply());
      }),
    );
    const ids = visitors.map((v) => v.conversationId);
    const posts = () => world.slack.calls.filter((c) => c.method === 'chat.postMessage');

    // While Slack fails, the admin shows each lead open with its handoff queued, and failing once tried.
    await waitFor(() => (posts().filter((c) => !c.ok).length >= 3 ? true : undefined), 30_000, 'failed posts');
    const failing = ids.find((id) => posts().some((c) => keyOf(c) === id && !c.ok) && !cardsPerConversation(world.slack).has(id))!;
    expect(failing).toBeDefined();
    const detail = await (await admin(`/api/admin/conversations/${failing}`)).json();
    expect(detail.lead).toMatchObject({ decision: 'sales_ready', status: 'open' });
    const page = await (await admin(`/admin/leads/${failing}`)).text();
    expect(page).toContain('handoff.queued');
    expect(page).not.toContain('handoff.delivered');

    await waitFor(() => (ids.every((id) => cardsPerConversation(world.slack).has(id)) ? true : undefined), 90_000, 'a card for every lead');
    const allDeliveredMs = Date.now() - started;
    // A call that outlasted the client's timeout yet took effect leaves its item pending until its
    // retry (after its backoff) finds the card already posted: wait for the outbox, not a fixed time.
    // Once every item is delivered nothing is retried, so a second card would already be here.
    await waitFor(async () => {
      const rows = await query<{ status: string }>(world.databaseUrl, `SELECT status FROM outbox WHERE kind = 'handoff'`);
      return rows.length === LEADS && rows.every((o) => o.status === 'delivered') ? true : undefined;
    }, 60_000, 'every handoff delivered in the outbox');

    const byLead = ids.map((id) => posts().filter((c) => keyOf(c) === id));
    const firstRetryMs = byLead.filter((calls) => calls.length > 1 && !calls[0]!.ok).map((calls) => calls[1]!.at - calls[0]!.at);
    console.log(
      `slack outage: ${failures.length} failed calls (500, 429, a 6 s silence); ${LEADS} handoffs, attempts ${JSON.stringify(byLead.map((c) => c.length))}, ` +
        `first retry after ${JSON.stringify(firstRetryMs)} ms; all delivered ${allDeliveredMs} ms after the first visitor started; cards per lead ${JSON.stringify(ids.map((id) => cardsPerConversation(world.slack).get(id)))}`,
    );

    expect(ids.map((id) => cardsPerConversation(world.slack).get(id))).toEqual(ids.map(() => 1));
    expect(firstRetryMs.length).toBeGreaterThan(0);
    // A call left unanswered (5 s timeout) holds back no other item's retry: a worker's pass only
    // claims, its deliveries run at once. A retry comes after about a second.
    expect(Math.min(...firstRetryMs), 'the first retry of a transient failure comes within seconds').toBeLessThan(3_000);
    expect(Math.max(...firstRetryMs)).toBeLessThan(10_000);
    const after = await (await admin(`/api/admin/conversations/${failing}`)).json();
    expect(after.lead.status).toBe('handed_off');
    expect(await (await admin(`/admin/leads/${failing}`)).text()).toContain('handoff.delivered');
  }, 150_000);
});
