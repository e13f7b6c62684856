/**
 * Retention: what a visitor left without consenting is not kept for ever. Sales' leads (handed off,
 * accepted, won, lost) and everything of a visitor who ever granted consent stay.
 */
export interface RetentionStore {
  /**
   * Deletes up to `limit` conversations (with their messages, answers, consents, audit events and
   * outbox rows) last active before `before`, claimed with SKIP LOCKED so purgers running at once take
   * disjoint rows; returns how many it deleted.
   */
  purgeExpired(before: Date, limit: number): Promise<number>;
}
