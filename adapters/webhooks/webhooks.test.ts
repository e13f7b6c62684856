import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { pgliteStore } from '../../test/support/stores.js';
import { createLogger } from '../log/logger.js';
import { capturingLogger } from '../../test/support/log-lines.js';
import { actOn, commit, manualClock, newConversation } from '../store/contract-fixtures.js';
import type { Store } from '../store/index.js';
import { createWebhookWorker, WEBHOOK_SINK } from './worker.js';

const SECRET = 'whsec-test-0123456789';

/** The receiver's check, exactly as the README shows it. */
function verifyKysy(rawBody: string, header: string, secret: string, nowSeconds = Math.floor(Date.now() / 1000)): boolean {
  const parts = Object.fromEntries(header.split(',').map((p) => p.split('=', 2)));
  const t = Number(parts.t);
  if (!Number.isInteger(t) || Math.abs(nowSeconds - t) > 300) return false; // older than 5 minutes: a replay
  const expected = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

interface Delivery {
  raw: string;
  signature: string;
}

/**
 * A receiver as a customer would write one: refuses what it cannot verify, answers the very first
 * request with a 500 (a deploy in progress), and handles each event id once.
 */
function receiver(now: () => Date) {
  const handled = new Map<string, { type: string; lead: { id: string; status: string; outcome: unknown } }>();
  const requests: Delivery[] = [];
  const state = { down: false };
  let failNext = true;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      const signature = String(req.headers['kysy-signature'] ?? '');
      requests.push({ raw, signature });
      if (!verifyKysy(raw, signature, SECRET, Math.floor(now().getTime() / 1000))) return void res.writeHead(400).end('bad signature');
      if (state.down) return void res.writeHead(502).end('bad gateway');
      if (failNext) {
        failNext = false;
        return void res.writeHead(500).end();
      }
      const event = JSON.parse(raw) as { id: string; type: string; lead: { id: string; status: string; outcome: unknown } };
      if (!handled.has(event.id)) handled.set(event.id, { type: event.type, lead: event.lead });
      res.writeHead(204).end();
    });
  });
  return { server, handled, requests, state };
}

const clock = manualClock(new Date().toISOString());
const hook = receiver(() => clock.now());
let store: Store;
let url: string;

beforeAll(async () => {
  store = await pgliteStore({ clock, leadEventSinks: [WEBHOOK_SINK] });
  await store.publish(exampleDefinition(), 'kysy', 'seed');
  await new Promise<void>((done) => hook.server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(hook.server.address() as AddressInfo).port}/kysy`;
});
afterAll(async () => {
  await new Promise((done) => hook.server.close(done));
  await store?.close();
});

/** A lead that qualifies, is handed off, accepted and won: four events. */
async function wonLead(): Promise<string> {
  const { conversation } = await store.createConversation(newConversation());
  await store.runTurn(conversation.id, 'ready', ({ conversation: c }) =>
    commit(c.state, { decision: 'sales_ready', leadEvents: [{ type: 'lead.qualified', data: { decision: 'sales_ready' } }] }),
  );
  const at = () => clock.now().toISOString();
  await actOn(store, conversation.id, { type: 'handed_off', to: 'U0ANNA' }, at());
  await actOn(store, conversation.id, { type: 'accepted', by: 'U0ANNA' }, at());
  await actOn(store, conversation.id, { type: 'won', by: 'U0ANNA', amount: 12000, currency: 'EUR' }, at());
  return conversation.id;
}

describe('signed webhooks', () => {
  it('deliver each lead event once, signed, although the first attempt fails', async () => {
    const leadId = await wonLead();
    const worker = createWebhookWorker({ url, secret: SECRET, outbox: store, events: store, clock, logger: createLogger('silent') });

    expect(await worker.tick()).toEqual({ delivered: 3, failed: 1 });
    clock.advance(500);
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 }); // the retry is due after a second
    clock.advance(600);
    expect(await worker.tick()).toEqual({ delivered: 1, failed: 0 });
    clock.advance(60_000);
    expect(await worker.tick()).toEqual({ delivered: 0, failed: 0 });

    const events = await store.sql.query<{ id: string; type: string }>('SELECT id, type FROM lead_events WHERE lead_id = $1 ORDER BY seq', [leadId]);
    expect(events.map((e) => e.type)).toEqual(['lead.qualified', 'lead.handed_off', 'lead.accepted', 'lead.won']);
    expect(hook.requests).toHaveLength(5);
    expect([...hook.handled.keys()].sort()).toEqual(events.map((e) => e.id).sort());
    // The lead as it is at delivery, outcome and all.
    const won = hook.handled.get(events[3]!.id);
    expect(won).toEqual({ type: 'lead.won', lead: expect.objectContaining({ id: leadId, status: 'won', outcome: { amount: 12000, currency: 'EUR', reason: null } }) });
    const body = JSON.parse(hook.requests.at(-1)!.raw) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['id', 'type', 'createdAt', 'lead']);
  });

  it('can be told from a replay, a forgery and a tampered body by the receiver', async () => {
    const delivered = hook.requests.at(-1)!;
    const post = (d: Delivery) => fetch(url, { method: 'POST', headers: { 'kysy-signature': d.signature }, body: d.raw });

    // Within five minutes a replay verifies; the receiver's event-id check makes it harmless.
    const before = hook.handled.size;
    expect((await post(delivered)).status).toBe(204);
    expect(hook.handled.size).toBe(before);

    expect((await post({ ...delivered, raw: delivered.raw.replace('"won"', '"lost"') })).status).toBe(400);
    const forged = `t=${Math.floor(clock.now().getTime() / 1000)},v1=${createHmac('sha256', 'guessed').update(delivered.raw).digest('hex')}`;
    expect((await post({ ...delivered, signature: forged })).status).toBe(400);

    clock.advance(5 * 60_000 + 1_000);
    expect((await post(delivered)).status).toBe(400);
  });

  it('skip the events of a lead that was erased meanwhile', async () => {
    const leadId = await wonLead();
    await store.sql.query('DELETE FROM leads WHERE conversation_id = $1', [leadId]);
    const worker = createWebhookWorker({ url, secret: SECRET, outbox: store, events: store, clock, logger: createLogger('silent') });
    const sent = hook.requests.length;
    expect(await worker.tick()).toEqual({ delivered: 4, failed: 0 });
    expect(hook.requests.length).toBe(sent);
  });

  it('raise an ALERT once one event has failed alertAfter times, with ids and the status only', async () => {
    const { conversation } = await store.createConversation(newConversation());
    await store.runTurn(conversation.id, 'ready', ({ conversation: c }) =>
      commit(c.state, { decision: 'sales_ready', leadEvents: [{ type: 'lead.qualified', data: { decision: 'sales_ready' } }] }),
    );
    const log = capturingLogger();
    const worker = createWebhookWorker({ url, secret: SECRET, outbox: store, events: store, clock, logger: log.logger, alertAfter: 3 });
    hook.state.down = true;
    for (const wait of [0, 1_500, 2_500]) {
      clock.advance(wait);
      expect(await worker.tick()).toEqual({ delivered: 0, failed: 1 });
    }
    const failures = log.lines.filter((l) => l.outboxId);
    expect(failures.map((l) => [l.level, l.attempts, l.alert ?? null, l.msg])).toEqual([
      [40, 1, null, 'webhook delivery failed'],
      [40, 2, null, 'webhook delivery failed'],
      [50, 3, 'webhook_undelivered', 'ALERT: webhook delivery still failing after 3 attempts'],
    ]);
    expect(failures[2]).toMatchObject({ leadId: conversation.id, reason: 'receiver answered 502' });
    expect(JSON.stringify(log.lines)).not.toContain('bad gateway');

    hook.state.down = false;
    clock.advance(5_000);
    expect(await worker.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(log.lines.filter((l) => l.alert)).toHaveLength(1);
  });
});
