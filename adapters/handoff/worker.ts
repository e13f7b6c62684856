import type { HandoffTransport } from '../../bot/ports/handoff.js';
import { HandoffPayload } from '../../bot/ports/handoff.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { OutboxStore } from '../../bot/ports/outbox.js';
import type { LeadLife } from '../../bot/service/lead-life.js';
import type { Logger } from '../log/logger.js';
import { metrics } from '../observability/metrics.js';
import { createOutboxWorker, type OutboxWorker } from './outbox-worker.js';

export { retryDelayMs } from './outbox-worker.js';

export interface WorkerOptions {
  outbox: OutboxStore;
  /** Where a delivered handoff hands its lead off, settling its outbox item in the same write. */
  leads: Pick<LeadLife, 'handOff'>;
  transport: HandoffTransport;
  clock: Clock;
  logger: Logger;
  /** Items claimed per tick. */
  batch?: number;
  intervalMs?: number;
  /** Woken claims are at least this far apart (100 ms): a lone handoff is claimed at once, a steady stream a few per claim. */
  gatherMs?: number;
  /** From this many failed attempts on, each failure is also an alert (an error line with `alert`). */
  alertAfter?: number;
}

export type HandoffWorker = OutboxWorker;

/** Delivers handoffs through the transport; from the ninth failure in a row (about four minutes) each is an alert. */
export function createHandoffWorker(options: WorkerOptions): HandoffWorker {
  const { transport, leads, clock, logger } = options;
  const alertAfter = options.alertAfter ?? 9;
  return createOutboxWorker({
    kind: 'handoff',
    outbox: options.outbox,
    clock,
    logger,
    name: 'handoff worker',
    batch: options.batch ?? 10,
    // Each lead has one handoff and its own card: a claim's go out together.
    concurrency: options.batch ?? 10,
    intervalMs: options.intervalMs ?? 1_000,
    gatherMs: options.gatherMs ?? 100,
    settlesItself: true,
    async deliver(item) {
      const payload = HandoffPayload.parse(item.payload);
      const result = await transport.deliver(payload, item.id);
      // The lead is handed off and the item settled in one write: a crash before it delivers again (the
      // transport tolerates a repeat), and a repeat hands off nothing twice but still settles the item.
      await leads.handOff(payload.conversationId, { outboxId: item.id, result });
      metrics.handoffs.inc({ state: 'delivered' });
      return result;
    },
    failed(item, error, retryAt) {
      metrics.handoffs.inc({ state: 'failed' });
      const attempts = item.attempts + 1;
      const entry = { outboxId: item.id, conversationId: item.conversationId, transport: transport.name, attempts, retryAt: retryAt.toISOString(), err: error };
      if (attempts >= alertAfter) logger.error({ ...entry, alert: 'handoff_undelivered' }, `ALERT: handoff still undelivered after ${attempts} attempts`);
      else logger.warn(entry, 'handoff delivery failed');
    },
  });
}
