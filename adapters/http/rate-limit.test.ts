import express, { type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rateLimiter } from './rate-limit.js';
import { listen, type RunningServer } from './server.js';

const refuse: RequestHandler = (_req, res) => void res.status(429).send('refused');

/** An app behind a trusted proxy, so each request names its client address in X-Forwarded-For. */
async function serve(limiter: RequestHandler): Promise<RunningServer> {
  const app = express();
  app.set('trust proxy', true);
  app.use(limiter, (_req, res) => void res.send('ok'));
  return listen(app, 0, '127.0.0.1');
}

let ours: RunningServer;
let library: RunningServer;
beforeAll(async () => {
  ours = await serve(rateLimiter({ windowMs: 60_000, limit: 3, refuse }));
  // express-rate-limit as the app configured it before: the oracle.
  library = await serve(rateLimit({ windowMs: 60_000, limit: 3, standardHeaders: 'draft-8', legacyHeaders: false, handler: refuse, validate: { trustProxy: false } }));
});
afterAll(async () => {
  await ours.close();
  await library.close();
});

const answer = async (server: RunningServer, client: string) => {
  const res = await fetch(server.url, { headers: { 'x-forwarded-for': client } });
  return [res.status, res.headers.get('ratelimit'), res.headers.get('ratelimit-policy'), res.headers.get('retry-after')];
};

describe('the rate limiter', () => {
  it('counts, refuses and words its headers as express-rate-limit did, per IPv4 address and per IPv6 /56', async () => {
    const clients = ['203.0.113.7', '203.0.113.7', '198.51.100.1', '203.0.113.7', '203.0.113.7', '2001:db8:1:100::1', '2001:db8:1:1ff::2', '2001:db8:1:200::1', '2001:db8:1:100::9', '2001:db8:1:100::9', '::ffff:198.51.100.1'];
    const seen = [];
    for (const client of clients) seen.push({ client, ours: await answer(ours, client), library: await answer(library, client) });
    for (const { client, ours: got, library: expected } of seen) expect([client, ...got]).toEqual([client, ...expected]);
    expect(seen.map((s) => s.ours[0])).toEqual([200, 200, 200, 200, 429, 200, 200, 200, 200, 429, 200]);
  });

  it("starts a client's count again once its window has passed", async () => {
    let now = 1_000_000;
    const limiter = rateLimiter({ windowMs: 60_000, limit: 1, refuse, now: () => now });
    const server = await serve(limiter);
    try {
      expect((await answer(server, '203.0.113.9'))[0]).toBe(200);
      now += 59_000;
      expect(await answer(server, '203.0.113.9')).toEqual([429, '"1-in-1min"; r=0; t=1', expect.any(String), '1']);
      now += 1_000;
      expect(await answer(server, '203.0.113.9')).toEqual([200, '"1-in-1min"; r=0; t=60', expect.any(String), null]);
    } finally {
      await server.close();
    }
  });

  it('says once that a proxy is in front but not trusted', async () => {
    const warnings: string[] = [];
    const app = express();
    app.use(rateLimiter({ windowMs: 60_000, limit: 10, refuse, warn: (message) => warnings.push(message) }), (_req, res) => void res.send('ok'));
    const server = await listen(app, 0, '127.0.0.1');
    try {
      await fetch(server.url);
      expect(warnings).toEqual([]);
      for (let i = 0; i < 2; i++) await fetch(server.url, { headers: { 'x-forwarded-for': '203.0.113.7' } });
      expect(warnings).toEqual([expect.stringContaining('TRUST_PROXY')]);
    } finally {
      await server.close();
    }
  });
});
