import type { LeadChange, LeadState } from '../lead/lifecycle.js';

/** An outbox item whose delivery a lead change completes (the handoff): settled in the change's own write. */
export interface Settling {
  outboxId: string;
  /** What is remembered of the delivery (as OutboxStore.markDelivered keeps it). */
  result: Record<string, unknown>;
}

/** The lead in sales' hands: read it, change it as it is (or not at all), find the ones whose SLA reminder is due. */
export interface LeadStore {
  lead(leadId: string): Promise<LeadState | null>;
  /**
   * Gives the lead to `decide` and writes what that returns — status, holder, SLA bookkeeping, the
   * audit record, the lead events with their outbox rows — at once, only if nobody changed the lead
   * meanwhile (else it is decided again on the lead as they left it; `decide` is pure and may be called
   * more than once, only the last call counts). Null, with nothing written, when there is no such lead
   * or `decide` returns null: of two reps clicking at once, the second sees the first one's lead and
   * its action no longer applies. A `decide` that throws writes nothing. With `settling`, that outbox item is marked delivered in the same
   * write — or alone when nothing changes — so a delivery is never settled without its lead change.
   */
  changeLead(leadId: string, decide: (lead: LeadState) => LeadChange | null, settling?: Settling): Promise<LeadState | null>;
  /** Handed-off leads whose reminder is due (SKIP LOCKED); each is leased until `leaseUntil`. */
  claimReminders(now: Date, limit: number, leaseUntil: Date): Promise<LeadState[]>;
}
