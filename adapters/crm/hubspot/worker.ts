import type { LeadEventStore } from '../../../bot/ports/lead-events.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { OutboxStore } from '../../../bot/ports/outbox.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import type { OutboxWorker } from '../../handoff/outbox-worker.js';
import { createLeadEventSinkWorker } from '../../lead-events/sink-worker.js';
import type { CompanyStore } from '../../companies/company-store.js';
import type { Logger } from '../../log/logger.js';
import { hubspotAccount } from './account.js';
import { type HubSpotClientOptions, hubspotClient } from './client.js';
import type { HubSpotRecordStore } from './record-store.js';
import { syncLead } from './sync.js';

/** The outbox kind (lead-event sink) of the HubSpot sync. */
export const HUBSPOT_SINK = 'hubspot';

export interface HubSpotWorkerOptions extends HubSpotClientOptions {
  outbox: OutboxStore;
  events: Pick<LeadEventStore, 'leadEvent'>;
  records: HubSpotRecordStore;
  /** Told of customer companies found in HubSpot, for routing rules on `company.known`. */
  companies?: Pick<CompanyStore, 'markCompanyKnown'>;
  /** The published definition's `crm.hubspot` mapping is read at each delivery: a fixed mapping applies to retries. */
  definitions: Pick<DefinitionCatalog, 'current'>;
  clock: Clock;
  logger: Logger;
  /** Kysy's own address, for the transcript link in the note. */
  publicUrl: string;
  /** Failed attempts of one event before each further failure is logged as an ALERT. */
  alertAfter?: number;
  intervalMs?: number;
}

/**
 * Delivers lead events to HubSpot from the outbox (kind `hubspot`, one row per event): each makes
 * HubSpot show the lead as it is then, remembering the records' ids per lead. A crash after HubSpot
 * answered and before the ids were kept sends the event again; the sync finds what it made.
 */
export function createHubSpotWorker(options: HubSpotWorkerOptions): OutboxWorker {
  const { outbox, events, records, definitions, clock, logger } = options;
  const client = hubspotClient(options);
  const account = hubspotAccount(client, clock);

  return createLeadEventSinkWorker({
    sink: HUBSPOT_SINK,
    outbox,
    events,
    clock,
    logger,
    batch: 10,
    intervalMs: options.intervalMs,
    lead: (leadId) => records.hubspotLead(leadId),
    async deliver(_event, lead) {
      const { definition } = await definitions.current();
      const known = await records.hubspotRecords(lead.view.id);
      const transcriptUrl = `${options.publicUrl}/admin/leads/${encodeURIComponent(lead.view.conversationIds.at(-1) ?? lead.view.id)}`;
      const result = await syncLead(client, { ...lead, definition, records: known, transcriptUrl, now: clock.now() }, () => account.ensureLeadIdProperty());
      if ('skipped' in result) return result;
      const ids = { ...result.synced, ...(result.synced.portalId ? {} : await account.links()) };
      await records.saveHubSpotRecords(lead.view.id, ids, clock.now());
      if (result.companyCustomer && result.domain) await options.companies?.markCompanyKnown(result.domain, clock.now());
      return { contactId: ids.contactId, companyId: ids.companyId, dealId: ids.dealId, noteId: ids.noteId };
    },
    failureMessage: 'hubspot sync failed',
    alert: { after: options.alertAfter ?? 5, code: 'hubspot_unsynced', message: 'HubSpot sync still failing' },
  });
}
