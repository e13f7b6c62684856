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

  it('has no purge when RETENTION_DAYS is 0', async () => {
    store = await pgliteStore({ clock: LONG_AGO });
    server = await startTestServer(store, { RETENTION_DAYS: '0' });
    expect(server.running.retention).toBeNull();
  });
});
