import { z } from 'zod';
import { RELAY_KIND } from '../../bot/service/relay.js';
import type { OutboxItem, OutboxStore } from '../../bot/ports/outbox.js';
import { createOutboxWorker } from '../handoff/outbox-worker.js';
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

  return createOutboxWorker({
    kind: RELAY_KIND,
    outbox,
    clock,
    logger,
    name: 'slack relay',
    batch: 20,
    intervalMs: deps.intervalMs ?? 500,
    deliver,
    failed: (item, error) => logger.warn({ outboxId: item.id, conversationId: item.conversationId, attempts: item.attempts + 1, err: error }, 'relay to slack failed'),
  });
}
