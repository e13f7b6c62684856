import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { pgliteStore } from '../support/stores.js';
import { startTestServer, type TestServer } from './server.js';
import { PROFILES, Visitor } from './visitor.js';

/** The lead over the real server: what the webhook and CRM deliveries get to read. */
let store: Store;
let server: TestServer;
/** Where WEBHOOK_URL points: keeps what arrives. */
const received: Array<{ signature: string; body: { id: string; type: string; lead: { id: string } } }> = [];
const receiver = createServer((req, res) => {
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
  req.on('end', () => {
    received.push({ signature: String(req.headers['kysy-signature']), body: JSON.parse(raw) });
    res.writeHead(204).end();
  });
});

beforeAll(async () => {
  store = await pgliteStore({ leadEventSinks: ['webhook'] });
  await new Promise<void>((done) => receiver.listen(0, '127.0.0.1', done));
  const WEBHOOK_URL = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`;
  server = await startTestServer(store, { WEBHOOK_URL, WEBHOOK_SECRET: 'http-tests-webhook-secret' });
});
afterAll(async () => {
  await new Promise((done) => receiver.close(done));
  await server?.close();
  await store?.close();
});

const eventsOf = (leadId: string) =>
  store.sql.query<{ id: string; type: string }>('SELECT id, type FROM lead_events WHERE lead_id = $1 ORDER BY seq', [leadId]);
const queued = (leadId: string) =>
  store.sql.query<{ payload: { eventId: string } }>(`SELECT payload FROM outbox WHERE conversation_id = $1 AND kind = 'webhook' ORDER BY seq`, [leadId]);

describe('lead events of a conversation', () => {
  it('tell that a sales-ready visitor qualified and was handed off, each once, queued for the webhook and delivered to it', async () => {
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start();
    await visitor.playToEnd();
    expect((await eventsOf(visitor.conversationId)).map((e) => e.type)).toEqual(['lead.qualified']);

    await server.running.worker.tick();
    const events = await eventsOf(visitor.conversationId);
    expect(events.map((e) => e.type)).toEqual(['lead.qualified', 'lead.handed_off']);
    expect((await queued(visitor.conversationId)).map((q) => q.payload.eventId)).toEqual(events.map((e) => e.id));

    const view = await store.leadView(visitor.conversationId);
    expect(view).toMatchObject({
      status: 'handed_off',
      decision: 'sales_ready',
      owner: { id: 'anna', name: 'Anna Virtanen' },
      contact: { email: visitor.email, name: null, company: null },
      conversationIds: [visitor.conversationId],
    });
    await server.running.webhooks!.tick();
    expect(received.map((r) => [r.body.id, r.body.type, r.body.lead.id])).toEqual(events.map((e) => [e.id, e.type, visitor.conversationId]));
    expect(received.every((r) => /^t=\d+,v1=[0-9a-f]{64}$/.test(r.signature))).toBe(true);
    expect(view?.answers).toContainEqual({ criterionId: 'industry', value: 'hvac', label: 'HVAC / heating and ventilation', raw: expect.any(String), source: 'button' });
  });
});
