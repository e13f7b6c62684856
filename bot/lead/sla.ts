import type { LeadActionRecord } from './lifecycle.js';

/** What the definition asks of reps: accept a handed-off lead within `acceptMinutes`. */
export interface SlaPolicy {
  acceptMinutes: number;
}

const MINUTE = 60_000;

/**
 * When the clock of the person now holding a waiting lead started: the handoff, or the latest
 * reassignment after it (the new holder gets the whole SLA).
 */
export function slaStartedAt(handedOffAt: string, history: LeadActionRecord[]): string {
  const reassigned = history.filter((a) => a.type === 'reassigned' && a.at > handedOffAt).at(-1);
  return reassigned?.at ?? handedOffAt;
}

/**
 * A reminder to the holder at `acceptMinutes` after the clock started, an escalation at twice that,
 * then nothing: the next one due after `remindersSent` of them, or null.
 */
export function nextReminderAt(startedAt: string, remindersSent: number, sla: SlaPolicy): string | null {
  if (remindersSent >= 2) return null;
  return new Date(new Date(startedAt).getTime() + (remindersSent + 1) * sla.acceptMinutes * MINUTE).toISOString();
}

/** Which SLA step is due for a waiting lead that has had `remindersSent`: the reminder, then the escalation. */
export function dueStep(remindersSent: number): 'reminded' | 'escalated' | null {
  return remindersSent === 0 ? 'reminded' : remindersSent === 1 ? 'escalated' : null;
}
