import type { Client } from '@hubspot/api-client';
import { z } from 'zod';
import type { Clock } from '../../../bot/ports/runtime.js';
import { apiStatus, deliveryError } from './client.js';
import type { HubSpotRecords } from './record-store.js';

const AccountDetails = z.object({ portalId: z.union([z.number(), z.string()]), uiDomain: z.string().regex(/^[a-z0-9.-]+$/) });

export type AccountLinks = Pick<HubSpotRecords, 'portalId' | 'uiDomain'>;

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
 * What the sync learns of the HubSpot account once per process: the deal property is made (or
 * found) before the first deal, and the account's portal for links to its records.
 */
export function hubspotAccount(client: Client, clock: Clock) {
  let property: Promise<void> | null = null;
  let links: AccountLinks | null = null;
  return {
    /** Made once; a failure is tried again with the next delivery. */
    ensureLeadIdProperty(): Promise<void> {
      property ??= ensureLeadIdProperty(client, clock.now()).catch((error: unknown) => {
        property = null;
        throw error;
      });
      return property;
    },

    /** Which HubSpot account the token is for, for links to its records; links are a nicety, so failures pass. */
    async links(): Promise<AccountLinks> {
      if (links) return links;
      try {
        const response = await client.apiRequest({ method: 'GET', path: '/account-info/v3/details' });
        const parsed = AccountDetails.safeParse(response.ok ? await response.json() : null);
        if (parsed.success) links = { portalId: String(parsed.data.portalId), uiDomain: parsed.data.uiDomain };
      } catch {
        // no links this time
      }
      return links ?? { portalId: null, uiDomain: null };
    },
  };
}
