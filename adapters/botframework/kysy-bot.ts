import { randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ConversationRecord, ConversationStore, StoredMessage } from '../../bot/ports/store.js';
import type { ConversationService } from '../../bot/service/types.js';
import { localeFromTag } from '../../qualification/definition/locale-tag.js';
import { toActivity, toVisitorInput, type ChannelShape } from './activities.js';

export interface KysyBotDeps {
  service: ConversationService;
  store: Pick<ConversationStore, 'findByExternalId'>;
}

/** The Bot Framework conversation is identified by channel and conversation id together. */
export function externalIdOf(activity: Partial<Activity>): string {
  return `${activity.channelId}:${activity.conversation?.id}`;
}

function shapeOf(activity: Partial<Activity>): ChannelShape {
  return { channelId: activity.channelId ?? '', conversationType: activity.conversation?.conversationType };
}

async function send(context: TurnContext, messages: StoredMessage[]): Promise<void> {
  if (messages.length === 0) return;
  await context.sendActivities(messages.map((m) => toActivity(m, shapeOf(context.activity))));
}

/**
 * Translates Bot Framework activities to the conversation service and back; it holds no decisions.
 * Returns the turn logic CloudAdapter.process calls for each incoming activity.
 */
export function createKysyBot({ service, store }: KysyBotDeps) {
  async function ensureConversation(activity: Partial<Activity>): Promise<{ conversation: ConversationRecord; greeting: StoredMessage[] }> {
    const externalId = externalIdOf(activity);
    const existing = await store.findByExternalId('botframework', externalId);
    if (existing) return { conversation: existing, greeting: [] };
    const reference = TurnContext.getConversationReference(activity) as ConversationReference;
    try {
      const started = await service.start({
        channel: 'botframework',
        externalId,
        locale: localeFromTag(activity.locale),
        context: { channelReference: JSON.parse(JSON.stringify(reference)) },
      });
      return { conversation: started.conversation, greeting: started.messages };
    } catch (error) {
      // Two first activities at once: the other one created it.
      const created = await store.findByExternalId('botframework', externalId);
      if (created) return { conversation: created, greeting: [] };
      throw error;
    }
  }

  async function onMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    await context.sendActivity({ type: ActivityTypes.Typing });
    const { conversation, greeting } = await ensureConversation(activity);
    const transcript = greeting.length ? null : await service.transcript(conversation.id);
    const lastBot = [...(transcript?.messages ?? greeting)].reverse().find((m) => m.role === 'bot');
    const input = toVisitorInput(activity, lastBot?.choices);
    // Without an activity id a redelivery cannot be recognised; such channels get at-least-once.
    const clientMessageId = activity.id ? `bf:${activity.id}` : randomUUID();
    const handled = await service.handle(conversation.id, clientMessageId, input, conversation.visitorId);
    if (handled.kind !== 'processed') return;
    await send(context, [...greeting, ...handled.messages]);
  }

  async function onMembersAdded(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const visitorJoined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
    if (!visitorJoined) return;
    const { greeting } = await ensureConversation(activity);
    await send(context, greeting);
  }

  return async function run(context: TurnContext): Promise<void> {
    switch (context.activity.type) {
      case ActivityTypes.Message:
        return onMessage(context);
      case ActivityTypes.ConversationUpdate:
        return onMembersAdded(context);
      case ActivityTypes.Invoke:
        // Kysy's cards post messages, never invokes; one that comes anyway is acknowledged and
        // ignored like any other activity Kysy has no use for (botbuilder would answer 501).
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200 } });
        return;
      default:
        return;
    }
  };
}
