import type { HandoffTransport } from '../../bot/ports/handoff.js';
import { ownerOf } from '../../bot/lead/owner.js';
import type { CardDeps } from './cards.js';
import { renderCard } from './cards.js';
import type { SlackApi } from './slack-api.js';

/**
 * Delivers a handoff as a card to the owner. Exactly one card per lead: the lead's conversation id is
 * the idempotency key, kept in the card's message metadata. Before posting, the lead notes that a post
 * is starting; a repeat that finds that note (a crash between Slack's answer and our commit) looks the
 * card up in the channel by its metadata instead of posting again.
 */
export function slackTransport(deps: CardDeps & { api: SlackApi }): HandoffTransport {
  const { api, store } = deps;
  return {
    name: 'slack',
    async deliver(handoff) {
      // Drawn before the card is known to be needed: a repeat of a delivered handoff is rare, and
      // reading the lead and its detail at once waits the database once instead of twice.
      const rendered = await renderCard(deps, handoff.conversationId, handoff.requestedAt);
      const known = rendered.record;
      if (known?.card) return { channel: known.card.channel, ts: known.card.ts, already: true };

      const owner = ownerOf(rendered.definition, handoff.ownerId);
      const channel = await api.target(owner);
      // Only an attempt that may already have posted (it got as far as saying so) pays for the lookup.
      const found = known?.posting === channel ? await api.findPosted(channel, handoff.conversationId, new Date(handoff.requestedAt)) : null;
      if (!found) await store.startPosting(handoff.conversationId, channel);
      const card = found ?? (await api.postCard(channel, handoff.conversationId, rendered.card, { conversation_id: handoff.conversationId }));
      await store.recordCard(handoff.conversationId, card);
      return { channel: card.channel, ts: card.ts, found: found !== null };
    },
  };
}
