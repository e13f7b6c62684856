import { hash } from 'node:crypto';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';

/** One client's window: hits so far, when the window ends (ms), and its partition key for the headers. */
interface Client {
  hits: number;
  resetAt: number;
  partition: string;
}

export interface RateLimitOptions {
  windowMs: number;
  limit: number;
  /** Answers a refused request (the RateLimit and Retry-After headers are already set). */
  refuse: (req: Request, res: Response, next: NextFunction) => void;
  /** Told once when requests carry X-Forwarded-For but the app trusts no proxy: every client would share one count. */
  warn?: (message: string) => void;
  /** Milliseconds now; Date.now unless a test sets the time. */
  now?: () => number;
}

/** The policy's name as express-rate-limit words it ("60-in-1min"). */
function policyName(limit: number, windowMs: number): string {
  const seconds = windowMs / 1000;
  const [minutes, hours, days] = [seconds / 60, seconds / 3600, seconds / 86_400];
  if (seconds < 60) return `${limit}-in-${seconds}sec`;
  if (minutes < 60) return `${limit}-in-${minutes}min`;
  if (hours < 24) return `${limit}-in-${hours}hr${hours > 1 ? 's' : ''}`;
  return `${limit}-in-${days}day${days > 1 ? 's' : ''}`;
}

/** The draft-8 partition key: the first 12 hex digits of the key's SHA-256, in base64 (as express-rate-limit gives it). */
const partitionOf = (key: string) => Buffer.from(hash('sha256', key, 'hex').slice(0, 12)).toString('base64');

/**
 * Requests per client address in a fixed window — an IPv6 address counted by its /56, as one
 * household or office gets — counted and answered exactly as express-rate-limit's memory store and
 * draft-8 headers do (`RateLimit`, `RateLimit-Policy` on every answer, `Retry-After` on a refusal),
 * without its per-request promises, its second reading of the client address and a hash per
 * request. Windows are kept in two maps swapped every window, so an address that went quiet is
 * forgotten after two.
 */
export function rateLimiter({ windowMs, limit, refuse, warn, now = Date.now }: RateLimitOptions): RequestHandler {
  const name = policyName(limit, windowMs);
  const policyTail = `; q=${limit}; w=${Math.ceil(windowMs / 1000)}; pk=:`;
  let previous = new Map<string, Client>();
  let current = new Map<string, Client>();
  setInterval(() => {
    previous = current;
    current = new Map();
  }, windowMs).unref();
  let warned = !warn;

  function clientOf(key: string): Client {
    let client = current.get(key);
    if (client) return client;
    client = previous.get(key) ?? { hits: 0, resetAt: now() + windowMs, partition: partitionOf(key) };
    previous.delete(key);
    current.set(key, client);
    return client;
  }

  return (req, res, next) => {
    if (!warned && req.headers['x-forwarded-for'] !== undefined && req.app.get('trust proxy') === false) {
      warned = true;
      warn?.('Requests carry X-Forwarded-For but TRUST_PROXY is off: clients behind the proxy share one rate limit.');
    }
    const client = clientOf(ipKeyGenerator(req.ip ?? '', 56));
    const at = now();
    if (client.resetAt <= at) Object.assign(client, { hits: 0, resetAt: at + windowMs });
    client.hits += 1;
    const resetSeconds = Math.max(0, Math.ceil((client.resetAt - at) / 1000));
    res.append('RateLimit', `"${name}"; r=${Math.max(limit - client.hits, 0)}; t=${resetSeconds}`);
    res.append('RateLimit-Policy', `"${name}"${policyTail}${client.partition}:`);
    if (client.hits <= limit) return next();
    res.setHeader('Retry-After', String(resetSeconds));
    refuse(req, res, next);
  };
}
