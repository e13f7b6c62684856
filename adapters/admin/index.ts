import cookieParser from 'cookie-parser';
import express, { type Express, Router } from 'express';
import helmet from 'helmet';
import type { Clock } from '../../bot/ports/runtime.js';
import type { ConversationStore, DefinitionStore } from '../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../bot/service/definition-catalog.js';
import type { Logger } from '../log/logger.js';
import type { AdminStores } from '../store/index.js';
import type { Lockout } from '../store/admin-users.js';
import { type AdminAssets, assetRoutes, buildAdminAssets } from './assets.js';
import { authenticate, checkCsrf, refuse, requirePasswordChosen, requirePermission, requireSignIn } from './auth/guards.js';
import { signInRoutes, signOutRoute } from './auth/sign-in.js';
import { accountRoutes } from './routes/account.js';
import { editorApi } from './routes/editor-api.js';
import { editorPage } from './routes/editor-page.js';
import { experimentRoutes } from './routes/experiments.js';
import { leadRoutes } from './routes/leads.js';
import { userRoutes } from './routes/users.js';
import { versionRoutes } from './routes/versions.js';

export { ensureFirstAdmin } from './first-admin.js';

export interface AdminDeps {
  store: AdminStores & DefinitionStore & Pick<ConversationStore, 'conversationDetail'>;
  definitions: DefinitionCatalog;
  /** The bearer token of the admin API; it opens the admin to automation as the admin role. */
  adminToken: string;
  clock: Clock;
  logger: Logger;
  lockout?: Lockout;
  sessionTtlMs?: number;
  signInAttempts?: { limit: number; windowMs: number };
  /** How long a conversation may be quiet with a question open before the A/B page counts it abandoned. */
  abandonAfterMs?: number;
  /** A prebuilt bundle (tests that start many servers); built on first use otherwise. */
  assets?: Promise<AdminAssets>;
}

/** The whole admin under /admin: sign-in, leads, definition editor, versions, A/B tests, users. */
export function adminRouter(deps: AdminDeps): Router {
  const { store, clock, logger } = deps;
  const sessionTtlMs = deps.sessionTtlMs ?? 12 * 60 * 60_000;
  let assets: Promise<AdminAssets> | undefined = deps.assets;

  const router = Router();
  router.use(
    helmet({
      contentSecurityPolicy: {
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
      referrerPolicy: { policy: 'same-origin' },
    }),
  );
  router.use((_req, res, next) => {
    res.set('Cache-Control', 'no-store');
    next();
  });
  router.use(assetRoutes(() => (assets ??= buildAdminAssets())));
  router.use(cookieParser());
  router.use('/api', express.json({ limit: '1mb' }));
  router.use(express.urlencoded({ extended: false, limit: '100kb' }));
  router.use(authenticate({ store, adminToken: deps.adminToken, clock }));
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

  router.use(requireSignIn, checkCsrf);
  router.use(signOutRoute(store));
  router.use(accountRoutes({ store, clock, sessionTtlMs }));
  router.use(requirePasswordChosen);
  router.get('/', (_req, res) => res.redirect(303, '/admin/leads'));
  router.use(requirePermission('read'));
  router.use(leadRoutes({ store, definitions: deps.definitions }));
  router.use(versionRoutes({ store }));
  router.use(experimentRoutes({ store, definitions: deps.definitions, clock, abandonAfterMs: deps.abandonAfterMs ?? 30 * 60_000 }));
  router.use(['/definition', '/api'], requirePermission('edit'));
  router.use(editorPage());
  router.use(editorApi({ store, definitions: deps.definitions, clock }));
  router.use('/users', requirePermission('users'));
  router.use(userRoutes({ store, clock }));
  router.use((req, res) => refuse(req, res, 404, 'not_found', 'No such admin page.'));
  return router;
}

/** Mounts the admin on the app, before the API's body parsers (it brings its own). */
export function mountAdmin(deps: AdminDeps): (app: Express) => void {
  const router = adminRouter(deps);
  return (app) => {
    app.use('/admin', router);
  };
}
