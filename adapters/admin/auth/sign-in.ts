import { Router, type Request, type Response } from 'express';
import { rateLimit } from 'express-rate-limit';
import { z } from 'zod';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { AdminUserStore, Lockout } from '../../store/admin-users.js';
import type { Logger } from '../../log/logger.js';
import { type Html, html } from '../html.js';
import { layout } from '../pages/layout.js';
import { HttpError } from '../../http/errors.js';
import { CSRF_FIELD, SESSION_COOKIE } from './guards.js';
import { decoyHash, verifyPassword } from './passwords.js';
import { newToken, sameSecret, tokenHash } from './tokens.js';

const LOGIN_COOKIE = 'kysy_admin_login';

export interface SignInOptions {
  store: AdminUserStore;
  clock: Clock;
  logger: Logger;
  lockout: Lockout;
  sessionTtlMs: number;
  /** Sign-in attempts per client address per window, whatever the outcome. */
  attempts: { limit: number; windowMs: number };
}

const SignInBody = z.object({
  email: z.string().trim().min(1).max(320),
  password: z.string().min(1).max(1000),
  next: z.string().max(2000).optional(),
  [CSRF_FIELD]: z.string().max(200).optional(),
});

/** Only a path inside the admin: a sign-in link must not send anyone elsewhere. */
function safeNext(next: string | undefined): string {
  return next && /^\/admin(\/[A-Za-z0-9/_?=&%.-]*)?$/.test(next) && !next.startsWith('/admin/login') ? next : '/admin';
}

const cookieBase = (req: Request) => ({ httpOnly: true, sameSite: 'strict' as const, secure: req.secure });
// The session opens the pages (/admin) and the API (/api/admin); the sign-in form's token only the form.
const sessionCookie = (req: Request) => ({ ...cookieBase(req), path: '/' });
const loginCookie = (req: Request) => ({ ...cookieBase(req), path: '/admin' });

function signInPage(token: string, next: string, problem?: string): Html {
  return layout({
    title: 'Sign in',
    body: html`<form method="post" action="/admin/login" class="narrow">
  ${problem ? html`<p class="error-text" role="alert" id="sign-in-problem">${problem}</p>` : ''}
  <input type="hidden" name="${CSRF_FIELD}" value="${token}">
  <input type="hidden" name="next" value="${next}">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="username" required autofocus>
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Sign in</button>
</form>`,
  });
}

/** A new session for `userId`: the cookie holds the token, the database only its digest. */
export async function startSession(req: Request, res: Response, input: { store: AdminUserStore; userId: string; now: Date; ttlMs: number }) {
  const token = newToken();
  const expiresAt = new Date(input.now.getTime() + input.ttlMs);
  await input.store.createAdminSession({ tokenHash: tokenHash(token), userId: input.userId, csrfToken: newToken(), expiresAt }, input.now);
  res.cookie(SESSION_COOKIE, token, { ...sessionCookie(req), maxAge: input.ttlMs });
}

/** A fresh double-submit token for the sign-in form (there is no session yet to hold one). */
function showForm(req: Request, res: Response, status: number, problem?: string) {
  const token = newToken();
  res.cookie(LOGIN_COOKIE, token, { ...loginCookie(req), maxAge: 30 * 60_000 });
  res.status(status).type('html').send(signInPage(token, safeNext(typeof req.query.next === 'string' ? req.query.next : (req.body as { next?: string } | undefined)?.next), problem).value);
}

const WRONG = 'That email and password do not match an account that may sign in now. After several wrong tries, sign-in from here is locked for a while.';

export function signInRoutes(options: SignInOptions): Router {
  const { store, clock, logger, lockout } = options;
  const router = Router();
  const limiter = rateLimit({
    windowMs: options.attempts.windowMs,
    limit: options.attempts.limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, _res, next) => next(new HttpError('rate_limited', 'Too many sign-in attempts from here; wait a while and try again.')),
  });

  router.get('/login', (req, res) => showForm(req, res, 200));

  router.post('/login', limiter, async (req, res) => {
    const parsed = SignInBody.safeParse(req.body);
    const cookieToken: unknown = (req.cookies as Record<string, unknown> | undefined)?.[LOGIN_COOKIE];
    if (!parsed.success || typeof cookieToken !== 'string' || !sameSecret(parsed.data[CSRF_FIELD], cookieToken)) {
      showForm(req, res, 403, 'The sign-in form expired; please try again.');
      return;
    }
    const { email, password, next } = parsed.data;
    const now = clock.now();
    // Locks hold per account and address: knowing an e-mail address is not enough to lock its owner out.
    const address = req.ip ?? 'unknown';
    const account = await store.adminCredentials(email);
    const lockedUntil = account ? await store.signInLockedUntil(account.user.id, address) : null;
    const locked = !!lockedUntil && new Date(lockedUntil) > now;
    const matches = await verifyPassword(account?.passwordHash ?? (await decoyHash()), password);
    if (!account || locked || !matches) {
      if (account && !locked) await store.recordSignInFailure(account.user.id, address, lockout, now);
      logger.warn({ locked, known: !!account }, 'admin sign-in refused');
      showForm(req, res, 401, WRONG);
      return;
    }
    await store.recordSignInSuccess(account.user.id, address);
    await startSession(req, res, { store, userId: account.user.id, now, ttlMs: options.sessionTtlMs });
    logger.info({ user: account.user.id }, 'admin signed in');
    res.clearCookie(LOGIN_COOKIE, loginCookie(req));
    res.redirect(303, account.user.mustChangePassword ? '/admin/account' : safeNext(next));
  });

  return router;
}

/** Ends the session (behind the CSRF check: nobody can sign someone else out from another site). */
export function signOutRoute(store: AdminUserStore): Router {
  const router = Router();
  router.post('/logout', async (req, res) => {
    const token: unknown = (req.cookies as Record<string, unknown> | undefined)?.[SESSION_COOKIE];
    if (typeof token === 'string') await store.deleteAdminSession(tokenHash(token));
    res.clearCookie(SESSION_COOKIE, sessionCookie(req));
    res.redirect(303, '/admin/login');
  });
  return router;
}
