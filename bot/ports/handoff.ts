import { z } from 'zod';
import { Locale } from '../../qualification/definition/schema.js';
import { Decision } from '../../qualification/score/result.js';

/**
 * What the outbox holds for one handoff: enough for a transport to tell the rep who and why, and the
 * lead's id to read the rest (transcripts, answers) through the store.
 */
export const HandoffPayload = z.object({
  /** The lead's id: the id of its first conversation. */
  conversationId: z.string(),
  definitionVersion: z.number().int(),
  reason: z.enum(['sales_ready', 'visitor_asked']),
  decision: Decision,
  ownerId: z.string().nullable(),
  locale: Locale,
  fit: z.number(),
  intent: z.number(),
  total: z.number(),
  requestedAt: z.string(),
});
export type HandoffPayload = z.infer<typeof HandoffPayload>;

/** Where handoffs go (the log by default, Slack when configured). */
export interface HandoffTransport {
  readonly name: string;
  /**
   * Delivers one handoff; resolves to what should be remembered about the delivery (e.g. a Slack
   * message ts), rejects to have it retried later. Called at least once per handoff: a transport must
   * tolerate a repeat after a crash between delivery and bookkeeping.
   */
  deliver(handoff: HandoffPayload, outboxId: string): Promise<Record<string, unknown>>;
}

/** A transport's way to say "not now, and not before this": the worker waits at least `retryAfterMs`. */
export class RetryLater extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number,
  ) {
    super(message);
    this.name = 'RetryLater';
  }
}

/**
 * The other side is well and asks for a pause (Slack's 429 with Retry-After): not a failed attempt.
 * The item waits `retryAfterMs` with its attempts unchanged, and no alert is raised for it.
 */
export class RateLimited extends RetryLater {
  constructor(message: string, retryAfterMs: number) {
    super(message, retryAfterMs);
    this.name = 'RateLimited';
  }
}
