import { z } from 'zod';
import { RetryLater } from '../../bot/ports/handoff.js';
import { RELAY_KIND } from '../../bot/service/relay.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { HandoffStore, OutboxStore } from '../../bot/ports/store.js';
import { retryDelayMs } from '../handoff/worker.js';
import { pollingLoop } from '../handoff/loop.js';
import type { Logger } from '../log/logger.js';
import { visitorText } from './mrkdwn.js';
import type { SlackApi } from './slack-api.js';


const RelayPayload = z.object({ conversationId: z.string(), text: z.string() });

export interface RelayDeps {
  outbox: OutboxStore;
  store: Pick<HandoffStore, 'handoff'>;
  api: SlackApi;
  clock: Clock;
  logger: Logger;
  intervalMs?: number;
}

/** Carries the visitor's messages into the card's thread, in order, each once (keyed by outbox id). */
export function createRelayWorker(deps: RelayDeps) {
  const { outbox, store, api, clock, logger } = deps;

  async function tick(): Promise<{ delivered: number; failed: number }> {
    const items = await outbox.claimDue(RELAY_KIND, 20, clock.now());
    let delivered = 0;
    let failed = 0;
    for (const item of items) {
      try {
        const { conversationId, text } = RelayPayload.parse(item.payload);
        const lead = await store.handoff(conversationId);
        if (!lead?.card) throw new Error('the lead has no card yet');
        await api.reply(lead.card, `:speech_balloon: *Visitor:* ${visitorText(text, 3500)}`, item.id);
        await outbox.markDelivered(item.id, { channel: lead.card.channel, thread: lead.card.ts }, clock.now());
        delivered += 1;
      } catch (error) {
        failed += 1;
        const delay = Math.max(retryDelayMs(item.attempts), error instanceof RetryLater ? error.retryAfterMs : 0);
        const message = error instanceof Error ? error.message : String(error);
        await outbox.markFailed(item.id, message.slice(0, 500), new Date(clock.now().getTime() + delay));
        logger.warn({ outboxId: item.id, conversationId: item.conversationId, attempts: item.attempts + 1, error: message }, 'relay to slack failed');
      }
    }
    return { delivered, failed };
  }

  return { tick, ...pollingLoop(tick, { intervalMs: deps.intervalMs ?? 500, logger, name: 'slack relay' }) };
}
