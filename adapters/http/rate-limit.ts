import { hash } from 'node:crypto';
import type { RequestHandler } from 'express';
import { ipKeyGenerator, MemoryStore, type Options } from 'express-rate-limit';
import { HttpError } from './errors.js';

/** The limiter's fixed window: requests are counted per client per minute. */
const WINDOW_MS = 60_000;

/**
 * The draft-8 partition key express-rate-limit words its policy header with: the key's SHA-256 in hex,
 * cut to 12 characters, in base64.
 */
const partitionKey = (key: string) => Buffer.from(hash('sha256', key, 'hex').slice(0, 12)).toString('base64');

/**
 * How many client addresses keep their key and partition key at hand. Both are pure functions of the
 * address, and a visitor sends a request per message: worked out afresh, an IPv4-mapped or IPv6
 * address cost ~12 µs of ipKeyGenerator's parsing and every address a SHA-256 (~1 µs) per request.
 * Past the bound the memory starts over.
 */
export const REMEMBERED_ADDRESSES = 10_000;

/** The limiter's key of a client address (its /56 for IPv6) and that key's partition key, remembered. */
export function addressKeys(limit = REMEMBERED_ADDRESSES): (ip: string) => { key: string; partition: string } {
  const known = new Map<string, { key: string; partition: string }>();
  return (ip) => {
    let keys = known.get(ip);
    if (!keys) {
      if (known.size >= limit) known.clear();
      const key = ipKeyGenerator(ip, 56);
      known.set(ip, (keys = { key, partition: partitionKey(key) }));
    }
    return keys;
  };
}

/**
 * express-rate-limit as the app configures it — its MemoryStore counting each client address (an
 * IPv6 address by its /56: one household or office, through its ipKeyGenerator) in a one-minute
 * window, its draft-8 `RateLimit` and `RateLimit-Policy` headers, `Retry-After` and a 429 once over —
 * without its generic middleware, which on every request awaited a promise per option (skip, key,
 * limit, identifier), logged through `debug` and ran its validations: ~11 % of the HTTP stack's CPU
 * for the widget's requests (bench/http/ab.ts). The counting, the window and the key are the library's.
 */
export function rateLimiter(perMinute: number): RequestHandler {
  const store = new MemoryStore();
  // The memory store reads only the window of the limiter's options.
  store.init({ windowMs: WINDOW_MS } as Options);
  // The policy's name, as the library's default names a one-minute window.
  const name = `"${perMinute}-in-1min"`;
  const window = Math.ceil(WINDOW_MS / 1000);
  const keysOf = addressKeys();
  return (req, res, next) => {
    const { key, partition } = keysOf(req.ip ?? '');
    store.increment(key).then(({ totalHits, resetTime }) => {
      if (!res.headersSent) {
        const resetSeconds = resetTime ? Math.max(0, Math.ceil((resetTime.getTime() - Date.now()) / 1000)) : window;
        res.append('RateLimit', `${name}; r=${Math.max(perMinute - totalHits, 0)}; t=${resetSeconds}`);
        res.append('RateLimit-Policy', `${name}; q=${perMinute}; w=${window}; pk=:${partition}:`);
        if (totalHits > perMinute) res.setHeader('Retry-After', String(resetSeconds));
      }
      if (totalHits > perMinute) next(new HttpError('rate_limited', 'Too many requests; try again in a minute.'));
      else next();
    }, next);
  };
}
