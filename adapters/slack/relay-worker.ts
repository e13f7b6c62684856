import { z } from 'zod';
import { RetryLater } from '../../bot/ports/handoff.js';
import { RELAY_KIND } from '../../bot/service/relay.js';
import type { OutboxItem, OutboxStore } from '../../bot/ports/store.js';
import { retryDelayMs } from '../handoff/worker.js';
import { pollingLoop } from '../handoff/loop.js';
import type { Logger } from '../log/logger.js';
import { type CardDeps, renderCard } from './cards.js';
import { visitorText } from './mrkdwn.js';
import type { SlackApi } from './slack-api.js';

const RelayPayload = z.union([
  z.object({ conversationId: z.string(), text: z.string() }),
  z.object({ conversationId: z.string(), redraw: z.literal('card') }),
]);

export interface RelayDeps extends CardDeps {
  outbox: OutboxStore;
  api: SlackApi;
  logger: Logger;
  intervalMs?: number;
}

/**
 * Carries what the visitor does after the handoff to Slack, each item once (keyed by outbox id): their
 * messages into the card's thread, in order, and their new answers onto the card, redrawn in place
 * from the store (a repeat redraws the same lead, so a retry cannot show anything stale or twice).
 */
export function createRelayWorker(deps: RelayDeps) {
  const { outbox, store, api, clock, logger } = deps;

  async function deliver(item: OutboxItem): Promise<Record<string, unknown>> {
    const payload = RelayPayload.parse(item.payload);
    if ('redraw' in payload) {
      const { card, record } = await renderCard(deps, payload.conversationId);
      if (!record?.card) throw new Error('the lead has no card yet');
      await api.updateCard(record.card, card);
      return { channel: record.card.channel, ts: record.card.ts, redrawn: true };
    }
    const lead = await store.cardedLead(payload.conversationId);
    if (!lead?.card) throw new Error('the lead has no card yet');
    await api.reply(lead.card, `:speech_balloon: *Visitor:* ${visitorText(payload.text, 3500)}`, item.id);
    return { channel: lead.card.channel, thread: lead.card.ts };
  }

  async function tick(): Promise<{ delivered: number; failed: number }> {
    const items = await outbox.claimDue(RELAY_KIND, 20, clock.now());
    let delivered = 0;
    let failed = 0;
    for (const item of items) {
      try {
        await outbox.markDelivered(item.id, await deliver(item), clock.now());
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
