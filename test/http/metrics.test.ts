import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { pgliteStore, postgresAvailable, postgresStore } from '../support/stores.js';
import { startTestServer, type TestServer } from './server.js';
import { PROFILES, Visitor } from './visitor.js';

const METRICS_TOKEN = 'metrics-test-token-0123456789abcdef';

/** The value of one sample in Prometheus text (0 when the series is absent: counters start there). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[3]);
  }
  return 0;
}

describe('GET /metrics and request ids in the log', () => {
  let store: Store;
  let server: TestServer;
  const scrape = async () => {
    const res = await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text();
  };

  beforeAll(async () => {
    store = await pgliteStore();
    server = await startTestServer(store, { METRICS_TOKEN, METRICS_PORT: '0' });
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('answers only the metrics token on the public port', async () => {
    expect((await fetch(`${server.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: 'Bearer wrong-token-0123456789abcdefgh' } })).status).toBe(401);
    expect((await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${server.running.adminToken}` } })).status).toBe(401);
    const text = await scrape();
    // Process metrics and the event loop's lag come with every scrape.
    expect(text).toMatch(/^process_cpu_seconds_total /m);
    expect(text).toMatch(/^nodejs_eventloop_lag_p99_seconds /m);
  });

  it('serves /metrics without a token on the separate METRICS_PORT listener', async () => {
    const url = server.running.metricsUrl;
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    const res = await fetch(url!);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('kysy_turns_total');
  });

  it('counts turns by channel and locale, decisions, queued and delivered handoffs, and requests by declared route', async () => {
    const before = await scrape();
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start({ locale: 'fi' });
    const turns = await visitor.playToEnd();
    await server.running.worker.tick();
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) => sample(after, name, labels) - sample(before, name, labels);

    expect(delta('kysy_conversations_started_total', { channel: 'web', locale: 'fi' })).toBe(1);
    expect(delta('kysy_turns_total', { channel: 'web', locale: 'fi' })).toBe(turns);
    expect(delta('kysy_decisions_total', { decision: 'sales_ready' })).toBe(1);
    expect(delta('kysy_handoffs_total', { state: 'queued' })).toBe(1);
    expect(delta('kysy_handoffs_total', { state: 'delivered' })).toBe(1);
    expect(sample(after, 'kysy_outbox_oldest_pending_seconds', { kind: 'handoff' })).toBe(0);
    const route = { method: 'POST', route: '/api/conversations/:id/messages', status: '200' };
    expect(delta('kysy_http_request_duration_seconds_count', route)).toBe(turns);
    // Routes as declared: no conversation id ever becomes a label.
    expect(after).not.toContain(visitor.conversationId);
  });

  it('shows a handoff waiting in the outbox by its age', async () => {
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start({ locale: 'en' });
    await visitor.playToEnd();
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect(sample(await scrape(), 'kysy_outbox_oldest_pending_seconds', { kind: 'handoff' })).toBeGreaterThanOrEqual(1);
    await server.running.worker.tick();
  });

  it('counts a typed answer that was not understood against the criterion asked', async () => {
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start({ locale: 'en' });
    const asked = visitor.state.asking!;
    const before = sample(await scrape(), 'kysy_understanding_fallbacks_total', { criterion: asked });
    const res = await visitor.send({ text: 'zxqv wkpl' });
    expect(((await res.json()) as { state: { asking: string } }).state.asking).toBe(asked);
    expect(sample(await scrape(), 'kysy_understanding_fallbacks_total', { criterion: asked }) - before).toBe(1);
    // An understood answer is no fallback.
    await visitor.send(PROFILES.sales_ready[asked as keyof typeof PROFILES.sales_ready]);
    expect(sample(await scrape(), 'kysy_understanding_fallbacks_total', { criterion: asked }) - before).toBe(1);
  });

  it('gives every request and turn line a request id and the conversation id, and never the visitor\'s words', async () => {
    const secret = 'my very private words 7731';
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start({ locale: 'en' });
    const res = await visitor.send({ text: secret });
    const requestId = res.headers.get('x-request-id');
    const mine = server.logs.filter((line) => line.conversationId === visitor.conversationId);
    const turn = mine.find((line) => line.msg === 'turn' && line.requestId === requestId);
    expect(turn).toMatchObject({ outcome: 'processed', channel: 'web', locale: 'en' });
    expect(mine.find((line) => line.msg === 'request' && line.requestId === requestId)).toMatchObject({ method: 'POST', status: 200 });
    expect(mine.find((line) => line.msg === 'conversation started')).toMatchObject({ requestId: expect.any(String) });
    expect(JSON.stringify(server.logs)).not.toContain(secret);
  });
});

describe.skipIf(!postgresAvailable())('GET /metrics on PostgreSQL', () => {
  it('reports the connection pool', async () => {
    const store = await postgresStore();
    const server = await startTestServer(store, { METRICS_TOKEN });
    try {
      const text = await (await fetch(`${server.url}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } })).text();
      expect(sample(text, 'kysy_db_pool_connections', { state: 'total' })).toBeGreaterThanOrEqual(1);
      expect(text).toMatch(/^kysy_db_pool_connections\{state="waiting"\} 0$/m);
    } finally {
      await server.close();
      await store.close();
    }
  });
});

describe('GET /metrics without METRICS_TOKEN', () => {
  it('is not served on the public port', async () => {
    const store = await pgliteStore();
    const server = await startTestServer(store);
    try {
      expect((await fetch(`${server.url}/metrics`)).status).toBe(404);
      expect(server.running.metricsUrl).toBeNull();
    } finally {
      await server.close();
      await store.close();
    }
  });
});
