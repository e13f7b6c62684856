import { createHmac } from 'node:crypto';

/** The signature header every webhook delivery carries. */
export const SIGNATURE_HEADER = 'Kysy-Signature';

/**
 * `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`: the time is signed with the body, so a
 * receiver that refuses old timestamps cannot be fed a delivery captured earlier (Stripe's scheme).
 */
export function signatureHeader(secret: string, rawBody: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  const v1 = createHmac('sha256', secret).update(`${t}.${rawBody}`).digest('hex');
  return `t=${t},v1=${v1}`;
}
