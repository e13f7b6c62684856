import type { LeadChange, LeadState } from '../lead/lifecycle.js';

/** The lead in sales' hands: read it, change it under its lock, find the ones whose SLA reminder is due. */
export interface LeadStore {
  lead(leadId: string): Promise<LeadState | null>;
  /**
   * Gives the lead to `decide` and writes what that returns — status, holder, SLA bookkeeping, the
   * audit record, the lead events with their outbox rows — at once, only if nobody changed the lead
   * meanwhile (else it is decided again on the lead as they left it; `decide` is pure and may be called
   * more than once, only the last call counts). Null, with nothing written, when there is no such lead
   * or `decide` returns null: of two reps clicking at once, the second sees the first one's lead and
   * its action no longer applies.
   */
  changeLead(leadId: string, decide: (lead: LeadState) => LeadChange | null): Promise<LeadState | null>;
  /** Handed-off leads whose reminder is due (SKIP LOCKED); each is leased until `leaseUntil`. */
  claimReminders(now: Date, limit: number, leaseUntil: Date): Promise<LeadState[]>;
}
