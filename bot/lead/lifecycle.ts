import type { Decision } from '../../qualification/score/result.js';
import { actionEvents, type LeadEventDraft } from './events.js';
import { nextReminderAt, type SlaPolicy, slaStartedAt, dueStep } from './sla.js';
import type { LeadStatus } from './status.js';

/**
 * The lead's life in sales' hands, as one pure function: an action by a rep or by Kysy, applied to
 * the lead as it is, gives the lead as it becomes, what the audit trail keeps and the lead events —
 * or nothing, when the action does not apply to the lead as it is (a second Accept, a late Won).
 * Slack, the admin and the workers call it and only render what it returns; the store applies it
 * under a lock on the lead, so of two reps clicking at once one changes it.
 */

/** Something a rep (a chat user id in `by`) or Kysy does to a lead. */
export type LeadAction =
  /** Kysy: the handoff was delivered; `to` is the owner's chat user, who holds the lead until someone acts. */
  | { type: 'handed_off'; to: string | null }
  | { type: 'accepted'; by: string }
  | { type: 'rejected'; by: string; reason: string; note?: string }
  | { type: 'reassigned'; by: string; to: string }
  | { type: 'won'; by: string; amount: number; currency: string; note?: string }
  | { type: 'lost'; by: string; reason: string; note?: string }
  /** Kysy, by the SLA: the holder was reminded, then the lead escalated. */
  | { type: 'reminded' }
  | { type: 'escalated' };

/** What the audit trail keeps of an action: the card's history and the admin's timeline show it. */
export interface LeadActionRecord {
  type: Exclude<LeadAction['type'], 'handed_off'>;
  /** The person who acted; null when Kysy did (reminders). */
  by: string | null;
  at: string;
  detail: Record<string, string | number>;
}

export interface LeadState {
  id: string;
  status: LeadStatus;
  decision: Decision;
  ownerId: string | null;
  /** The chat user holding the lead: the owner's, then whoever accepted it or got it reassigned. */
  assignee: string | null;
  handedOffAt: string | null;
  remindersSent: number;
  definitionVersion: number;
  /** Oldest first. */
  actions: LeadActionRecord[];
}

export interface LeadChange {
  lead: Pick<LeadState, 'status' | 'assignee' | 'handedOffAt' | 'remindersSent'> & { nextReminderAt: string | null };
  /** Null for the handoff itself: its delivery is its record. */
  record: LeadActionRecord | null;
  events: LeadEventDraft[];
}

const FROM: Record<LeadAction['type'], LeadStatus[]> = {
  handed_off: ['open'],
  accepted: ['open', 'handed_off'],
  rejected: ['open', 'handed_off'],
  reassigned: ['open', 'handed_off', 'accepted'],
  won: ['accepted'],
  lost: ['accepted'],
  reminded: ['handed_off'],
  escalated: ['handed_off'],
};

/** What an action records beside its type and who did it. */
function detailOf(action: LeadAction, waited: number): LeadActionRecord['detail'] {
  const note: Record<string, string> = 'note' in action && action.note ? { note: action.note } : {};
  switch (action.type) {
    case 'rejected':
    case 'lost':
      return { reason: action.reason, ...note };
    case 'won':
      return { amount: action.amount, currency: action.currency, ...note };
    case 'reassigned':
      return { to: action.to };
    case 'reminded':
    case 'escalated':
      return { waited };
    default:
      return {};
  }
}

export function applyLeadAction(lead: LeadState, action: LeadAction, at: string, sla: SlaPolicy): LeadChange | null {
  if (!FROM[action.type].includes(lead.status)) return null;
  const kept = { status: lead.status, assignee: lead.assignee, handedOffAt: lead.handedOffAt, remindersSent: lead.remindersSent, nextReminderAt: null };

  if (action.type === 'handed_off') {
    const handedOffAt = lead.handedOffAt ?? at;
    return {
      lead: { status: 'handed_off', assignee: lead.assignee ?? action.to, handedOffAt, remindersSent: 0, nextReminderAt: nextReminderAt(handedOffAt, 0, sla) },
      record: null,
      events: [{ type: 'lead.handed_off', data: { decision: lead.decision } }],
    };
  }
  if ((action.type === 'reminded' || action.type === 'escalated') && dueStep(lead.remindersSent) !== action.type) return null;
  if (action.type === 'reassigned' && action.to === lead.assignee) return null;

  const startedAt = lead.handedOffAt ?? at;
  const waited = Math.round((new Date(at).getTime() - new Date(startedAt).getTime()) / 60_000);
  const record: LeadActionRecord = { type: action.type, by: 'by' in action ? action.by : null, at, detail: detailOf(action, waited) };
  const events = actionEvents(record);
  switch (action.type) {
    case 'accepted':
      return { lead: { ...kept, status: 'accepted', assignee: action.by }, record, events };
    case 'rejected':
    case 'won':
    case 'lost':
      return { lead: { ...kept, status: action.type }, record, events };
    case 'reassigned': {
      // A waiting lead's SLA starts again for the person it goes to.
      const waiting = lead.status === 'handed_off';
      const next = waiting ? nextReminderAt(at, 0, sla) : null;
      return { lead: { ...kept, assignee: action.to, remindersSent: waiting ? 0 : lead.remindersSent, nextReminderAt: next }, record, events };
    }
    case 'reminded':
    case 'escalated': {
      const sent = lead.remindersSent + 1;
      const next = nextReminderAt(slaStartedAt(startedAt, lead.actions), sent, sla);
      return { lead: { ...kept, remindersSent: sent, nextReminderAt: next }, record, events };
    }
  }
}
