import { Router } from 'express';
import { HttpError, sendError } from '../errors.js';

/** Liveness answers while the process runs; readiness only while the database answers. */
export function healthRoutes(ready: () => Promise<boolean | void>): Router {
  const router = Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const isReady = await ready().then(
      (answer) => answer !== false,
      () => false,
    );
    if (isReady) res.json({ status: 'ready' });
    else sendError(res, new HttpError('not_ready', 'The database is not reachable.'));
  });
  return router;
}
