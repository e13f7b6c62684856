import { z } from 'zod';
import type { LeadEvent } from '../../bot/lead/events.js';
import type { LeadEventStore } from '../../bot/ports/lead-events.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { OutboxStore } from '../../bot/ports/outbox.js';
import { createOutboxWorker, type OutboxWorker } from '../handoff/outbox-worker.js';
import type { Logger } from '../log/logger.js';

/** What the store writes for each lead event and sink (adapters/store/lead-events.ts). */
const Payload = z.object({ eventId: z.string() });

export interface LeadEventSinkOptions<Lead> {
  /** The sink's name, which is also the kind of its outbox rows. */
  sink: string;
  outbox: OutboxStore;
  events: Pick<LeadEventStore, 'leadEvent'>;
  clock: Clock;
  logger: Logger;
  /** Items claimed per pass. */
  batch: number;
  intervalMs?: number;
  /** The lead as the sink shows it, read at delivery so a retry carries the lead as it is then; null once erased. */
  lead(leadId: string): Promise<Lead | null>;
  /** Carries one event out; resolves to what is remembered about the delivery, rejects to retry it later. */
  deliver(event: LeadEvent, lead: Lead): Promise<Record<string, unknown>>;
  /** The warning logged for each failed attempt. */
  failureMessage: string;
  /** From `after` failed attempts of one event on, each failure is an error line `ALERT: <message> after N attempts` with `alert: code`. */
  alert?: { after: number; code: string; message: string };
}

/**
 * The delivery loop of a lead-event sink (webhooks, a CRM): one outbox row per event, retried with
 * the outbox's growing delay. An event whose lead was erased meanwhile (retention, GDPR) is settled
 * as skipped: there is nothing left to tell. Failures are logged with ids and the reason only —
 * never the lead, whose details may be a visitor's words.
 */
export function createLeadEventSinkWorker<Lead>(options: LeadEventSinkOptions<Lead>): OutboxWorker {
  const { events, logger, alert } = options;
  return createOutboxWorker({
    kind: options.sink,
    outbox: options.outbox,
    clock: options.clock,
    logger,
    name: `${options.sink} worker`,
    batch: options.batch,
    intervalMs: options.intervalMs ?? 1_000,
    async deliver(item) {
      const { eventId } = Payload.parse(item.payload);
      const event = await events.leadEvent(eventId);
      const lead = event && (await options.lead(event.leadId));
      if (!event || !lead) return { skipped: 'lead erased' };
      return options.deliver(event, lead);
    },
    failed(item, error, retryAt) {
      const attempts = item.attempts + 1;
      const entry = { outboxId: item.id, leadId: item.conversationId, attempts, retryAt: retryAt.toISOString(), reason: error instanceof Error ? error.message : 'failed' };
      if (alert && attempts >= alert.after) logger.error({ ...entry, alert: alert.code }, `ALERT: ${alert.message} after ${attempts} attempts`);
      else logger.warn(entry, options.failureMessage);
    },
  });
}
