import type { RequestHandler } from 'express';
import type { Clock } from '../../../bot/ports/runtime.js';
import { HttpError } from '../../http/errors.js';
import type { AdminUserStore } from '../../store/admin-users.js';
import { can, type Permission, principalOf, setPrincipal } from './principal.js';
import { sameSecret, tokenHash } from './tokens.js';

// Named apart from the `kysy_admin` cookie of old, scoped to /admin: a browser still holding that one
// would send it first to /admin and shadow a fresh session.
export const SESSION_COOKIE = 'kysy_admin_session';
export const CSRF_FIELD = '_csrf';
export const CSRF_HEADER = 'x-csrf-token';

/**
 * Finds the principal: the admin token as a bearer header (the admin role), or a live session cookie.
 * The guards below refuse with an HttpError; the pages render it as a page, the API as JSON.
 */
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

export const requireSignIn: RequestHandler = (_req, res, next) => {
  next(principalOf(res) ? undefined : new HttpError('unauthorized', 'Sign in first (or send the admin token as a bearer header).'));
};

/** A generated password is replaced before anything else is done with the account. */
export const requirePasswordChosen: RequestHandler = (_req, res, next) => {
  next(principalOf(res)?.mustChangePassword ? new HttpError('forbidden', 'Choose your own password first.') : undefined);
};

export function requirePermission(permission: Permission): RequestHandler {
  return (_req, res, next) => {
    next(can(principalOf(res), permission) ? undefined : new HttpError('forbidden', 'Your role does not allow this.'));
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every change a session makes carries the session's CSRF token (form field or header) and, when the
 * browser says where it comes from, our own origin. SameSite=Strict cookies are the second line, not
 * the only one. Bearer callers send no cookie, so nothing can be forged in their name: no token.
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
  else next(new HttpError('csrf', 'This change did not carry a valid form token; reload the page and try again.'));
};

/** A browser without a session asking for a page is sent to sign in, and brought back after. */
export const signInFirst: RequestHandler = (req, res, next) => {
  if (principalOf(res) || req.method !== 'GET') next();
  else res.redirect(303, `/admin/login?next=${encodeURIComponent(req.originalUrl)}`);
};

/** A browser signed in with a one-time password asking for a page is sent to choose its own. */
export const choosePasswordFirst: RequestHandler = (req, res, next) => {
  if (!principalOf(res)?.mustChangePassword || req.method !== 'GET') next();
  else res.redirect(303, '/admin/account');
};
