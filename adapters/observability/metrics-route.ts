import express, { type Express, Router } from 'express';
import { constantTimeEqual } from '../http/constant-time.js';
import { errorHandler, HttpError, notFoundHandler } from '../http/errors.js';
import type { Logger } from '../log/logger.js';
import { registry } from './metrics.js';

/**
 * GET /metrics in the Prometheus text format. With a token (METRICS_TOKEN on the public port) only
 * `Authorization: Bearer <token>` is answered; without one (the separate METRICS_PORT listener,
 * reachable only where the operator binds it) it is open.
 */
export function metricsRoute(token: string | null): Router {
  const router = Router();
  router.get('/metrics', async (req, res) => {
    if (token !== null) {
      const given = /^Bearer (.+)$/i.exec(req.get('authorization') ?? '')?.[1] ?? '';
      if (!constantTimeEqual(given, token)) {
        res.set('WWW-Authenticate', 'Bearer realm="kysy-metrics"');
        throw new HttpError('unauthorized', 'Send Authorization: Bearer <METRICS_TOKEN>.');
      }
    }
    res.set('Content-Type', registry.contentType);
    res.set('Cache-Control', 'no-store');
    res.send(await registry.metrics());
  });
  return router;
}

/** The metrics listener of its own (METRICS_PORT): /metrics without a token, nothing else. */
export function metricsApp(logger: Logger): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(metricsRoute(null));
  app.use(notFoundHandler(app));
  app.use(errorHandler(logger));
  return app;
}
