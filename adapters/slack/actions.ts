import type { App, BlockAction, ButtonAction, UsersSelectAction } from '@slack/bolt';
import type { LeadAction } from '../../bot/lead/lifecycle.js';
import type { LeadLife } from '../../bot/service/lead-life.js';
import type { Logger } from '../log/logger.js';
import { ACTIONS } from './card.js';
import type { CardedLead, CardRef } from './card-store.js';
import { type CardDeps, renderCard } from './cards.js';
import { lostModal, readSubmission, rejectModal, VIEWS, wonModal } from './modals.js';
import { call, type SlackApi } from './slack-api.js';

/**
 * What reps do on the card. Each click becomes a lead action that the lead's lifecycle applies (or
 * refuses: two reps clicking Accept at once, one wins and the card shows who); this only renders it.
 */

export interface ActionDeps extends CardDeps {
  api: SlackApi;
  logger: Logger;
  life: Pick<LeadLife, 'act'>;
}

export function registerActions(app: App, deps: ActionDeps): void {
  const { store, api, life, logger } = deps;

  /** The lead a click came from: by the card it was clicked on, or by the id the button carries. */
  async function leadOf(container: CardRef, leadId?: string): Promise<CardedLead | null> {
    return (await store.leadByCard(container)) ?? (leadId ? await store.cardedLead(leadId) : null);
  }

  async function redraw(leadId: string): Promise<void> {
    const { card, record } = await renderCard(deps, leadId);
    if (record?.card) await api.updateCard(record.card, card);
  }

  async function act(leadId: string, action: LeadAction) {
    const done = await life.act(leadId, action);
    if (!done) logger.info({ conversationId: leadId, action: action.type }, 'slack action ignored: the lead has moved on');
    await redraw(leadId);
    return done;
  }

  const cardOf = (body: BlockAction): CardRef | null =>
    body.container?.channel_id && body.container?.message_ts ? { channel: body.container.channel_id, ts: body.container.message_ts } : null;

  app.action<BlockAction<ButtonAction>>(ACTIONS.accept, async ({ ack, body, action }) => {
    await ack();
    const card = cardOf(body);
    const lead = card && (await leadOf(card, action.value));
    if (!lead) return;
    await act(lead.id, { type: 'accepted', by: body.user.id });
  });

  const modalFor = (open: typeof rejectModal) => async ({ ack, body, action, client }: { ack: () => Promise<void>; body: BlockAction; action: ButtonAction; client: App['client'] }) => {
    await ack();
    const card = cardOf(body);
    const lead = card && (await leadOf(card, action.value));
    if (!lead?.card) return;
    const view = open(lead.id, lead.card);
    await call('views.open', () => client.views.open({ trigger_id: body.trigger_id, view }));
  };
  app.action<BlockAction<ButtonAction>>(ACTIONS.reject, modalFor(rejectModal));
  app.action<BlockAction<ButtonAction>>(ACTIONS.won, modalFor(wonModal));
  app.action<BlockAction<ButtonAction>>(ACTIONS.lost, modalFor(lostModal));

  app.action<BlockAction<UsersSelectAction>>(ACTIONS.reassign, async ({ ack, body, action }) => {
    await ack();
    const card = cardOf(body);
    const lead = card && (await leadOf(card));
    if (!lead?.card || !/^[UW][A-Z0-9]+$/.test(action.selected_user)) return;
    const to = action.selected_user;
    const done = await life.act(lead.id, { type: 'reassigned', by: body.user.id, to });
    if (!done) return;
    await moveCard(lead.id, lead.card, to, body.user.id);
  });

  /** A card in someone's DM moves to the new person's DM; in a channel it stays and @mentions them. */
  async function moveCard(leadId: string, from: CardRef, to: string, by: string): Promise<void> {
    if (!from.channel.startsWith('D')) return redraw(leadId);
    const { card } = await renderCard(deps, leadId);
    const channel = await api.target({ slackUser: to });
    const moved = await api.postCard(channel, leadId, card, { conversation_id: leadId });
    await store.recordCard(leadId, moved);
    await api.updateCard(from, {
      text: 'This lead was reassigned',
      blocks: [{ type: 'section', text: { type: 'mrkdwn', text: `:arrows_counterclockwise: Reassigned to <@${to}> by <@${by}>. The card is with them now.` } }],
    });
  }

  for (const callbackId of [VIEWS.reject, VIEWS.won, VIEWS.lost]) {
    app.view(callbackId, async ({ ack, body, view }) => {
      const read = readSubmission(callbackId, view.private_metadata, view.state.values);
      if (!read.ok) {
        await ack({ response_action: 'errors', errors: read.errors });
        return;
      }
      await ack();
      const { conversationId } = read.meta;
      const by = body.user.id;
      const note = read.note ? { note: read.note } : {};
      if (callbackId === VIEWS.reject) await act(conversationId, { type: 'rejected', by, reason: read.reason, ...note });
      else if (callbackId === VIEWS.won) await act(conversationId, { type: 'won', by, amount: read.amount ?? 0, currency: read.currency ?? '', ...note });
      else await act(conversationId, { type: 'lost', by, reason: read.reason, ...note });
    });
  }
}
