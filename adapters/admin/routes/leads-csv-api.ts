import { Router } from 'express';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { parseOr400 } from '../../http/errors.js';
import type { LeadInboxStore } from '../../store/lead-inbox.js';
import { inboxConditions, InboxQuery } from '../inbox-query.js';
import { leadsCsv } from '../leads-csv.js';

/** More than a spreadsheet opens comfortably; narrow the dates for more. */
export const CSV_MAX_LEADS = 50_000;

/** GET /api/admin/leads.csv: the leads of the inbox's filters, one row each, for a spreadsheet or a CRM import. */
export function leadsCsvApi(deps: { store: Pick<LeadInboxStore, 'leadViews'>; definitions: DefinitionCatalog }): Router {
  const router = Router();
  router.get('/leads.csv', async (req, res) => {
    const conditions = inboxConditions(parseOr400(InboxQuery, req.query));
    const [current, leads] = await Promise.all([deps.definitions.current(), deps.store.leadViews(conditions, CSV_MAX_LEADS)]);
    const day = new Date().toISOString().slice(0, 10);
    res
      .type('text/csv; charset=utf-8')
      .set('Content-Disposition', `attachment; filename="kysy-leads-${day}.csv"`)
      .send(leadsCsv(current.definition, leads));
  });
  return router;
}
