import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = () => randomBytes(32).toString('base64url');

/** Session ids are stored only as this digest: a leaked table gives no working cookie. */
export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** Constant-time comparison of two secrets of any length (digests first make the lengths equal). */
export function sameSecret(given: unknown, expected: string): boolean {
  if (typeof given !== 'string' || given.length === 0) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
