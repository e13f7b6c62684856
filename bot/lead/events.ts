import { z } from 'zod';
import { Decision } from '../../qualification/score/result.js';
import type { LeadActionRecord } from './lifecycle.js';

/**
 * What happened to a lead, told to whoever listens outside Kysy (signed webhooks, the CRM sync).
 * Each event is written in the same transaction as the change that caused it.
 */
export const LeadEventType = z.enum(['lead.qualified', 'lead.handed_off', 'lead.updated', 'lead.accepted', 'lead.rejected', 'lead.won', 'lead.lost']);
export type LeadEventType = z.infer<typeof LeadEventType>;

/** What the event carried: the decision it was about, the rep who acted (a Slack user id), the outcome. */
export const LeadEventData = z.object({
  decision: Decision.optional(),
  by: z.string().optional(),
  reason: z.string().optional(),
  amount: z.number().optional(),
  currency: z.string().optional(),
  note: z.string().optional(),
  /** `lead.updated`: the later conversation of the same person that joined the lead. */
  conversationId: z.string().optional(),
});
export type LeadEventData = z.infer<typeof LeadEventData>;

export const LeadEvent = z.object({
  id: z.uuid(),
  type: LeadEventType,
  leadId: z.string(),
  createdAt: z.iso.datetime(),
  data: LeadEventData,
});
export type LeadEvent = z.infer<typeof LeadEvent>;

/** An event as the core decides it; the store gives it its id, lead and time when it writes it. */
export type LeadEventDraft = Pick<LeadEvent, 'type' | 'data'>;

export const QUALIFIED: Decision[] = ['sales_ready', 'nurture'];

/**
 * `lead.qualified` when the lead's decision first becomes sales_ready or nurture, and again whenever
 * it changes between them. `qualifiedAs` is the decision the last such event carried.
 */
export function qualificationEvents(qualifiedAs: Decision | null, decision: Decision): LeadEventDraft[] {
  return QUALIFIED.includes(decision) && decision !== qualifiedAs ? [{ type: 'lead.qualified', data: { decision } }] : [];
}

/** The decision a lead's qualification events now say, after `events`. */
export function qualifiedAfter(qualifiedAs: Decision | null, events: LeadEventDraft[]): Decision | null {
  return events.reduce((as, e) => (e.type === 'lead.qualified' && e.data.decision ? e.data.decision : as), qualifiedAs);
}

const OUTCOMES = { accepted: 'lead.accepted', rejected: 'lead.rejected', won: 'lead.won', lost: 'lead.lost' } as const;

/** A rep's decision on a lead is an event; reassignments and reminders are not. */
export function actionEvents(action: LeadActionRecord): LeadEventDraft[] {
  if (!(action.type in OUTCOMES) || action.by === null) return [];
  const type = OUTCOMES[action.type as keyof typeof OUTCOMES];
  const { reason, amount, currency, note } = action.detail;
  const data: LeadEventData = { by: action.by };
  if (typeof reason === 'string') data.reason = reason;
  if (typeof amount === 'number') data.amount = amount;
  if (typeof currency === 'string') data.currency = currency;
  if (typeof note === 'string') data.note = note;
  return [{ type, data }];
}
