import type { RequestHandler, Response } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

/** CSP directives as fixed lists: a per-request value (a nonce function) would defeat the recording below. */
type Directives = Record<string, readonly string[] | null>;

/** What helmet does to a response: set a header (a value) or remove one (null), in its order. */
type HeaderOps = ReadonlyArray<readonly [name: string, value: string | null]>;

/**
 * Helmet's twelve middlewares, run once on a stand-in response and recorded: with fixed options
 * they set the same headers on every response, and replaying them costs a dozen setHeader calls
 * instead of a dozen middlewares per request.
 */
function recordHelmet(options: HelmetOptions): HeaderOps {
  const ops: Array<[string, string | null]> = [];
  const stand = {
    setHeader: (name: string, value: string) => void ops.push([name, String(value)]),
    removeHeader: (name: string) => void ops.push([name, null]),
  };
  let done = false;
  helmet(options)({} as never, stand as never, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  if (!done) throw new Error('helmet did not finish synchronously; its headers cannot be recorded');
  return ops;
}

function replay(ops: HeaderOps, res: Response): void {
  for (const [name, value] of ops) {
    if (value === null) res.removeHeader(name);
    else res.setHeader(name, value);
  }
}

/**
 * Helmet's headers on every response. HSTS and `upgrade-insecure-requests` only on requests that came
 * over TLS (directly or, with TRUST_PROXY, through a proxy that says so): on a plain-HTTP host they
 * would send browsers to an HTTPS port that does not answer.
 */
export function securityHeaders(csp: { useDefaults?: boolean; directives: Directives }, options: { referrerPolicy?: HelmetOptions['referrerPolicy'] } = {}): RequestHandler {
  const overTls = recordHelmet({ ...options, contentSecurityPolicy: { ...csp, directives: { ...csp.directives, 'upgrade-insecure-requests': [] } } });
  const plain = recordHelmet({
    ...options,
    contentSecurityPolicy: { ...csp, directives: { ...csp.directives, 'upgrade-insecure-requests': null } },
    strictTransportSecurity: false,
  });
  return (req, res, next) => {
    replay(req.secure ? overTls : plain, res);
    next();
  };
}
