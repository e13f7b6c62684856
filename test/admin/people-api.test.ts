import { describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { ADMIN_TOKEN, serverForSuite, type TestServer } from '../http/server.js';
import { PROFILES, Visitor } from '../http/visitor.js';
import { pgliteStore } from '../support/stores.js';
import { type AdminClient, signedInUser } from './admin-client.js';

describe('a person\'s export and erasure in the admin API', () => {
  let store: Store;
  let server: TestServer;
  let marketer: AdminClient;
  let boss: AdminClient;

  serverForSuite(pgliteStore, async (kysy) => {
    ({ store, server } = kysy);
    marketer = await signedInUser(kysy, 'marketer@example.com', 'marketer');
    boss = await signedInUser(kysy, 'boss@example.com', 'admin');
  });

  const exportUrl = (email: string) => `/api/admin/people/export?email=${encodeURIComponent(email)}`;
  const bearerGet = (path: string) => fetch(server.url + path, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  const erase = (client: AdminClient, body: unknown, csrf = client.csrf) => client.request('POST', '/api/admin/people/erase', { json: body, headers: { 'x-csrf-token': csrf } });
  const audits = (type: string) => store.sql.query<{ actor: string; data: Record<string, unknown> }>('SELECT actor, data::json AS data FROM audit_events WHERE type = $1 ORDER BY seq', [type]);

  async function salesReady() {
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start();
    await visitor.playToEnd();
    return visitor;
  }

  it('is for admins only: a marketer is refused both, and nothing is erased', async () => {
    const visitor = await salesReady();
    expect((await marketer.get(exportUrl(visitor.email!))).status).toBe(403);
    const refused = await erase(marketer, { email: visitor.email });
    expect(refused.status).toBe(403);
    expect(await refused.json()).toMatchObject({ error: { code: 'forbidden' } });
    expect((await store.transcript(visitor.conversationId))?.map((m) => m.text)).toContain(visitor.email);
  });

  it('refuses a missing or malformed address with a readable 400', async () => {
    const missing = await bearerGet('/api/admin/people/export');
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toContain('email');
    expect((await erase(boss, { email: 'not an address' })).status).toBe(400);
    expect((await erase(boss, {})).status).toBe(400);
  });

  it('exports everything about the person as JSON, in any case of the address, and audits who asked', async () => {
    const visitor = await salesReady();
    const res = await bearerGet(exportUrl(visitor.email!.toUpperCase()));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const exported = (await res.json()) as { conversations: Array<{ id: string }>; messages: Array<{ text: string }>; leads: Array<{ email: string }> };
    expect(exported.conversations.map((c) => c.id)).toEqual([visitor.conversationId]);
    expect(exported.messages.map((m) => m.text)).toContain(visitor.email);
    expect(exported.leads).toEqual([expect.objectContaining({ email: visitor.email })]);
    expect((await audits('person.exported')).at(-1)).toEqual({ actor: 'admin token', data: { conversations: 1 } });
  });

  it('erases the person for an admin with the CSRF token: their own browser then finds nothing, the erasure is audited, the address is logged nowhere', async () => {
    const visitor = await salesReady();
    expect((await erase(boss, { email: visitor.email }, '')).status).toBe(403);

    const res = await erase(boss, { email: visitor.email });
    expect(res.status).toBe(200);
    const erasure = (await res.json()) as { id: string; counts: Record<string, number> };
    expect(erasure.counts).toMatchObject({ visitors: 1, conversations: 1, leads: 1 });

    const transcript = await fetch(`${server.url}/api/conversations/${visitor.conversationId}`, { headers: { 'x-kysy-visitor': visitor.visitorId } });
    expect(transcript.status).toBe(404);
    expect((await store.conversationDetail(visitor.conversationId))?.messages.map((m) => m.text)).not.toContain(visitor.email);
    expect((await audits('person.erased')).at(-1)).toEqual({ actor: 'boss@example.com', data: { erasureId: erasure.id, ...erasure.counts } });
    expect(JSON.stringify(server.logs)).not.toContain(visitor.email!.split('@')[0]);
    const again = (await (await bearerGet(exportUrl(visitor.email!))).json()) as { conversations: unknown[] };
    expect(again.conversations).toEqual([]);
  });
});
