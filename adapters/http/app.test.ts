import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../bot/conversation.js';
import type { ConversationRecord, StoredMessage } from '../../bot/ports/store.js';
import type { ConversationService } from '../../bot/service/types.js';
import { createLogger } from '../log/logger.js';
import { createApp } from './app.js';
import { compressAsset } from './assets/compressed.js';
import { WIDGET_TYPE } from './assets/widget-bundle.js';
import { listen, type RunningServer } from './server.js';

// The edges of the HTTP layer (parsing, errors, CORS, headers) over a service that records calls;
// whole conversations against the real service and both databases are in test/http.
const VISITOR = 'visitor-0123456789abcdef';
const state = { asking: 'industry', phase: 'qualifying' } as ConversationState;
const conversation = { id: 'c1', visitorId: VISITOR, state } as ConversationRecord;
const bot: StoredMessage = { id: 'm1', conversationId: 'c1', role: 'bot', text: 'Hi', asking: 'industry', createdAt: '' };

const calls: unknown[][] = [];
const service: ConversationService = {
  open: async (request) => (calls.push(['open', request]), { conversation, messages: [bot], created: true }),
  message: async (request) => {
    calls.push(['message', request]);
    const id = 'conversationId' in request.conversation ? request.conversation.conversationId : null;
    return id === 'c1' ? { kind: 'processed', conversationId: id, messages: [bot], state } : { kind: 'not_found' };
  },
  transcript: async (id) => (id === 'c1' ? { conversation, messages: [bot] } : null),
  greeting: async () => null,
};

let server: RunningServer;
let ready = true;
let publicDir: string;

function appWith(rateLimitPerMinute: number, trustProxy: boolean | string = false) {
  return createApp({
    service,
    ready: async () => ready,
    logger: createLogger('silent'),
    widgetOrigins: ['https://www.customer.example'],
    ownOrigin: 'http://localhost:3000',
    rateLimitPerMinute,
    trustProxy,
    publicDir,
    widget: compressAsset('console.log(1)', WIDGET_TYPE),
  });
}

beforeAll(async () => {
  publicDir = await mkdtemp(join(tmpdir(), 'kysy-public-'));
  await writeFile(join(publicDir, 'index.html'), '<!doctype html><title>demo</title>');
  server = await listen(appWith(1000), 0, '127.0.0.1');
});
afterAll(() => server.close());

const post = (path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
  fetch(server.url + path, { method: 'POST', body, headers });

describe('public API edges', () => {
  it('answers malformed JSON with 400 invalid_json', async () => {
    const res = await post('/api/conversations', '{"locale":');
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_json');
  });

  it('refuses a body that is not JSON with 415', async () => {
    const res = await post('/api/conversations/c1/messages', 'clientMessageId=a&text=hi', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(res.status).toBe(415);
    expect((await res.json()).error.code).toBe('unsupported_media_type');
  });

  it('refuses a body over 16 kB with 413', async () => {
    const res = await post('/api/conversations/c1/messages', JSON.stringify({ clientMessageId: 'a', text: 'x'.repeat(20_000) }));
    expect(res.status).toBe(413);
    expect((await res.json()).error.code).toBe('payload_too_large');
  });

  it('explains which field is wrong', async () => {
    const res = await post('/api/conversations/c1/messages', JSON.stringify({ text: 'hi' }));
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: 'bad_request', message: expect.stringContaining('clientMessageId') } });
    const both = await post('/api/conversations/c1/messages', JSON.stringify({ clientMessageId: 'a', text: 'hi', choice: 'hvac' }));
    expect((await both.json()).error.message).toContain('exactly one of text or choice');
  });

  it("hands the service the body's locale, then Accept-Language's languages in order of preference, as language hints", async () => {
    calls.length = 0;
    const res = await fetch(`${server.url}/api/conversations`, { method: 'POST', headers: { 'accept-language': 'sv-SE,sv;q=0.9,en;q=0.5' } });
    expect(res.status).toBe(201);
    expect(calls[0]).toEqual(['open', { channel: 'web', hints: { locales: [undefined, 'sv-SE', 'sv', 'en'] }, context: {} }]);
    calls.length = 0;
    await post('/api/conversations', JSON.stringify({ locale: 'fi-FI' }), { 'content-type': 'application/json', 'accept-language': 'sv' });
    expect(calls[0]).toEqual(['open', { channel: 'web', hints: { locales: ['fi-FI', 'sv'] }, context: {} }]);
  });

  it('answers unknown conversations and unknown paths with 404 JSON', async () => {
    const res = await post('/api/conversations/nope/messages', JSON.stringify({ clientMessageId: 'a', text: 'hi' }), { 'content-type': 'application/json', 'x-kysy-visitor': VISITOR });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    const missing = await fetch(`${server.url}/api/nothing-here`);
    expect(missing.status).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  it('shows a transcript only to its own visitor', async () => {
    const own = await fetch(`${server.url}/api/conversations/c1`, { headers: { 'x-kysy-visitor': VISITOR } });
    expect(own.status).toBe(200);
    const other = await fetch(`${server.url}/api/conversations/c1?visitorId=someone-else-0123456789`);
    expect(other.status).toBe(404);
    const anonymous = await fetch(`${server.url}/api/conversations/c1`);
    expect(anonymous.status).toBe(400);
  });

  it('answers a malformed path with 400, not 500', async () => {
    const res = await fetch(`${server.url}/api/conversations/%E0%A4%A`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('bad_request');
  });

  it('limits requests per client IP with 429 JSON', async () => {
    const limited = await listen(appWith(2), 0, '127.0.0.1');
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.url}/api/conversations/c1?visitorId=${VISITOR}`)).status);
      expect(statuses).toEqual([200, 200, 429]);
      const res = await fetch(`${limited.url}/api/conversations/c1?visitorId=${VISITOR}`);
      expect((await res.json()).error.code).toBe('rate_limited');
      expect((await fetch(`${limited.url}/healthz`)).status).toBe(200);
    } finally {
      await limited.close();
    }
  });

  it('counts each IPv4 address, and each IPv6 /56, apart, and words its draft-8 headers', async () => {
    const limited = await listen(appWith(2, 'loopback'), 0, '127.0.0.1');
    const seen = async (client: string) => {
      const res = await fetch(`${limited.url}/api/conversations/c1?visitorId=${VISITOR}`, { headers: { 'x-forwarded-for': client } });
      return [client, res.status, res.headers.get('ratelimit'), res.headers.get('retry-after')];
    };
    try {
      const clients = ['203.0.113.7', '203.0.113.7', '203.0.113.7', '198.51.100.1', '2001:db8:1:100::1', '2001:db8:1:1ff::2', '2001:db8:1:1ff::3', '2001:db8:1:200::1', '::ffff:198.51.100.1', '::ffff:198.51.100.1'];
      const answers = [];
      for (const client of clients) answers.push(await seen(client));
      expect(answers.map(([client, status]) => [client, status])).toEqual(clients.map((client, i) => [client, [2, 6, 9].includes(i) ? 429 : 200]));
      expect(answers[0]!.slice(2)).toEqual([expect.stringMatching(/^"2-in-1min"; r=1; t=(59|60)$/), null]);
      expect(answers[2]!.slice(2)).toEqual([expect.stringMatching(/^"2-in-1min"; r=0; t=(59|60)$/), expect.stringMatching(/^(59|60)$/)]);
      const policy = (await fetch(`${limited.url}/api/conversations/c1?visitorId=${VISITOR}`)).headers.get('ratelimit-policy');
      expect(policy).toMatch(/^"2-in-1min"; q=2; w=60; pk=:[A-Za-z0-9+/]{16}:$/);
    } finally {
      await limited.close();
    }
  });

  it('allows CORS from widget origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/api/conversations`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://www.customer.example')).headers.get('access-control-allow-origin')).toBe('https://www.customer.example');
    expect((await preflight('http://localhost:3000')).headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('health and pages', () => {
  it('answers /healthz always and /readyz only while the store is ready', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    ready = false;
    const down = await fetch(`${server.url}/readyz`);
    ready = true;
    expect(down.status).toBe(503);
    expect((await down.json()).error.code).toBe('not_ready');
  });

  it('serves pages with security headers and the widget script to other origins', async () => {
    const page = await fetch(`${server.url}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-powered-by')).toBeNull();
    const widget = await fetch(`${server.url}/widget.js`);
    expect(new URL(widget.url).pathname).toMatch(/^\/widget\.[\w-]{16}\.js$/);
    expect(await widget.text()).toBe('console.log(1)');
    expect(widget.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(widget.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('headers on every response', () => {
  it('sends nosniff and the other security headers on the JSON API, errors included', async () => {
    for (const res of [
      await post('/api/conversations', '{}'),
      await fetch(`${server.url}/api/conversations/c1`),
      await fetch(`${server.url}/healthz`),
      await fetch(`${server.url}/api/nothing-here`),
    ]) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), res.url).toBe('SAMEORIGIN');
      expect(res.headers.get('content-security-policy'), res.url).toContain("default-src 'self'");
    }
  });

  it('asks for HTTPS (HSTS, upgrade-insecure-requests) only on requests that came over TLS', async () => {
    const plain = await fetch(`${server.url}/`);
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    expect(plain.headers.get('content-security-policy')).not.toContain('upgrade-insecure-requests');
    const behindProxy = await listen(appWith(1000, 'loopback'), 0, '127.0.0.1');
    try {
      const tls = await fetch(`${behindProxy.url}/`, { headers: { 'x-forwarded-proto': 'https' } });
      expect(tls.headers.get('strict-transport-security')).toContain('max-age=');
      expect(tls.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    } finally {
      await behindProxy.close();
    }
  });
});

describe('methods', () => {
  it.each([
    ['GET', '/api/conversations', 'POST'],
    ['DELETE', '/api/conversations/c1', 'GET, HEAD'],
    ['GET', '/api/conversations/c1/messages', 'POST'],
    ['POST', '/healthz', 'GET, HEAD'],
  ])('answers %s %s with 405 and Allow: %s', async (method, path, allow) => {
    const res = await fetch(server.url + path, { method });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe(allow);
    expect((await res.json()).error.code).toBe('method_not_allowed');
  });

  it('still answers 404 where nothing is served at all', async () => {
    expect((await fetch(`${server.url}/api/conversations/c1/nothing`, { method: 'POST' })).status).toBe(404);
  });
});

