import { afterAll, beforeAll, expect, it } from 'vitest';
import { createHandoffWorker } from '../../adapters/handoff/worker.js';
import { createLogger } from '../../adapters/log/logger.js';
import { metrics } from '../../adapters/observability/metrics.js';
import { backgroundClient } from '../../adapters/slack/app.js';
import { slackApi } from '../../adapters/slack/slack-api.js';
import { slackTransport } from '../../adapters/slack/transport.js';
import type { Store, StoreOptions } from '../../adapters/store/index.js';
import { createDefinitionCatalog } from '../../bot/service/definition-catalog.js';
import { createLeadLife } from '../../bot/service/lead-life.js';
import { exampleDefinition } from '../support/example-definition.js';
import { metricValue } from '../support/metric-value.js';
import { onBothDatabases } from '../support/stores.js';
import { ANNA_DM, SIGNING_SECRET, startSlackWorld, type SlackWorld } from './slack-server.js';

onBothDatabases('handoff delivery', delivery);

function delivery(open: (options: StoreOptions) => Promise<Store>) {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await startSlackWorld(open);
  });
  afterAll(() => world?.close());

  const cardsFor = (conversationId: string) => world.slack.cards().filter((m) => m.metadata?.event_payload.key === conversationId);
  const posts = (conversationId: string) => world.slack.calls.filter((c) => c.method === 'chat.postMessage' && String(c.args.metadata ?? '').includes(conversationId));

  it('retries after a 429 no sooner than Retry-After, then after a 500, and posts one card', async () => {
    const visitor = await world.salesReady();
    const worker = world.kysy.worker;
    const slackErrors = (error: string) => metricValue(metrics.slackApiErrors, { method: 'chat.postMessage', error });
    const [rateLimited, httpErrors] = [await slackErrors('rate_limited'), await slackErrors('http_error')];
    world.slack.failNext(1, { status: 429, retryAfter: 120 }, 'chat.postMessage');
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });

    world.clock.advance(119_000);
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });
    world.clock.advance(1_000);
    world.slack.failNext(1, { status: 500 }, 'chat.postMessage');
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 1 });

    world.clock.advance(60_000);
    expect(await worker.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });
    expect(posts(visitor.conversationId).map((c) => c.status)).toEqual([429, 500, 200]);
    expect([(await slackErrors('rate_limited')) - rateLimited, (await slackErrors('http_error')) - httpErrors]).toEqual([1, 1]);
    expect(cardsFor(visitor.conversationId)).toHaveLength(1);
    // The 429 was a pause Slack asked for, not a failed attempt: only the 500 is one.
    expect(world.logs.filter((l) => l.msg === 'handoff delivery failed' && l.conversationId === visitor.conversationId).map((l) => (l.err as { message: string }).message)).toEqual([
      expect.stringContaining('500'),
    ]);
  });

  it('waits out a 429 for the card and every other card to that channel, counting no failed attempt', async () => {
    const worker = world.kysy.worker;
    const failedHandoffs = await metricValue(metrics.handoffs, { state: 'failed' });
    const logsBefore = world.logs.length;
    const first = await world.salesReady();
    world.slack.failNext(1, { status: 429, retryAfter: 1 }, 'chat.postMessage');
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });

    // Another card to the same DM while Slack's pause lasts waits too, without calling Slack.
    const second = await world.salesReady();
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });
    world.clock.advance(999);
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });
    expect(posts(second.conversationId)).toEqual([]);
    world.clock.advance(1);
    expect(await worker.tick()).toEqual({ delivered: 2, failed: 0 });

    expect(posts(first.conversationId).map((c) => c.status)).toEqual([429, 200]);
    expect(posts(second.conversationId).map((c) => c.status)).toEqual([200]);
    for (const visitor of [first, second]) expect(cardsFor(visitor.conversationId)).toHaveLength(1);
    for (const visitor of [first, second]) {
      const timeline = await world.store.leadTimeline(visitor.conversationId);
      expect(timeline.find((e) => e.type === 'handoff.delivered')?.detail).toEqual({ failedAttempts: 0 });
    }
    expect(await metricValue(metrics.handoffs, { state: 'failed' })).toBe(failedHandoffs);
    expect(world.logs.slice(logsBefore).filter((l) => Number(l.level) >= 40)).toEqual([]);
  });

  it('posts one card with two workers and a crash between the Slack call and the commit', async () => {
    const visitor = await world.salesReady();
    const { store, clock } = world;
    const logger = createLogger('silent');
    const definitions = createDefinitionCatalog(store, exampleDefinition());
    const api = slackApi(backgroundClient({ token: world.slack.token, signingSecret: SIGNING_SECRET, apiUrl: world.slack.url, logger }), clock);
    const deps = { definitions, clock, api, adminUrl: (id: string) => `https://kysy.example.com/admin/leads/${id}` };
    const life = createLeadLife({ leads: store, definitions, clock });

    // The crashing worker dies right after Slack accepted the card: nothing of it reaches the database.
    const crash = () => Promise.reject(new Error('process crashed'));
    const crashing = createHandoffWorker({
      outbox: { ...store, markDelivered: crash, markFailed: crash },
      leads: life,
      transport: slackTransport({ ...deps, store: { ...store, recordCard: crash } }),
      clock,
      logger,
    });
    const other = createHandoffWorker({ outbox: store, leads: life, transport: slackTransport({ ...deps, store }), clock, logger });

    await expect(crashing.tick()).rejects.toThrow('process crashed');
    expect(cardsFor(visitor.conversationId)).toHaveLength(1);
    const posted = cardsFor(visitor.conversationId)[0]!;

    // The crashed worker's claim is a lease: the other workers skip the item until it runs out.
    expect(await Promise.all([other.tick(), world.kysy.worker.tick()])).toEqual([{ delivered: 0, failed: 0 }, { delivered: 0, failed: 0 }]);
    clock.advance(61_000);
    const results = await Promise.all([other.tick(), world.kysy.worker.tick()]);
    expect(results.map((r) => r.delivered).sort()).toEqual([0, 1]);

    expect(cardsFor(visitor.conversationId)).toHaveLength(1);
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({ status: 'handed_off', card: { channel: ANNA_DM, ts: posted.ts } });
    expect(posts(visitor.conversationId).filter((c) => c.ok)).toHaveLength(1);
  });
}
