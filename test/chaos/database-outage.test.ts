import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES, type Profile } from '../http/visitor.js';
import { waitFor } from '../support/kysy-process.js';
import { postgresBinaries, startCluster, type Cluster } from '../support/postgres-cluster.js';
import { RetryingVisitor } from '../support/retrying-visitor.js';
import { postgresAvailable } from '../support/stores.js';
import { ledger } from './ledger.js';
import { cardsPerConversation, processWorld, type ProcessWorld } from './process-world.js';

const VISITORS = 12;
const OUTAGE_MS = 10_000;
/**
 * How long a card may take after the conversations end. A handoff claimed just before PostgreSQL went
 * away whose delivery could be neither marked done nor failed stays leased for the store's outbox
 * lease (60 s, StoreOptions.outboxLeaseMs) before it is claimed again (and its card found, not posted
 * twice); under load more claims are caught mid-flight, and 30 s was too short once.
 */
const CARD_WAIT_MS = 60_000 + 20_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function profileOf(i: number): { kind: keyof typeof PROFILES; profile: Profile } {
  const kind = (['sales_ready', 'nurture', 'disqualified'] as const)[i % 3]!;
  return { kind, profile: { ...PROFILES[kind], contact_email: { text: `outage.${i}@example.fi` } } };
}

/**
 * PostgreSQL stopped (`pg_ctl stop -m fast`: sessions and transactions in flight are cut) for ten
 * seconds under load, then started again, under the server running as its own process: it lives on,
 * every request meanwhile ends within two seconds with 503 and Retry-After, /readyz says so, the pool
 * comes back by itself, and nothing acknowledged is lost or stored twice.
 */
describe.skipIf(!postgresAvailable())('PostgreSQL stopped for ten seconds under load', () => {
  let cluster: Cluster;
  let world: ProcessWorld;
  beforeAll(async () => {
    const bin = await postgresBinaries();
    if (!bin) throw new Error('PostgreSQL server binaries are missing');
    cluster = await startCluster(bin, { durable: false });
    world = await processWorld({}, { databaseUrl: cluster.url });
    await world.start();
  });
  afterAll(async () => {
    await world?.close();
    await cluster?.stop();
  });

  it('answers 503 with Retry-After within 2 s meanwhile, recovers by itself, and loses or doubles nothing', async () => {
    const visitors = Array.from({ length: VISITORS }, (_, i) => ({
      ...profileOf(i),
      visitor: new RetryingVisitor(() => world.url, profileOf(i).profile, { timeoutMs: 10_000, giveUpAfterMs: 60_000, pauseMs: 100 }),
    }));
    await Promise.all(visitors.map((v) => v.visitor.start()));

    let running = true;
    const load = Promise.all(
      visitors.map(async ({ visitor }) => {
        while (running) {
          await visitor.say(visitor.nextReply());
          await sleep(20 + Math.random() * 40);
        }
      }),
    );
    const readiness: Array<{ at: number; status: number | 'network' }> = [];
    const probing = (async () => {
      while (running) {
        const res = await fetch(`${world.url}/readyz`, { signal: AbortSignal.timeout(5_000) }).catch(() => null);
        readiness.push({ at: Date.now(), status: res?.status ?? 'network' });
        await res?.body?.cancel();
        await sleep(200);
      }
    })();

    await sleep(2_000);
    const stopping = Date.now();
    await cluster.pause();
    const stoppedAt = Date.now();
    await sleep(OUTAGE_MS - (stoppedAt - stopping));
    const starting = Date.now();
    await cluster.resume();
    const startedAt = Date.now();
    await sleep(4_000);
    running = false;
    await Promise.all([load, probing]);

    // Every conversation goes on to its end after the outage.
    await Promise.all(
      visitors.map(async ({ visitor }) => {
        while (!visitor.state.done) await visitor.say(visitor.nextReply());
      }),
    );
    const salesReady = visitors.filter((v) => v.kind === 'sales_ready').map((v) => v.visitor.conversationId);
    await waitFor(() => (salesReady.every((id) => cardsPerConversation(world.slack).has(id)) ? true : undefined), CARD_WAIT_MS, 'a card for every sales-ready lead');

    const attempts = visitors.flatMap((v) => v.visitor.attempts);
    const refused = attempts.filter((a) => a.status === 503);
    const longest = Math.max(...attempts.map((a) => a.ms));
    const readyAgain = readiness.find((r) => r.at > startedAt && r.status === 200);
    const figures = await ledger(world.databaseUrl, visitors.map((v) => v.visitor));
    console.log(
      `database outage: ${OUTAGE_MS / 1000} s down; messages ${JSON.stringify(figures)}; ${refused.length} answered 503; longest request ${Math.round(longest)} ms; ` +
        `/readyz 503 ${readiness.filter((r) => r.status === 503).length} times, 200 again ${readyAgain ? readyAgain.at - startedAt : 'never'} ms after PostgreSQL was up (pg_ctl start took ${startedAt - starting} ms)`,
    );

    expect(world.kysy.signal(0), 'the server process lives').toBe(true);
    expect(attempts.filter((a) => a.status !== 200 && a.status !== 201 && a.status !== 503)).toEqual([]);
    expect(refused.length, 'requests met the outage').toBeGreaterThan(VISITORS);
    expect(refused.every((a) => a.retryAfter !== null)).toBe(true);
    expect(longest).toBeLessThan(2_000);
    expect(readiness.filter((r) => r.at > stoppedAt && r.at < starting).every((r) => r.status === 503)).toBe(true);
    expect(readyAgain, '/readyz 200 again once PostgreSQL is back').toBeDefined();
    expect(figures).toMatchObject({ duplicated: 0, lost: 0, unacknowledged: 0 });
    expect(figures.stored).toBe(figures.sent);
    const cards = cardsPerConversation(world.slack);
    expect(salesReady.map((id) => cards.get(id))).toEqual(salesReady.map(() => 1));
  }, 200_000);
});
