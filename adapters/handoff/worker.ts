import type { HandoffTransport } from '../../bot/ports/handoff.js';
import { HandoffPayload, RetryLater } from '../../bot/ports/handoff.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { OutboxStore } from '../../bot/ports/store.js';
import type { LeadLife } from '../../bot/service/lead-life.js';
import type { Logger } from '../log/logger.js';
import { type PollingLoop, pollingLoop } from './loop.js';

export interface WorkerOptions {
  outbox: OutboxStore;
  /** Where a delivered handoff hands its lead off. */
  leads: Pick<LeadLife, 'handOff'>;
  transport: HandoffTransport;
  clock: Clock;
  logger: Logger;
  /** Items claimed per tick. */
  batch?: number;
  intervalMs?: number;
  /** From this many failed attempts on, each failure is also an alert (an error line with `alert`). */
  alertAfter?: number;
}

export interface HandoffWorker extends PollingLoop {
  /** One pass: claim due handoffs and deliver each. */
  tick(): Promise<{ delivered: number; failed: number }>;
}

const BASE_DELAY_MS = 15_000;
const MAX_DELAY_MS = 60 * 60_000;

/** 15 s, 30 s, 1 min, … capped at an hour: Slack outages are retried until Slack accepts. */
export function retryDelayMs(attempts: number): number {
  return Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** Math.max(0, attempts));
}

export function createHandoffWorker(options: WorkerOptions): HandoffWorker {
  const { outbox, leads, transport, clock, logger } = options;
  const batch = options.batch ?? 10;
  const intervalMs = options.intervalMs ?? 1_000;
  const alertAfter = options.alertAfter ?? 5;
  async function tick() {
    const items = await outbox.claimDue('handoff', batch, clock.now());
    let delivered = 0;
    let failed = 0;
    for (const item of items) {
      try {
        const payload = HandoffPayload.parse(item.payload);
        const result = await transport.deliver(payload, item.id);
        // Before the row is settled: a crash in between delivers again, and a repeat hands off nothing twice.
        await leads.handOff(payload.conversationId);
        await outbox.markDelivered(item.id, result, clock.now());
        delivered++;
      } catch (error) {
        failed++;
        const message = error instanceof Error ? error.message : String(error);
        const delay = Math.max(retryDelayMs(item.attempts), error instanceof RetryLater ? error.retryAfterMs : 0);
        const next = new Date(clock.now().getTime() + delay);
        await outbox.markFailed(item.id, message.slice(0, 500), next);
        const attempts = item.attempts + 1;
        const entry = { outboxId: item.id, conversationId: item.conversationId, transport: transport.name, attempts, retryAt: next.toISOString(), error: message };
        if (attempts >= alertAfter) logger.error({ ...entry, alert: 'handoff_undelivered' }, `ALERT: handoff still undelivered after ${attempts} attempts`);
        else logger.warn(entry, 'handoff delivery failed');
      }
    }
    return { delivered, failed };
  }

  return { tick, ...pollingLoop(tick, { intervalMs, logger, name: 'handoff worker' }) };
}
