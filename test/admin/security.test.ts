import { describe, expect, it } from 'vitest';
import { adminRouters } from '../../adapters/admin/index.js';
import { createDefinitionCatalog } from '../../bot/service/definition-catalog.js';
import { createLogger } from '../../adapters/log/logger.js';
import type { Store } from '../../adapters/store/index.js';
import { ADMIN_TOKEN, serverForSuite, startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';
import { AdminClient, addUser, signedInUser } from './admin-client.js';
import { routesOf, sampleUrl } from './routes.js';

const PUBLIC = new Set(['GET /login', 'POST /login', 'GET /assets/editor.:hash.js', 'GET /assets/admin.:hash.css', 'GET /assets/favicon.:hash.svg']);
const SCRIPT = `<script>window.pwned = 1</script><img src=x onerror="window.pwned=2">`;

describe('admin security', () => {
  let store: Store;
  let server: TestServer;
  let marketer: AdminClient;
  let analyst: AdminClient;
  let boss: AdminClient;

  serverForSuite(pgliteStore, async (kysy) => {
    ({ store, server } = kysy);
    marketer = await signedInUser(kysy, 'marketer@example.com', 'marketer');
    analyst = await signedInUser(kysy, 'analyst@example.com', 'analyst');
    boss = await signedInUser(kysy, 'boss@example.com', 'admin');
  });

  /** Every route of the pages (/admin) and of the JSON API (/api/admin), read from express itself. */
  async function adminRoutes() {
    const seed = (await store.published())!.definition;
    const routers = adminRouters({ store, definitions: createDefinitionCatalog(store, seed), adminToken: ADMIN_TOKEN, clock: { now: () => new Date() }, logger: createLogger('silent') });
    return Object.entries(routers).flatMap(([mount, router]) =>
      routesOf(router)
        .filter((r) => !(mount === '/admin' && PUBLIC.has(`${r.method} ${r.path}`)))
        .map((r) => ({ ...r, mount, url: sampleUrl(mount, r.path), name: `${r.method} ${mount}${r.path}` })),
    );
  }
  const bearer = (method: string, url: string) =>
    fetch(server.url + url, {
      method,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...(method === 'GET' ? {} : { 'content-type': 'application/json' }) },
      body: method === 'GET' ? undefined : '{}',
    });

  it('refuses every admin route without a session or token: pages go to sign-in, the API answers 401 in JSON', async () => {
    const routes = await adminRoutes();
    expect(routes.filter((r) => r.mount === '/admin').length).toBeGreaterThan(10);
    expect(routes.filter((r) => r.mount === '/api/admin').length).toBeGreaterThan(6);
    const stranger = new AdminClient(server.url);
    for (const route of routes) {
      const response = await stranger.request(route.method, route.url, route.method === 'GET' ? {} : { json: {} });
      if (route.mount === '/api/admin') {
        expect(response.status, route.name).toBe(401);
        expect(await response.json(), route.name).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      } else if (route.method === 'GET') {
        expect(response.status, route.name).toBe(303);
        expect(response.headers.get('location'), route.name).toMatch(/^\/admin\/login\?next=/);
      } else {
        expect(response.status, route.name).toBe(401);
        expect(response.headers.get('content-type'), route.name).toMatch(/^text\/html/);
      }
    }
    const wrongToken = await fetch(`${server.url}/admin/leads`, { headers: { authorization: 'Bearer not-the-token-0123456789' }, redirect: 'manual' });
    expect(wrongToken.status).toBe(303);
    expect((await server.admin('/api/admin/conversations', 'not-the-token-0123456789')).status).toBe(401);
    const forged = new AdminClient(server.url);
    forged.cookies.set('kysy_admin_session', 'made-up-session');
    expect((await forged.get('/admin/leads')).status).toBe(303);
    expect((await forged.get('/api/admin/conversations')).status).toBe(401);
  });

  it('answers every admin API route alike for the bearer token and a session; only sessions need the CSRF header to change things', async () => {
    const api = (await adminRoutes()).filter((r) => r.mount === '/api/admin');
    const changes = api.filter((r) => r.method !== 'GET');
    expect(changes.length).toBeGreaterThan(3);
    for (const route of api) {
      const body = route.method === 'GET' ? undefined : {};
      const byToken = await bearer(route.method, route.url);
      expect([401, 403], route.name).not.toContain(byToken.status);
      expect((await boss.call(route.method, route.url, body)).status, route.name).toBe(byToken.status);
      const noHeader = await boss.request(route.method, route.url, body === undefined ? {} : { json: body });
      if (route.method === 'GET') expect(noHeader.status, route.name).toBe(byToken.status);
      else expect(await noHeader.json(), route.name).toEqual({ error: { code: 'csrf', message: expect.any(String) } });
    }
  });

  it('keeps admin API answers out of every cache with the security headers, refusals included, and asks for HTTPS only over TLS', async () => {
    for (const res of [await fetch(`${server.url}/api/admin/conversations`), await server.admin('/api/admin/conversations'), await server.admin('/api/admin/nothing')]) {
      expect(res.headers.get('cache-control'), res.url).toBe('no-store');
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('strict-transport-security'), res.url).toBeNull();
    }
  });

  it('opens the admin and the admin API to the bearer token (automation) without a CSRF token', async () => {
    expect((await server.admin('/admin/leads')).status).toBe(200);
    expect((await server.admin('/api/admin/conversations')).status).toBe(200);
    const draft = await fetch(`${server.url}/api/admin/definition/draft`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ definition: { company: { name: 'Automation' } } }),
    });
    expect(draft.status).toBe(200);
    await store.discardDraft();
  });

  it('refuses a change without the CSRF token, with a wrong one, or from another origin', async () => {
    const versionsBefore = (await store.definitionVersions()).length;
    const noHeader = await marketer.request('PUT', '/api/admin/definition/draft', { json: { definition: {} } });
    expect(noHeader.status).toBe(403);
    expect(await noHeader.json()).toEqual({ error: { code: 'csrf', message: expect.any(String) } });
    expect((await marketer.request('POST', '/admin/versions/1/rollback', { form: {} })).status).toBe(403);
    expect((await marketer.request('POST', '/admin/versions/1/rollback', { form: { _csrf: 'wrong' } })).status).toBe(403);
    const crossSite = await marketer.request('POST', '/admin/versions/1/rollback', { form: { _csrf: marketer.csrf }, headers: { origin: 'https://evil.example' } });
    expect(crossSite.status).toBe(403);
    expect((await marketer.request('POST', '/admin/logout', { form: {} })).status).toBe(403);
    expect(await store.draft()).toBeNull();
    expect((await store.definitionVersions()).length).toBe(versionsBefore);

    const wrongHeader = await marketer.request('PUT', '/api/admin/definition/draft', { json: { definition: {} }, headers: { 'x-csrf-token': 'wrong' } });
    expect(wrongHeader.status).toBe(403);
    expect(await store.draft()).toBeNull();
    const withToken = await marketer.call('PUT', '/api/admin/definition/draft', { definition: { company: { name: 'Draft' } } });
    expect(withToken.status).toBe(200);
    await store.discardDraft();
  });

  it('lets only admins manage users; analysts read but cannot edit, on the pages and in the API', async () => {
    const refused = await marketer.get('/admin/users');
    expect(refused.status).toBe(403);
    expect(refused.headers.get('content-type')).toMatch(/^text\/html/);
    expect((await marketer.post('/admin/users', { email: 'sneaky@example.com', role: 'admin' })).status).toBe(403);
    expect(await store.adminCredentials('sneaky@example.com')).toBeNull();
    expect((await analyst.get('/admin/leads')).status).toBe(200);
    expect((await analyst.get('/admin/definition')).status).toBe(403);
    expect((await analyst.get('/api/admin/conversations')).status).toBe(200);
    const analystEdit = await analyst.call('PUT', '/api/admin/definition/draft', { definition: {} });
    expect(analystEdit.status).toBe(403);
    expect(await analystEdit.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    expect((await analyst.call('GET', '/api/admin/definition/draft')).status).toBe(403);
    expect((await analyst.post('/admin/versions/1/rollback')).status).toBe(403);
    expect((await marketer.call('GET', '/api/admin/definition/draft')).status).toBe(200);

    const created = await boss.post('/admin/users', { email: 'new.marketer@example.com', role: 'marketer' });
    expect(created.status).toBe(201);
    const password = /<code class="secret">([^<]+)<\/code>/.exec(await created.text())?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    // A one-time password leads straight to choosing one's own.
    const newcomer = new AdminClient(server.url);
    const signedIn = await newcomer.signIn('new.marketer@example.com', password);
    expect(signedIn.headers.get('location')).toBe('/admin/account');
    expect((await newcomer.get('/admin/leads')).headers.get('location')).toBe('/admin/account');
    expect((await newcomer.get('/api/admin/conversations')).status).toBe(403);
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
    const { conversationId, visitorId } = (await started.json()) as { conversationId: string; visitorId: string };
    const said = await fetch(`${server.url}/api/conversations/${conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kysy-visitor': visitorId },
      body: JSON.stringify({ clientMessageId: 'x1', text: SCRIPT }),
    });
    expect(said.status).toBe(200);
    const current = (await store.published())!;
    const edited = { ...current.definition, company: { name: SCRIPT }, criteria: current.definition.criteria.map((c, i) => (i === 0 ? { ...c, variants: [{ id: 'sneaky', question: { ...c.question, en: SCRIPT } }] } : c)) };
    const published = await marketer.call('POST', '/api/admin/definition/publish', { definition: edited, note: SCRIPT });
    expect(published.status).toBe(201);
    const { version } = (await published.json()) as { version: number };

    for (const path of [`/admin/leads/${conversationId}`, '/admin/leads', '/admin/versions', `/admin/versions/${version}`, `/admin/versions/diff?from=1&to=${version}`, '/admin/experiments']) {
      const page = await (await analyst.get(path)).text();
      expect(page, path).not.toContain('<script>window.pwned');
      expect(page, path).not.toContain('<img src=x');
      expect(page, path).toContain('&lt;script&gt;window.pwned = 1&lt;/script&gt;');
    }
  });

  it('locks an account after five wrong passwords from one address, even for the right one, but not for its owner elsewhere', async () => {
    const proxied = await startTestServer(store, { TRUST_PROXY: 'loopback' });
    try {
      await addUser(store, 'target@example.com', 'analyst');
      const from = (address: string) => ({ 'x-forwarded-for': address });
      const attacker = new AdminClient(proxied.url);
      for (let i = 0; i < 5; i++) expect((await attacker.signIn('target@example.com', `guess ${i}`, from('203.0.113.9'))).status).toBe(401);
      expect((await new AdminClient(proxied.url).signIn('target@example.com', undefined, from('203.0.113.9'))).status).toBe(401);
      expect((await new AdminClient(proxied.url).signIn('target@example.com', undefined, from('198.51.100.7'))).status).toBe(303);
    } finally {
      await proxied.close();
    }
  });

  it('sets the session cookie HttpOnly and SameSite=Strict for the whole site (pages and API), and signing out ends the session', async () => {
    const client = new AdminClient(server.url);
    const form = await (await client.get('/admin/login')).text();
    const response = await client.request('POST', '/admin/login', { form: { email: 'boss@example.com', password: 'correct horse battery staple', _csrf: /name="_csrf" value="([^"]+)"/.exec(form)![1]! } });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('kysy_admin_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/(;|$)/);
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
      expect(tls.headers.getSetCookie().find((c) => c.startsWith('kysy_admin_session='))).toMatch(/; Secure/);
    } finally {
      await proxied.close();
    }
    await client.refreshCsrf();
    expect((await client.get('/api/admin/conversations')).status).toBe(200);
    expect((await client.post('/admin/logout')).status).toBe(303);
    expect((await client.get('/admin/leads')).status).toBe(303);
    expect((await client.get('/api/admin/conversations')).status).toBe(401);
  });
});
