import { fileURLToPath } from 'node:url';
import cors from 'cors';
import express, { type Express, type Router } from 'express';
import type { ConversationService } from '../../bot/service/types.js';
import type { Logger } from '../log/logger.js';
import { cleanQueryParser } from './clean-input.js';
import { errorHandler, notFoundHandler } from './errors.js';
import { weakEtag } from './etag.js';
import { rateLimiter } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { requestLog } from './request-log.js';
import { metricsRoute } from '../observability/metrics-route.js';
import { openApiRoute } from './openapi/route.js';
import { healthRoutes } from './routes/health.js';
import { hotLane } from './routes/hot-lane.js';
import { publicApi, visitorBody } from './routes/public-api.js';
import { widgetRoutes } from './routes/widget.js';
import type { CompressedAsset } from './assets/compressed.js';

export const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));

export interface AppDeps {
  service: ConversationService;
  ready: () => Promise<boolean | void>;
  logger: Logger;
  /** Origins whose pages may call the public API (the widget's hosts); the server's own origin is added. */
  widgetOrigins: string[];
  ownOrigin: string;
  rateLimitPerMinute: number;
  /** Serves GET /metrics to this bearer token; without it /metrics is not on this app. */
  metricsToken?: string;
  trustProxy: boolean | number | string;
  publicDir?: string;
  /** The built widget script (null: not built, `/widget.js` answers 404). */
  widget?: CompressedAsset | null;
  /**
   * Channel routes (Bot Framework, Slack) and the admin, mounted before any body parser: some verify
   * signatures over the raw body, the admin brings its own.
   */
  channels?: Array<(app: Express) => void>;
  /** More visitor routes under /api/conversations (e.g. live events), behind the same CORS and rate limit. */
  visitorRoutes?: Router[];
}

export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.trustProxy);
  app.set('query parser', cleanQueryParser);
  app.set('etag', weakEtag);
  const requestLogger = requestLog(deps.logger, { trustForwardedId: Boolean(deps.trustProxy) });
  const headers = securityHeaders({ directives: { 'connect-src': ["'self'"], 'img-src': ["'self'", 'data:'] } });
  const allowed = new Set([...deps.widgetOrigins, new URL(deps.ownOrigin).origin]);
  const visitorCors = cors({
    origin: (origin, callback) => callback(null, !origin || allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Content-Type', 'X-Kysy-Visitor'],
    maxAge: 600,
  });
  // Per client address (an IPv6 address by its /56), in the memory store, with draft-8 headers.
  const limiter = rateLimiter(deps.rateLimitPerMinute);
  const body = visitorBody();
  const errors = errorHandler(deps.logger);

  // The two requests a conversation is made of, through the same middleware, ahead of the router.
  hotLane(app, { service: deps.service, before: [requestLogger, headers, visitorCors, limiter], body, onError: errors });
  app.use(requestLogger);
  app.use(headers);
  app.use(healthRoutes(deps.ready));
  app.use(openApiRoute());
  if (deps.metricsToken) app.use(metricsRoute(deps.metricsToken));
  for (const mount of deps.channels ?? []) mount(app);
  app.use(['/api/conversations', '/api/greeting'], visitorCors, limiter);
  app.use(publicApi(deps.service, body));
  for (const router of deps.visitorRoutes ?? []) app.use(router);

  app.use(widgetRoutes(deps.widget ?? null));
  // The demo page's icon: a day's cache spares a request per page view.
  app.use(
    express.static(deps.publicDir ?? PUBLIC_DIR, {
      index: ['index.html'],
      setHeaders: (res, file) => {
        if (file.endsWith('favicon.svg')) res.setHeader('Cache-Control', 'public, max-age=86400');
      },
    }),
  );

  app.use(notFoundHandler(app));
  app.use(errors);
  return app;
}
