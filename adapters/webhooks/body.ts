import type { LeadEvent } from '../../bot/lead/events.js';
import type { LeadView } from '../../bot/lead/view.js';

/** What a receiver gets: the event and the lead as it is at delivery. */
export interface WebhookBody {
  id: string;
  type: LeadEvent['type'];
  createdAt: string;
  lead: LeadView;
}

export function webhookBody(event: LeadEvent, lead: LeadView): WebhookBody {
  return { id: event.id, type: event.type, createdAt: event.createdAt, lead };
}
