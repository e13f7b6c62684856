import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRouter } from '../../adapters/admin/index.js';
import { createDefinitionCatalog } from '../../bot/service/definition-catalog.js';
import { createLogger } from '../../adapters/log/logger.js';
import type { Store } from '../../adapters/store/index.js';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';
import { AdminClient, addUser } from './admin-client.js';
import { routesOf, sampleUrl } from './routes.js';

const PUBLIC = new Set(['GET /login', 'POST /login', 'GET /assets/editor.js', 'GET /assets/admin.css']);
const SCRIPT = `<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">`;

describe('admin security', () => {
  let store: Store;
  let server: TestServer;
  let marketer: AdminClient;
  let analyst: AdminClient;

  beforeAll(async () => {
    store = await pgliteStore();
    server = await startTestServer(store);
    await addUser(store, 'marketer@example.com', 'marketer');
    await addUser(store, 'analyst@example.com', 'analyst');
    await addUser(store, 'boss@example.com', 'admin');
    marketer = new AdminClient(server.url);
    analyst = new AdminClient(server.url);
    expect((await marketer.signIn('marketer@example.com')).status).toBe(303);
    expect((await analyst.signIn('analyst@example.com')).status).toBe(303);
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('refuses every admin route without a session or token: pages go to sign-in, everything else gets 401', async () => {
    const seed = (await store.published())!.definition;
    const router = adminRouter({ store, definitions: createDefinitionCatalog(store, seed), adminToken: ADMIN_TOKEN, clock: { now: () => new Date() }, logger: createLogger('silent') });
    const routes = routesOf(router).filter((r) => !PUBLIC.has(`${r.method} ${r.path}`));
    expect(routes.length).toBeGreaterThan(15);
    const stranger = new AdminClient(server.url);
    for (const route of routes) {
      const response = await stranger.request(route.method, sampleUrl(route.path), route.method === 'GET' ? {} : { json: {} });
      if (route.method === 'GET' && !route.path.startsWith('/api/')) {
        expect(response.status, `${route.method} ${route.path}`).toBe(303);
        expect(response.headers.get('location'), route.path).toMatch(/^\/admin\/login\?next=/);
      } else {
        expect(response.status, `${route.method} ${route.path}`).toBe(401);
      }
    }
    const wrongToken = await fetch(`${server.url}/admin/leads`, { headers: { authorization: 'Bearer not-the-token-0123456789' }, redirect: 'manual' });
    expect(wrongToken.status).toBe(303);
    expect((await server.admin('/api/admin/conversations', 'not-the-token-0123456789')).status).toBe(401);
    const forged = new AdminClient(server.url);
    forged.cookies.set('kysy_admin', 'made-up-session');
    expect((await forged.get('/admin/leads')).status).toBe(303);
  });

  it('opens the admin and the admin API to the bearer token (automation) without a CSRF token', async () => {
    expect((await server.admin('/admin/leads')).status).toBe(200);
    expect((await server.admin('/api/admin/conversations')).status).toBe(200);
    const draft = await fetch(`${server.url}/admin/api/draft`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ definition: { company: { name: 'Automation' } } }),
    });
    expect(draft.status).toBe(200);
    await store.discardDraft();
  });

  it('refuses a change without the CSRF token, with a wrong one, or from another origin', async () => {
    const versionsBefore = (await store.definitionVersions()).length;
    const noHeader = await marketer.request('PUT', '/admin/api/draft', { json: { definition: {} } });
    expect(noHeader.status).toBe(403);
    expect(await noHeader.json()).toEqual({ error: { code: 'csrf', message: expect.any(String) } });
    expect((await marketer.request('POST', '/admin/versions/1/rollback', { form: {} })).status).toBe(403);
    expect((await marketer.request('POST', '/admin/versions/1/rollback', { form: { _csrf: 'wrong' } })).status).toBe(403);
    const crossSite = await marketer.request('POST', '/admin/versions/1/rollback', { form: { _csrf: marketer.csrf }, headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect((await marketer.request('POST', '/admin/logout', { form: {} })).status).toBe(403);
    expect(await store.draft()).toBeNull();
    expect((await store.definitionVersions()).length).toBe(versionsBefore);

    const withToken = await marketer.call('PUT', '/admin/api/draft', { definition: { company: { name: 'Draft' } } });
    expect(withToken.status).toBe(200);
    await store.discardDraft();
  });

  it('lets only admins manage users; analysts read but cannot edit', async () => {
    expect((await marketer.get('/admin/users')).status).toBe(403);
    expect((await marketer.post('/admin/users', { email: 'sneaky@example.com', role: 'admin' })).status).toBe(403);
    expect(await store.adminCredentials('sneaky@example.com')).toBeNull();
    expect((await analyst.get('/admin/leads')).status).toBe(200);
    expect((await analyst.get('/admin/definition')).status).toBe(403);
    expect((await analyst.call('PUT', '/admin/api/draft', { definition: {} })).status).toBe(403);
    expect((await analyst.post('/admin/versions/1/rollback')).status).toBe(403);

    const boss = new AdminClient(server.url);
    await boss.signIn('boss@example.com');
    const created = await boss.post('/admin/users', { email: 'new.marketer@example.com', role: 'marketer' });
    expect(created.status).toBe(201);
    const password = /<code class="secret">([^<]+)<\/code>/.exec(await created.text())?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    // A one-time password leads straight to choosing one's own.
    const newcomer = new AdminClient(server.url);
    const signedIn = await newcomer.signIn('new.marketer@example.com', password);
    expect(signedIn.headers.get('location')).toBe('/admin/account');
    expect((await newcomer.get('/admin/leads')).headers.get('location')).toBe('/admin/account');
    const changed = await newcomer.post('/admin/account/password', { current: password!, password: 'a much better password', repeat: 'a much better password' });
    expect(changed.status).toBe(303);
    await newcomer.refreshCsrf();
    expect((await newcomer.get('/admin/definition')).status).toBe(200);
  });

  it('shows script a visitor or a marketer typed as text', async () => {
    const started = await fetch(`${server.url}/api/conversations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ locale: 'en', context: { pageUrl: `https://x.example/?q=${SCRIPT}`, utm: { utm_campaign: SCRIPT } } }),
    });
    const { conversationId } = (await started.json()) as { conversationId: string };
    await fetch(`${server.url}/api/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientMessageId: 'x1', text: SCRIPT }),
    });
    const current = (await store.published())!;
    const edited = { ...current.definition, company: { name: SCRIPT }, criteria: current.definition.criteria.map((c, i) => (i === 0 ? { ...c, variants: [{ id: 'sneaky', question: { ...c.question, en: SCRIPT } }] } : c)) };
    const published = await marketer.call('POST', '/admin/api/publish', { definition: edited, note: SCRIPT });
    expect(published.status).toBe(201);
    const { version } = (await published.json()) as { version: number };

    for (const path of [`/admin/leads/${conversationId}`, '/admin/leads', '/admin/versions', `/admin/versions/${version}`, `/admin/versions/diff?from=1&to=${version}`, '/admin/experiments']) {
      const page = await (await analyst.get(path)).text();
      expect(page, path).not.toContain('<script>window.pwned');
      expect(page, path).not.toContain('<img src=x');
      expect(page, path).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    }
  });

  it('locks an account after five wrong passwords, even for the right one', async () => {
    await addUser(store, 'target@example.com', 'analyst');
    const attacker = new AdminClient(server.url);
    for (let i = 0; i < 5; i++) expect((await attacker.signIn('target@example.com', `guess ${i}`)).status).toBe(401);
    const owner = new AdminClient(server.url);
    expect((await owner.signIn('target@example.com')).status).toBe(401);
    expect((await store.adminCredentials('target@example.com'))?.lockedUntil).not.toBeNull();
  });

  it('sets the session cookie HttpOnly and SameSite=Strict on /admin, and signing out ends the session', async () => {
    const client = new AdminClient(server.url);
    const form = await (await client.get('/admin/login')).text();
    const response = await client.request('POST', '/admin/login', { form: { email: 'boss@example.com', password: 'correct horse battery staple', _csrf: /name="_csrf" value="([^"]+)"/.exec(form)![1]! } });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kysy_admin='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/admin/);
    expect(cookie).not.toMatch(/Secure/);

    // Behind a TLS-terminating proxy (TRUST_PROXY set), the cookie is Secure.
    const proxied = await startTestServer(store, { TRUST_PROXY: '1' });
    try {
      const viaTls = new AdminClient(proxied.url);
      const tlsForm = await (await viaTls.request('GET', '/admin/login', { headers: { 'x-forwarded-proto': 'https' } })).text();
      const tls = await viaTls.request('POST', '/admin/login', {
        form: { email: 'boss@example.com', password: 'correct horse battery staple', _csrf: /name="_csrf" value="([^"]+)"/.exec(tlsForm)![1]! },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(tls.status).toBe(303);
      expect(tls.headers.getSetCookie().find((c) => c.startsWith('kysy_admin='))).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
    await client.refreshCsrf();
    expect((await client.post('/admin/logout')).status).toBe(303);
    expect((await client.get('/admin/leads')).status).toBe(303);
  });
});
