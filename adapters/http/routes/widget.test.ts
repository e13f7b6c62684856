import { request as httpRequest } from 'node:http';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../log/logger.js';
import { compressAsset } from '../assets/compressed.js';
import { WIDGET_TYPE } from '../assets/widget-bundle.js';
import { errorHandler } from '../errors.js';
import { listen, type RunningServer } from '../server.js';
import { widgetRoutes } from './widget.js';

const SCRIPT = `(function(){${'var kysy = "widget";'.repeat(200)}})();`;
const widget = compressAsset(SCRIPT, WIDGET_TYPE);

interface Raw {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A plain HTTP request: fetch would decompress the body and follow redirects for us. */
function get(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

function serve(asset: typeof widget | null) {
  const app = express();
  app.use(widgetRoutes(asset));
  app.use(errorHandler(createLogger('silent')));
  return listen(app, 0, '127.0.0.1');
}

describe('serving the widget', () => {
  let server: RunningServer;
  let unbuilt: RunningServer;
  const hashed = `/widget.${widget.hash}.js`;

  beforeAll(async () => {
    [server, unbuilt] = await Promise.all([serve(widget), serve(null)]);
  });
  afterAll(() => Promise.all([server.close(), unbuilt.close()]));

  it('keeps the embed URL stable: /widget.js redirects to the content-hashed script for five minutes', async () => {
    const res = await get(`${server.url}/widget.js`);
    expect(res.status).toBe(302);
    expect(res.headers.location).toBe(hashed);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
  });

  it('serves the hashed script for a year, immutable, to any origin', async () => {
    const res = await get(server.url + hashed);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['content-type']).toBe(WIDGET_TYPE);
    expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
    expect(res.headers.vary).toBe('Accept-Encoding');
  });

  it('sends brotli to browsers that take it, gzip to those that take only gzip, plain text otherwise', async () => {
    const br = await get(server.url + hashed, { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.body).toEqual(widget.br);
    const gzip = await get(server.url + hashed, { 'accept-encoding': 'gzip, deflate' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.body).toEqual(widget.gzip);
    const plain = await get(server.url + hashed);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
    expect(Number(plain.headers['content-length'])).toBe(SCRIPT.length);
    expect(br.body.length).toBeLessThan(gzip.body.length);
    expect(gzip.body.length).toBeLessThan(plain.body.length);
  });

  it('answers a revalidation with 304 and a HEAD with headers only', async () => {
    const first = await get(server.url + hashed, { 'accept-encoding': 'br' });
    const again = await get(server.url + hashed, { 'accept-encoding': 'br', 'if-none-match': String(first.headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    const head = await get(server.url + hashed, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers['content-length'])).toBe(widget.br.length);
  });

  it('answers an older hash with the current script, but not for long', async () => {
    const res = await get(`${server.url}/widget.AAAAAAAAAAAAAAAA.js`);
    expect(res.status).toBe(200);
    expect(res.body.toString()).toBe(SCRIPT);
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  it('answers 404 with the usual error body when the widget was never built', async () => {
    const res = await get(`${unbuilt.url}/widget.js`);
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body.toString())).toMatchObject({ error: { code: 'not_found' } });
  });
});
