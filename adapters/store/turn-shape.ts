/**
 * Which parts a turn's statement holds: one text (one prepared statement per connection) per shape.
 * No part and no condition of a text is one its values could settle before it runs. PostgreSQL plans
 * a prepared statement with its values five times, then plans it with them again on every call for
 * as long as those plans, with a charge for planning, average less than the plan made without values.
 * A test a value settles (`CASE WHEN $1 IS NULL`, `WHERE $1 IS NOT NULL`) made plans for some values
 * cheaper, enough to bring that average within a hair of the other plan's cost: so which plan a
 * connection kept depended on the turns it had seen, and in one run (pg_stat_statements) the turn's
 * statement, some thirty plan nodes, was planned again in 904 of 1,556 calls, 0.85 ms each, as much
 * as its execution (in another, 6 of 335). Each branch a value settles is a text of its own instead
 * (`Guard`, `company`, `keepsVerdict`): planned once per connection, by either database.
 */
export interface Shape {
  /** The turn recorded answers (its events hold them): the conversation is marked answered. */
  answers: boolean;
  events: boolean;
  /** The rare parts, each only on a turn that has rows for it (most have none): consents, review items, lead events, outbox rows. */
  consents: boolean;
  review: boolean;
  leadEvents: boolean;
  outbox: boolean;
  /** The company the lead is put in: found or created by the e-mail's domain, or by the name given; none on most turns. */
  company: 'domain' | 'name' | null;
  /** The turn's lead is another conversation's, and this one has not got far enough to change its verdict (turn-write.ts). */
  keepsVerdict: boolean;
}

/** What a turn decided outside any lock checks as it writes (see `guarded`). */
export interface Guard {
  /** The lead was read with a row of its own (its status and verdict are checked); else it must still have none. */
  lead: boolean;
  /** The turn brings a consented e-mail while its lead is open or has no row yet: whether it belongs to an older open lead. */
  joins: boolean;
}
