import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './errors.js';

const digest = (value: string) => createHash('sha256').update(value).digest();

/** Bearer ADMIN_TOKEN, compared in constant time (hashing first makes the lengths equal). */
export function requireAdmin(adminToken: string): RequestHandler {
  const expected = digest(adminToken);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !timingSafeEqual(digest(match[1].trim()), expected)) {
      next(new HttpError('unauthorized', 'A valid admin token is required (Authorization: Bearer <ADMIN_TOKEN>).'));
      return;
    }
    next();
  };
}
