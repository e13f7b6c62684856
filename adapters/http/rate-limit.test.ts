import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpError } from './errors.js';
import { addressKeys, rateLimiter } from './rate-limit.js';
import { listen, type RunningServer } from './server.js';

// The limiter must answer exactly as express-rate-limit's own middleware did, configured as the app had it.
const LIMIT = 3;
const library = rateLimit({
  windowMs: 60_000,
  limit: LIMIT,
  standardHeaders: 'draft-8',
  legacyHeaders: false,
  keyGenerator: (req) => ipKeyGenerator(req.ip ?? '', 56),
  identifier: `${LIMIT}-in-1min`,
  validate: { default: false, keyGeneratorIpFallback: true },
  handler: (_req, _res, next) => next(new HttpError('rate_limited', 'Too many requests; try again in a minute.')),
});

function appWith(limiter: RequestHandler) {
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use(limiter);
  app.get('/', (_req, res) => void res.json({ ok: true }));
  const errors: ErrorRequestHandler = (error: HttpError, _req, res, _next) => void res.status(error.status).json({ code: error.code });
  app.use(errors);
  return app;
}

let servers: RunningServer[];
beforeAll(async () => {
  servers = await Promise.all([listen(appWith(library), 0, '127.0.0.1'), listen(appWith(rateLimiter(LIMIT)), 0, '127.0.0.1')]);
});
afterAll(() => Promise.all(servers.map((server) => server.close())));

const HEADERS = ['ratelimit', 'ratelimit-policy', 'retry-after'];

/** What a client sees; the seconds to the window's end (59 or 60, by when each server counted) as whether they are told. */
async function seen(url: string, client: string) {
  const res = await fetch(url, { headers: { 'x-forwarded-for': client } });
  const headers = HEADERS.map((name) => res.headers.get(name)?.replace(/(^|t=)(59|60)$/, '$1<seconds>') ?? null);
  return { status: res.status, body: await res.text(), headers };
}

describe('the rate limiter', () => {
  it("counts, words its headers and refuses as express-rate-limit's middleware does", async () => {
    const clients = ['203.0.113.7', '203.0.113.7', '2001:db8:1:100::1', '203.0.113.7', '203.0.113.7', '2001:db8:1:1ff::2', '2001:db8:1:1ff::3', '2001:db8:1:200::1', '203.0.113.7'];
    for (const client of clients) {
      const [theirs, ours] = [await seen(servers[0]!.url, client), await seen(servers[1]!.url, client)];
      expect(ours).toEqual(theirs);
    }
    expect((await seen(servers[1]!.url, '203.0.113.7')).status).toBe(429);
  });
});

describe("a client address's remembered keys", () => {
  it('are the ones worked out afresh, also once the memory has started over', () => {
    const keysOf = addressKeys(2);
    const addresses = ['203.0.113.7', '::ffff:203.0.113.8', '2001:db8:1:1ff::2', '203.0.113.7', '2001:db8:1:100::1', '::ffff:203.0.113.8'];
    for (const ip of [...addresses, ...addresses]) {
      expect(keysOf(ip)).toEqual(addressKeys()(ip));
      expect(keysOf(ip).key).toBe(ipKeyGenerator(ip, 56));
    }
  });
});
