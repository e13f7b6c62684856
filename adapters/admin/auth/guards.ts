import type { Request, RequestHandler, Response } from 'express';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { AdminUserStore } from '../../store/admin-users.js';
import { errorPage } from '../pages/error-page.js';
import { can, type Permission, principalOf, setPrincipal } from './principal.js';
import { sameSecret, tokenHash } from './tokens.js';

export const SESSION_COOKIE = 'kysy_admin';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const isApi = (req: Request) => req.originalUrl.startsWith('/admin/api/');

/** Answers in the caller's language: JSON for the editor's API, a page for the browser. */
export function refuse(req: Request, res: Response, status: number, code: string, message: string): void {
  if (isApi(req)) res.status(status).json({ error: { code, message } });
  else res.status(status).type('html').send(errorPage(status, message, principalOf(res)).value);
}

/** Finds the principal: the admin token as a bearer header, or a live session cookie. */
export function authenticate(deps: { store: AdminUserStore; adminToken: string; clock: Clock }): RequestHandler {
  return async (req, res, next) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim();
    if (bearer !== undefined) {
      if (sameSecret(bearer, deps.adminToken)) {
        setPrincipal(res, { userId: null, email: 'admin token', role: 'admin', csrfToken: null, mustChangePassword: false });
      }
      next();
      return;
    }
    const token: unknown = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    if (typeof token === 'string' && token.length > 0) {
      const session = await deps.store.adminSession(tokenHash(token), deps.clock.now());
      if (session) {
        const { user } = session;
        setPrincipal(res, { userId: user.id, email: user.email, role: user.role, csrfToken: session.csrfToken, mustChangePassword: user.mustChangePassword });
      }
    }
    next();
  };
}

/** No principal: pages send the browser to sign in, anything else is refused. */
export const requireSignIn: RequestHandler = (req, res, next) => {
  if (principalOf(res)) {
    next();
    return;
  }
  if (req.method === 'GET' && !isApi(req)) {
    res.redirect(303, `/admin/login?next=${encodeURIComponent(req.originalUrl)}`);
    return;
  }
  refuse(req, res, 401, 'unauthorized', 'Sign in first (or send the admin token as a bearer header).');
};

/** A generated password is replaced before anything else is done with the account. */
export const requirePasswordChosen: RequestHandler = (req, res, next) => {
  if (!principalOf(res)?.mustChangePassword || req.path.startsWith('/account') || req.path === '/logout') {
    next();
    return;
  }
  if (req.method === 'GET' && !isApi(req)) res.redirect(303, '/admin/account');
  else refuse(req, res, 403, 'forbidden', 'Choose your own password first.');
};

export function requirePermission(permission: Permission): RequestHandler {
  return (req, res, next) => {
    if (can(principalOf(res), permission)) next();
    else refuse(req, res, 403, 'forbidden', 'Your role does not allow this.');
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every change carries the session's CSRF token (form field or header) and, when the browser says
 * where it comes from, our own origin. SameSite=Strict cookies are the second line, not the only one.
 */
export const checkCsrf: RequestHandler = (req, res, next) => {
  const principal = principalOf(res);
  if (SAFE_METHODS.has(req.method) || !principal || principal.csrfToken === null) {
    next();
    return;
  }
  const origin = req.get('origin');
  const sameOrigin = !origin || origin === `${req.protocol}://${req.get('host')}`;
  const given: unknown = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD] ?? req.get(CSRF_HEADER);
  if (sameOrigin && sameSecret(given, principal.csrfToken)) next();
  else refuse(req, res, 403, 'csrf', 'This change did not carry a valid form token; reload the page and try again.');
};
