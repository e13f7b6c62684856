export interface OutboxItem {
  id: string;
  kind: 'handoff' | string;
  conversationId: string;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: string;
}

export interface OutboxStore {
  /**
   * Leases up to `limit` due items of `kind` (FOR UPDATE SKIP LOCKED): other claimers skip them until
   * the lease ends, so a crashed worker's items come due again. Settle each with markDelivered or markFailed.
   */
  claimDue(kind: string, limit: number, now: Date): Promise<OutboxItem[]>;
  markDelivered(id: string, result: Record<string, unknown>, now: Date): Promise<void>;
  /** Counts a failed attempt, keeps the error and makes the item due again at `nextAttemptAt`. */
  markFailed(id: string, error: string, nextAttemptAt: Date): Promise<void>;
  /** Hands claimed items back undelivered and unattempted (a worker stopping, a rate limit): due again at `dueAt`. */
  release(ids: string[], dueAt: Date): Promise<void>;
}
