import { readFileSync } from 'node:fs';
import { Router } from 'express';
import { apiDocument } from './document.js';

const { version } = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };

/** GET /openapi.json: generated once, on first request, from the routes' zod schemas. */
export function openApiRoute(): Router {
  let document: string | undefined;
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    document ??= JSON.stringify(apiDocument(version));
    res.set('Cache-Control', 'public, max-age=300');
    res.type('application/json').send(document);
  });
  return router;
}
