import { Router } from 'express';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import { parseOr400 } from '../../http/errors.js';
import type { FunnelStore } from '../../store/funnel.js';
import type { OutcomeStore } from '../../store/outcomes.js';
import { OutcomeQuery, outcomeReport, roiReport } from '../outcome-report.js';

/**
 * GET /api/admin/outcomes: the dashboard's figures as JSON, for a BI tool or a script, with the
 * page's filters (/admin/outcomes takes the same query) and computed by the same code.
 */
export function outcomesApi(deps: { store: FunnelStore & OutcomeStore; definitions: DefinitionCatalog; clock: Clock }): Router {
  const router = Router();
  router.get('/outcomes', async (req, res) => {
    const query = parseOr400(OutcomeQuery, req.query);
    const report = await outcomeReport(deps.store, deps.definitions, query, deps.clock.now());
    res.json({ ...report, roi: await roiReport(deps.store) });
  });
  return router;
}
