import type { LeadEvent } from '../lead/events.js';
import type { LeadView } from '../lead/view.js';

/**
 * Reading lead events and the lead they are about, for the deliveries that carry them out of Kysy
 * (webhooks, the CRM sync). Each event reaches a delivery as an outbox row of the sink's kind with
 * payload `{eventId}`; the lead is read when it is delivered.
 */
export interface LeadEventStore {
  leadEvent(eventId: string): Promise<LeadEvent | null>;
  /** The lead as it is now; null when there is no such lead (or it was erased). */
  leadView(leadId: string): Promise<LeadView | null>;
}
