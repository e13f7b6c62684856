import type { RequestHandler } from 'express';
import { constantTimeEqual } from './constant-time.js';
import { HttpError } from './errors.js';

/** Bearer ADMIN_TOKEN, compared in constant time. */
export function requireAdmin(adminToken: string): RequestHandler {
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    if (!match?.[1] || !constantTimeEqual(match[1].trim(), adminToken)) {
      next(new HttpError('unauthorized', 'A valid admin token is required (Authorization: Bearer <ADMIN_TOKEN>).'));
      return;
    }
    next();
  };
}
