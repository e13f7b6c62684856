import cookieParser from 'cookie-parser';
import { type RequestHandler, Router } from 'express';
import type { Clock } from '../../bot/ports/runtime.js';
import type { PeopleStore } from '../../bot/ports/people.js';
import type { ConversationStore } from '../../bot/ports/store.js';
import type { DefinitionStore } from '../../bot/ports/definitions.js';
import type { DefinitionCatalog } from '../../bot/service/definition-catalog.js';
import { jsonBody } from '../http/clean-input.js';
import { errorHandler, notFoundHandler } from '../http/errors.js';
import type { Logger } from '../log/logger.js';
import type { DraftStore } from '../store/definition-drafts.js';
import { checkCsrf, requirePasswordChosen, requirePermission, requireSignIn } from './auth/guards.js';
import { conversationsApi } from './routes/conversations-api.js';
import { editorApi } from './routes/editor-api.js';
import { leadsCsvApi } from './routes/leads-csv-api.js';
import { outcomesApi } from './routes/outcomes-api.js';
import type { FunnelStore } from '../store/funnel.js';
import type { OutcomeStore } from '../store/outcomes.js';
import { peopleApi } from './routes/people-api.js';
import { reviewApi } from './routes/review-api.js';
import type { CompanyStore } from '../companies/company-store.js';
import type { LeadInboxStore } from '../store/lead-inbox.js';
import { companiesApi } from './routes/companies-api.js';
import type { ReviewStore } from '../store/review-queue.js';

export interface AdminApiDeps {
  store: DraftStore &
    DefinitionStore &
    ReviewStore &
    Pick<ConversationStore, 'listConversations' | 'conversationDetail'> &
    Pick<LeadInboxStore, 'leadViews'> &
    PeopleStore &
    CompanyStore &
    FunnelStore &
    OutcomeStore;
  definitions: DefinitionCatalog;
  clock: Clock;
  logger: Logger;
  /** Finds the caller: the admin token (bearer) or the session cookie, the pages' own. */
  authenticate: RequestHandler;
}

export const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/**
 * The one admin JSON API, mounted at /api/admin. Every route here is signed in (bearer token or
 * session), CSRF-checked for sessions on unsafe methods, and readable by every role; a route that
 * does more adds its permission guard. Errors are `{error: {code, message}}` (adapters/http/errors.ts).
 * New admin endpoints mount in this function: see adapters/admin/README.md.
 */
export function adminApi(deps: AdminApiDeps): Router {
  const router = Router();
  // Security headers come from the app, before any router (adapters/http/security-headers.ts).
  router.use(noStore, cookieParser(), deps.authenticate, requireSignIn);
  router.use(jsonBody('1mb'), checkCsrf, requirePasswordChosen, requirePermission('read'));

  router.use(conversationsApi(deps));
  router.use(leadsCsvApi(deps));
  router.use(outcomesApi(deps));
  router.use('/definition', requirePermission('edit'));
  router.use(editorApi(deps));
  router.use(reviewApi(deps));
  router.use(peopleApi(deps));
  router.use(companiesApi(deps));

  router.use(notFoundHandler(router));
  router.use(errorHandler(deps.logger));
  return router;
}
