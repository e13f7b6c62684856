import type { Client } from '@hubspot/api-client';
import { z } from 'zod';
import type { LeadEventStore } from '../../../bot/ports/lead-events.js';
import type { Clock } from '../../../bot/ports/runtime.js';
import type { OutboxStore } from '../../../bot/ports/store.js';
import type { DefinitionCatalog } from '../../../bot/service/definition-catalog.js';
import { createOutboxWorker, type OutboxWorker } from '../../handoff/outbox-worker.js';
import type { CompanyStore } from '../../companies/company-store.js';
import type { Logger } from '../../log/logger.js';
import { apiStatus, deliveryError, type HubSpotClientOptions, hubspotClient } from './client.js';
import type { HubSpotRecords, HubSpotRecordStore } from './record-store.js';
import { syncLead } from './sync.js';

/** The outbox kind (lead-event sink) of the HubSpot sync. */
export const HUBSPOT_SINK = 'hubspot';

const Payload = z.object({ eventId: z.string() });
const AccountDetails = z.object({ portalId: z.union([z.number(), z.string()]), uiDomain: z.string().regex(/^[a-z0-9.-]+$/) });

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

/** The deal property that makes a deal findable by its lead: unique, so HubSpot refuses a second deal (409). */
async function ensureLeadIdProperty(client: Client, now: Date): Promise<void> {
  try {
    await client.crm.properties.coreApi.getByName('deals', 'kysy_lead_id');
    return;
  } catch (error) {
    if (apiStatus(error) !== 404) throw deliveryError(error, 'deal property read', now);
  }
  try {
    await client.crm.properties.coreApi.create('deals', {
      name: 'kysy_lead_id',
      label: 'Kysy lead id',
      description: 'The Kysy lead this deal was made for; Kysy finds the deal by it.',
      groupName: 'dealinformation',
      type: 'string' as never,
      fieldType: 'text' as never,
      hasUniqueValue: true,
    });
  } catch (error) {
    // Another instance made it first.
    if (apiStatus(error) !== 409) throw deliveryError(error, 'deal property create', now);
  }
}

/**
 * Delivers lead events to HubSpot from the outbox (kind `hubspot`, one row per event): each makes
 * HubSpot show the lead as it is then, remembering the records' ids per lead. A crash after HubSpot
 * answered and before the ids were kept sends the event again; the sync finds what it made.
 */
export function createHubSpotWorker(options: HubSpotWorkerOptions): OutboxWorker {
  const { outbox, events, records, definitions, clock, logger } = options;
  const client = hubspotClient(options);
  const alertAfter = options.alertAfter ?? 5;
  let property: Promise<void> | null = null;
  let account: Pick<HubSpotRecords, 'portalId' | 'uiDomain'> | null = null;

  const ensureProperty = () => {
    property ??= ensureLeadIdProperty(client, clock.now()).catch((error: unknown) => {
      property = null;
      throw error;
    });
    return property;
  };

  /** Which HubSpot account the token is for, for links to its records; links are a nicety, so failures pass. */
  async function accountDetails(): Promise<Pick<HubSpotRecords, 'portalId' | 'uiDomain'>> {
    if (account) return account;
    try {
      const response = await client.apiRequest({ method: 'GET', path: '/account-info/v3/details' });
      const parsed = AccountDetails.safeParse(response.ok ? await response.json() : null);
      if (parsed.success) account = { portalId: String(parsed.data.portalId), uiDomain: parsed.data.uiDomain };
    } catch {
      // no links this time
    }
    return account ?? { portalId: null, uiDomain: null };
  }

  return createOutboxWorker({
    kind: HUBSPOT_SINK,
    outbox,
    clock,
    logger,
    name: 'hubspot worker',
    batch: 10,
    intervalMs: options.intervalMs ?? 1_000,
    async deliver(item) {
      const { eventId } = Payload.parse(item.payload);
      const event = await events.leadEvent(eventId);
      const lead = event && (await records.hubspotLead(event.leadId));
      // Erased with its lead (retention, GDPR): there is nothing left to tell.
      if (!event || !lead) return { skipped: 'lead erased' };
      const { definition } = await definitions.current();
      const known = await records.hubspotRecords(lead.view.id);
      const transcriptUrl = `${options.publicUrl}/admin/leads/${encodeURIComponent(lead.view.conversationIds.at(-1) ?? lead.view.id)}`;
      const result = await syncLead(client, { ...lead, definition, records: known, transcriptUrl, now: clock.now() }, ensureProperty);
      if ('skipped' in result) return result;
      const ids = { ...result.synced, ...(result.synced.portalId ? {} : await accountDetails()) };
      await records.saveHubSpotRecords(lead.view.id, ids, clock.now());
      if (result.companyCustomer && result.domain) await options.companies?.markCompanyKnown(result.domain, clock.now());
      return { contactId: ids.contactId, companyId: ids.companyId, dealId: ids.dealId, noteId: ids.noteId };
    },
    failed(item, error, retryAt) {
      const attempts = item.attempts + 1;
      const entry = { outboxId: item.id, leadId: item.conversationId, attempts, retryAt: retryAt.toISOString(), reason: error instanceof Error ? error.message : 'failed' };
      if (attempts >= alertAfter) logger.error({ ...entry, alert: 'hubspot_unsynced' }, `ALERT: HubSpot sync still failing after ${attempts} attempts`);
      else logger.warn(entry, 'hubspot sync failed');
    },
  });
}
