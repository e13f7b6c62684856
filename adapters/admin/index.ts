import cookieParser from 'cookie-parser';
import { type Express, type RequestHandler, Router } from 'express';
import { formBody } from '../http/clean-input.js';
import { errorHandler, HttpError } from '../http/errors.js';
import { securityHeaders } from '../http/security-headers.js';
import type { AdminStores } from '../store/index.js';
import type { Lockout } from '../store/admin-users.js';
import { type AdminApiDeps, adminApi, noStore } from './api.js';
import { type AdminAssets, assetRoutes, buildAdminAssets } from './assets.js';
import { authenticate, checkCsrf, choosePasswordFirst, requirePasswordChosen, requirePermission, requireSignIn, signInFirst } from './auth/guards.js';
import { signInRoutes, signOutRoute } from './auth/sign-in.js';
import { showErrorPage } from './pages/error-page.js';
import { accountRoutes } from './routes/account.js';
import { editorPage } from './routes/editor-page.js';
import { experimentRoutes } from './routes/experiments.js';
import { reviewPage } from './routes/review-page.js';
import { leadRoutes } from './routes/leads.js';
import { outcomeRoutes } from './routes/outcomes.js';
import { leadOutcomeRoutes } from './routes/lead-outcome.js';
import { createLeadLife } from '../../bot/service/lead-life.js';
import type { LeadStore } from '../../bot/ports/leads.js';
import { userRoutes } from './routes/users.js';
import { versionRoutes } from './routes/versions.js';

export { ensureFirstAdmin } from './first-admin.js';

export interface AdminDeps extends Omit<AdminApiDeps, 'authenticate'> {
  store: AdminApiDeps['store'] & AdminStores & LeadStore;
  /** The bearer token of the admin API; it opens the admin to automation as the admin role. */
  adminToken: string;
  lockout?: Lockout;
  sessionTtlMs?: number;
  signInAttempts?: { limit: number; windowMs: number };
  /** How long a conversation may be quiet with a question open before the A/B page counts it abandoned. */
  abandonAfterMs?: number;
  /** A prebuilt bundle (tests that start many servers); built on first use otherwise. */
  assets?: Promise<AdminAssets>;
}

/** The admin's pages under /admin: sign-in, leads, definition editor, versions, A/B tests, users. */
function adminPages(deps: AdminDeps, session: RequestHandler): Router {
  const { store, clock, logger } = deps;
  const sessionTtlMs = deps.sessionTtlMs ?? 12 * 60 * 60_000;
  let assets: Promise<AdminAssets> | undefined = deps.assets;
  const editorAssets = () => (assets ??= buildAdminAssets());

  const router = Router();
  router.use(
    securityHeaders(
      {
        useDefaults: false,
        directives: {
          'default-src': ["'self'"],
          'script-src': ["'self'"],
          'style-src': ["'self'"],
          'img-src': ["'self'", 'data:'],
          'connect-src': ["'self'"],
          'form-action': ["'self'"],
          'frame-ancestors': ["'none'"],
          'base-uri': ["'none'"],
          'object-src': ["'none'"],
        },
      },
      { referrerPolicy: { policy: 'same-origin' } },
    ),
    noStore,
  );
  router.use(assetRoutes(editorAssets));
  router.use(cookieParser());
  router.use(formBody('100kb'));
  router.use(session);
  router.use(
    signInRoutes({
      store,
      clock,
      logger,
      lockout: deps.lockout ?? { maxFailures: 5, lockMs: 15 * 60_000 },
      sessionTtlMs,
      attempts: deps.signInAttempts ?? { limit: 20, windowMs: 15 * 60_000 },
    }),
  );

  router.use(signInFirst, requireSignIn, checkCsrf);
  router.use(signOutRoute(store));
  router.use(accountRoutes({ store, clock, sessionTtlMs }));
  router.use(choosePasswordFirst, requirePasswordChosen);
  router.get('/', (_req, res) => res.redirect(303, '/admin/leads'));
  router.use(requirePermission('read'));
  router.use(leadRoutes({ store, definitions: deps.definitions }));
  router.use(versionRoutes({ store }));
  router.use(outcomeRoutes({ store, definitions: deps.definitions, clock }));
  router.use(leadOutcomeRoutes({ life: createLeadLife({ leads: store, definitions: deps.definitions, clock }) }));
  router.use(reviewPage(editorAssets));
  router.use(experimentRoutes({ store, definitions: deps.definitions, clock, abandonAfterMs: deps.abandonAfterMs ?? 30 * 60_000 }));
  router.use('/definition', requirePermission('edit'));
  router.use(editorPage(editorAssets));
  router.use('/users', requirePermission('users'));
  router.use(userRoutes({ store, clock }));
  router.use(() => {
    throw new HttpError('not_found', 'No such admin page.');
  });
  router.use(errorHandler(logger, showErrorPage));
  return router;
}

/** The admin's two surfaces by where they mount, under one sign-in: the pages and the JSON API. */
export function adminRouters(deps: AdminDeps): Record<'/admin' | '/api/admin', Router> {
  const session = authenticate({ store: deps.store, adminToken: deps.adminToken, clock: deps.clock });
  return { '/admin': adminPages(deps, session), '/api/admin': adminApi({ ...deps, authenticate: session }) };
}

/** Mounts the admin on the app, before the app's body parsers (it brings its own). */
export function mountAdmin(deps: AdminDeps): (app: Express) => void {
  const routers = adminRouters(deps);
  return (app) => {
    for (const [path, router] of Object.entries(routers)) app.use(path, router);
  };
}
