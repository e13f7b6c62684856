import { afterEach, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { pgliteStore } from '../support/stores.js';
import { startTestServer, type TestServer } from './server.js';

/** The store stamps conversations with this clock; the server's own clock is the real one. */
const LONG_AGO = { now: () => new Date('2020-01-01T00:00:00.000Z') };

describe('the retention purge in the running server', () => {
  let store: Store | undefined;
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    await store?.close();
  });

  it('purges a conversation idle past RETENTION_DAYS; its visitor then gets 404 and can start anew', async () => {
    store = await pgliteStore({ clock: LONG_AGO });
    server = await startTestServer(store, { RETENTION_DAYS: '90' });
    const started = await fetch(`${server.url}/api/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en' }),
    });
    const { conversationId, visitorId } = (await started.json()) as { conversationId: string; visitorId: string };
    const read = () => fetch(`${server!.url}/api/conversations/${conversationId}`, { headers: { 'x-kysy-visitor': visitorId } });
    expect((await read()).status).toBe(200);

    expect(await server.running.retention?.tick()).toEqual({ purged: 1 });
    expect((await read()).status).toBe(404);
    const again = await fetch(`${server.url}/api/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', visitorId }),
    });
    expect(again.status).toBe(201);
    expect(server.logs.filter((l) => l.msg === 'retention purge batch').map((l) => l.purged)).toEqual([1]);
  });

  it('keeps what a visitor left without consent twelve months by default, and purges it after', async () => {
    const DAY = 24 * 60 * 60_000;
    let stamp = new Date(Date.now() - 366 * DAY);
    store = await pgliteStore({ clock: { now: () => stamp } });
    server = await startTestServer(store);
    const start = async () => {
      const res = await fetch(`${server!.url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ locale: 'en' }) });
      return ((await res.json()) as { conversationId: string }).conversationId;
    };
    const yearAndADay = await start();
    stamp = new Date(Date.now() - 364 * DAY);
    const lastMonthsOfTheYear = await start();

    expect(await server.running.retention?.tick()).toEqual({ purged: 1 });
    expect(await store.load(yearAndADay)).toBeNull();
    expect(await store.load(lastMonthsOfTheYear)).not.toBeNull();
    expect(server.logs.filter((l) => l.msg === 'retention purge batch').map((l) => l.retentionDays)).toEqual([365]);
  });

  it('has no purge when RETENTION_DAYS is 0', async () => {
    store = await pgliteStore({ clock: LONG_AGO });
    server = await startTestServer(store, { RETENTION_DAYS: '0' });
    expect(server.running.retention).toBeNull();
  });
});
