import type { App, BlockAction, ButtonAction, UsersSelectAction } from '@slack/bolt';
import type { CardRef, HandoffRecord, LeadAction, LeadStatus } from '../../bot/ports/store.js';
import type { Logger } from '../log/logger.js';
import { ACTIONS } from './card.js';
import { type CardDeps, renderCard } from './cards.js';
import { lostModal, readSubmission, rejectModal, VIEWS, wonModal } from './modals.js';
import type { SlackApi } from './slack-api.js';

/**
 * What reps do on the card. Each action is a conditional status change in the store (two reps
 * clicking Accept at once: one wins, the card shows who), an audit event, and the card redrawn in place.
 */

export interface ActionDeps extends CardDeps {
  api: SlackApi;
  logger: Logger;
}

const WAITING: LeadStatus[] = ['open', 'handed_off'];

export function registerActions(app: App, deps: ActionDeps): void {
  const { store, api, clock, logger } = deps;
  const at = () => clock.now().toISOString();

  /** The lead a click came from: by the card it was clicked on, or by the id the button carries. */
  async function leadOf(container: CardRef, conversationId?: string): Promise<HandoffRecord | null> {
    return (await store.handoffByCard(container)) ?? (conversationId ? await store.handoff(conversationId) : null);
  }

  async function redraw(conversationId: string): Promise<void> {
    const { card, record } = await renderCard(deps, conversationId);
    if (record?.card) await api.updateCard(record.card, card);
  }

  async function act(conversationId: string, action: LeadAction, from: LeadStatus[], change: { status?: LeadStatus; assignee?: string }) {
    const done = await store.act(conversationId, action, from, change);
    if (!done) logger.info({ conversationId, action: action.type }, 'slack action ignored: the lead has moved on');
    await redraw(conversationId);
    return done;
  }

  const cardOf = (body: BlockAction): CardRef | null =>
    body.container?.channel_id && body.container?.message_ts ? { channel: body.container.channel_id, ts: body.container.message_ts } : null;

  app.action<BlockAction<ButtonAction>>(ACTIONS.accept, async ({ ack, body, action }) => {
    await ack();
    const card = cardOf(body);
    const lead = card && (await leadOf(card, action.value));
    if (!lead) return;
    await act(lead.conversationId, { type: 'accepted', by: body.user.id, at: at(), detail: {} }, WAITING, { status: 'accepted', assignee: body.user.id });
  });

  const modalFor = (open: typeof rejectModal) => async ({ ack, body, action, client }: { ack: () => Promise<void>; body: BlockAction; action: ButtonAction; client: App['client'] }) => {
    await ack();
    const card = cardOf(body);
    const lead = card && (await leadOf(card, action.value));
    if (!lead?.card) return;
    await client.views.open({ trigger_id: body.trigger_id, view: open(lead.conversationId, lead.card) });
  };
  app.action<BlockAction<ButtonAction>>(ACTIONS.reject, modalFor(rejectModal));
  app.action<BlockAction<ButtonAction>>(ACTIONS.won, modalFor(wonModal));
  app.action<BlockAction<ButtonAction>>(ACTIONS.lost, modalFor(lostModal));

  app.action<BlockAction<UsersSelectAction>>(ACTIONS.reassign, async ({ ack, body, action }) => {
    await ack();
    const card = cardOf(body);
    const lead = card && (await leadOf(card));
    if (!lead?.card || !/^[UW][A-Z0-9]+$/.test(action.selected_user) || action.selected_user === lead.assignee) return;
    const to = action.selected_user;
    const done = await store.act(lead.conversationId, { type: 'reassigned', by: body.user.id, at: at(), detail: { to } }, [...WAITING, 'accepted'], { assignee: to });
    if (!done?.card) return;
    await moveCard(lead.conversationId, done.card, to, body.user.id);
  });

  /** A card in someone's DM moves to the new person's DM; in a channel it stays and @mentions them. */
  async function moveCard(conversationId: string, from: CardRef, to: string, by: string): Promise<void> {
    if (!from.channel.startsWith('D')) return redraw(conversationId);
    const { card, definition } = await renderCard(deps, conversationId);
    const channel = await api.target({ slackUser: to });
    const moved = await api.postCard(channel, conversationId, card, { conversation_id: conversationId });
    const now = clock.now();
    await store.recordCard(conversationId, moved, to, new Date(now.getTime() + definition.sla.acceptMinutes * 60_000), now);
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
      const note: Record<string, string> = read.note ? { note: read.note } : {};
      if (callbackId === VIEWS.reject) {
        await act(conversationId, { type: 'rejected', by, at: at(), detail: { reason: read.reason, ...note } }, WAITING, { status: 'rejected' });
      } else if (callbackId === VIEWS.won) {
        await act(conversationId, { type: 'won', by, at: at(), detail: { amount: read.amount ?? 0, currency: read.currency ?? '', ...note } }, ['accepted'], { status: 'won' });
      } else {
        await act(conversationId, { type: 'lost', by, at: at(), detail: { reason: read.reason, ...note } }, ['accepted'], { status: 'lost' });
      }
    });
  }
}
