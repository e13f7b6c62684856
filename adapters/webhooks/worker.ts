import { RetryLater } from '../../bot/ports/handoff.js';
import type { LeadEventStore } from '../../bot/ports/lead-events.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { OutboxStore } from '../../bot/ports/outbox.js';
import type { OutboxWorker } from '../handoff/outbox-worker.js';
import { createLeadEventSinkWorker } from '../lead-events/sink-worker.js';
import type { Logger } from '../log/logger.js';
import { webhookBody } from './body.js';
import { SIGNATURE_HEADER, signatureHeader } from './signature.js';

/** The outbox kind (lead-event sink) of webhook deliveries. */
export const WEBHOOK_SINK = 'webhook';

export interface WebhookOptions {
  url: string;
  secret: string;
  outbox: OutboxStore;
  events: LeadEventStore;
  clock: Clock;
  logger: Logger;
  /** One attempt's budget; a receiver slower than this is retried. */
  timeoutMs?: number;
  /** Failed attempts of one event before each further failure is logged as an ALERT (as HubSpot's sync). */
  alertAfter?: number;
  intervalMs?: number;
}

/** Seconds or an HTTP date, as Retry-After may say; 0 when absent or unreadable. */
function retryAfterMs(value: string | null, now: Date): number {
  if (!value) return 0;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? 0 : Math.max(0, at - now.getTime());
}

/**
 * Delivers lead events to WEBHOOK_URL, signed, from the outbox: one row per event, retried with the
 * outbox's growing delay until the receiver answers 2xx. A crash between the receiver's 2xx and our
 * bookkeeping sends the event again, so receivers deduplicate on the event id (README).
 */
export function createWebhookWorker(options: WebhookOptions): OutboxWorker {
  const { events, clock } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  return createLeadEventSinkWorker({
    sink: WEBHOOK_SINK,
    outbox: options.outbox,
    events,
    clock,
    logger: options.logger,
    batch: 20,
    intervalMs: options.intervalMs,
    lead: (leadId) => events.leadView(leadId),
    async deliver(event, lead) {
      const raw = JSON.stringify(webhookBody(event, lead));
      const response = await fetch(options.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'Kysy-Webhooks/1', [SIGNATURE_HEADER]: signatureHeader(options.secret, raw, clock.now()) },
        body: raw,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      });
      // Drained so the connection is reused; the receiver's words are not kept (they may echo the lead).
      await response.arrayBuffer().catch(() => undefined);
      if (response.ok) return { status: response.status };
      const message = `receiver answered ${response.status}`;
      if (response.status === 429 || response.status === 503) throw new RetryLater(message, retryAfterMs(response.headers.get('retry-after'), clock.now()));
      throw new Error(message);
    },
    failureMessage: 'webhook delivery failed',
    alert: { after: options.alertAfter ?? 5, code: 'webhook_undelivered', message: 'webhook delivery still failing' },
  });
}
