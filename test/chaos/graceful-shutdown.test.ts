import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES } from '../http/visitor.js';
import { waitFor } from '../support/kysy-process.js';
import { RetryingVisitor } from '../support/retrying-visitor.js';
import { postgresAvailable } from '../support/stores.js';
import { ledger, query } from './ledger.js';
import { cardsPerConversation, processWorld, type ProcessWorld } from './process-world.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const SLOW_SLACK_MS = 3_000;

/**
 * SIGTERM while a visitor's turn is in flight and the handoff worker has two cards in hand at a slow
 * Slack (a worker delivers its claimed handoffs at once): the server stops accepting at once, finishes
 * the turn and the cards in hand, leaves what it has not claimed due at once (the next process
 * delivers it without waiting out a lease), and exits 0 within ten seconds.
 */
describe.skipIf(!postgresAvailable())('graceful shutdown on SIGTERM', () => {
  let world: ProcessWorld;
  let locker: pg.Client;
  beforeAll(async () => {
    world = await processWorld();
    await world.start();
    locker = new pg.Client({ connectionString: world.databaseUrl });
    await locker.connect();
  });
  afterAll(async () => {
    await locker?.end();
    await world?.close();
  });

  it('stops accepting, finishes the turn and the cards in hand, leaves the rest due at once and exits 0 within 10 s', async () => {
    const leads = [0, 1, 2].map((i) => new RetryingVisitor(() => world.url, { ...PROFILES.sales_ready, contact_email: { text: `shutdown.${i}@example.fi` } }));
    const midway = new RetryingVisitor(() => world.url, PROFILES.nurture);
    await midway.start();
    await midway.say(midway.nextReply());

    // Two cards wait at Slack together.
    world.slack.failNext(2, { delayMs: SLOW_SLACK_MS }, 'chat.postMessage');
    await Promise.all(
      leads.map(async (visitor) => {
        await visitor.start();
        while (!visitor.state.done) await visitor.say(visitor.nextReply());
      }),
    );
    await waitFor(() => (world.slack.delayed() === 2 ? true : undefined), 20_000, 'two cards in hand');

    // The midway visitor's next turn waits for a row lock the test holds: it is in flight at SIGTERM.
    await locker.query('BEGIN');
    await locker.query('SELECT id FROM conversations WHERE id = $1 FOR UPDATE', [midway.conversationId]);
    const inFlight = midway.say(midway.nextReply());
    await waitFor(async () => ((await locker.query(`SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock'`)).rowCount ? true : undefined), 10_000, 'the turn waiting');

    const killed = world.kysy;
    const signalled = Date.now();
    killed.signal('SIGTERM');
    await sleep(500);
    const newcomer = await fetch(`${world.url}/healthz`).then(
      (res) => res.status,
      () => 'refused' as const,
    );
    await sleep(500);
    await locker.query('COMMIT');
    const turn = await inFlight;
    const code = await killed.exited;
    const exitedAfter = Date.now() - signalled;

    const outbox = await query<{ conversation_id: string; status: string; attempts: number; released: boolean }>(
      world.databaseUrl,
      `SELECT conversation_id, status, attempts, next_attempt_at <= now() AS released FROM outbox WHERE kind = 'handoff' ORDER BY seq`,
    );
    console.log(`graceful shutdown: exit ${code} after ${exitedAfter} ms; a new connection meanwhile: ${newcomer}; outbox at exit ${JSON.stringify(outbox.map((o) => `${o.status}/${o.attempts}/${o.released ? 'released' : 'leased'}`))}`);

    expect(code).toBe(0);
    expect(exitedAfter).toBeLessThan(10_000);
    expect(newcomer, 'no new connection is accepted once SIGTERM arrived').toBe('refused');
    expect(turn.state).toBeDefined();
    expect(midway.attempts.every((a) => a.status === 200 || a.status === 201), 'the turn in flight finished: no retry needed').toBe(true);
    expect(outbox.filter((o) => o.status === 'delivered').length, 'the cards in hand are finished').toBeGreaterThanOrEqual(2);
    for (const o of outbox.filter((o) => o.status !== 'delivered')) {
      expect(o, 'an item not in hand is left due at once, not to a lease').toMatchObject({ status: 'pending', attempts: 0, released: true });
    }

    // The next process delivers it at once.
    await world.start();
    const restarted = Date.now();
    await waitFor(() => (leads.every((v) => cardsPerConversation(world.slack).has(v.conversationId)) ? true : undefined), 10_000, 'the last card');
    console.log(`graceful shutdown: every card delivered ${Date.now() - restarted} ms after the restart`);
    expect(leads.map((v) => cardsPerConversation(world.slack).get(v.conversationId))).toEqual([1, 1, 1]);
    expect(await ledger(world.databaseUrl, [...leads, midway])).toMatchObject({ duplicated: 0, lost: 0, unacknowledged: 0 });
  }, 120_000);
});
