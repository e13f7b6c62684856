import { Validator } from '@seriousme/openapi-schema-validator';
import type { Express } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNDOCUMENTED } from '../../adapters/http/openapi/document.js';
import { ErrorBody } from '../../adapters/http/openapi/parts.js';
import { MessageBody, StartBody } from '../../adapters/http/routes/public-schemas.js';
import type { Store } from '../../adapters/store/index.js';
import { pgliteStore } from '../support/stores.js';
import { startTestServer, type TestServer } from './server.js';

interface Layer {
  rawPath?: string;
  route?: { path: string; methods: Record<string, boolean> };
  handle?: { stack?: Layer[] };
}

/** Every route the composed app serves, as `METHOD /path/{param}`, read from express itself (mount paths included). */
function expressRoutes(app: Express): string[] {
  const walk = (stack: Layer[], prefix: string): string[] =>
    stack.flatMap((layer) => {
      if (layer.route) {
        const path = `${prefix}${layer.route.path}`.replace(/:(\w+)/g, '{$1}');
        return Object.keys(layer.route.methods).map((method) => `${method.toUpperCase()} ${path}`);
      }
      const mount = layer.rawPath && layer.rawPath !== '/' ? layer.rawPath : '';
      return layer.handle?.stack ? walk(layer.handle.stack, prefix + mount) : [];
    });
  return walk((app as unknown as { router: { stack: Layer[] } }).router.stack, '');
}

describe('GET /openapi.json', () => {
  let store: Store;
  let server: TestServer;
  let document: { openapi: string; paths: Record<string, Record<string, { responses: Record<string, unknown> }>>; components: { schemas: Record<string, { example?: unknown }> } };

  beforeAll(async () => {
    store = await pgliteStore();
    // With a metrics token, so /metrics is one of the app's routes too.
    server = await startTestServer(store, { METRICS_TOKEN: 'openapi-test-metrics-token-0123456789' });
    const res = await fetch(`${server.url}/openapi.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    document = await res.json();
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
  });

  it('is a valid OpenAPI 3.1 document', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('documents every route the server serves, and serves every route it documents', () => {
    const served = expressRoutes(server.running.app).filter((route) => !UNDOCUMENTED.some((pattern) => pattern.test(route.split(' ')[1]!)));
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(served.length).toBeGreaterThan(10);
    expect(new Set(documented)).toEqual(new Set(served));
    // The admin API is part of it, under its mount path.
    expect(documented).toContain('GET /api/admin/conversations/{id}');
  });

  it('leaves out only the admin pages and the channels\' webhooks', () => {
    const left = expressRoutes(server.running.app).filter((route) => UNDOCUMENTED.some((pattern) => pattern.test(route.split(' ')[1]!)));
    expect(left.length).toBeGreaterThan(0);
    for (const route of left) expect(route).toMatch(/^\w+ (\/admin(\/|$)|\/api\/messages$|\/slack\/)/);
  });

  it('gives every operation its errors in the one error shape', () => {
    const errorRef = '#/components/schemas/Error';
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        const errors = Object.entries(operation.responses).filter(([status]) => Number(status) >= 400);
        if (path === '/healthz' || path === '/openapi.json') continue;
        expect(errors.length, `${method} ${path}`).toBeGreaterThan(0);
        expect(JSON.stringify(errors), `${method} ${path}`).toContain(errorRef);
      }
    }
  });

  it('shows examples the validating schemas accept, and errors the server really sends', async () => {
    const { schemas } = document.components;
    expect(StartBody.safeParse(schemas.StartConversation!.example).success).toBe(true);
    expect(MessageBody.safeParse(schemas.VisitorMessage!.example).success).toBe(true);
    expect(ErrorBody.safeParse(schemas.Error!.example).success).toBe(true);
    // The schema's limits are the route's: a text over 4000 characters is refused in the documented shape.
    const messageText = (schemas.VisitorMessage as { properties: { text: { maxLength: number } } }).properties.text;
    expect(messageText.maxLength).toBe(4000);
    const started = await (await fetch(`${server.url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json();
    const res = await fetch(`${server.url}/api/conversations/${started.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kysy-visitor': started.visitorId },
      body: JSON.stringify({ clientMessageId: 'm1', text: 'x'.repeat(messageText.maxLength + 1) }),
    });
    expect(res.status).toBe(400);
    expect(ErrorBody.safeParse(await res.json()).success).toBe(true);
  });
});
