import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

type Directives = NonNullable<Exclude<HelmetOptions['contentSecurityPolicy'], boolean | undefined>['directives']>;

/**
 * Helmet's headers on every response. HSTS and `upgrade-insecure-requests` only on requests that came
 * over TLS (directly or, with TRUST_PROXY, through a proxy that says so): on a plain-HTTP host they
 * would send browsers to an HTTPS port that does not answer.
 */
export function securityHeaders(csp: { useDefaults?: boolean; directives: Directives }, options: { referrerPolicy?: HelmetOptions['referrerPolicy'] } = {}): RequestHandler {
  const overTls = helmet({ ...options, contentSecurityPolicy: { ...csp, directives: { ...csp.directives, 'upgrade-insecure-requests': [] } } });
  const plain = helmet({
    ...options,
    contentSecurityPolicy: { ...csp, directives: { ...csp.directives, 'upgrade-insecure-requests': null } },
    strictTransportSecurity: false,
  });
  return (req, res, next) => (req.secure ? overTls : plain)(req, res, next);
}
