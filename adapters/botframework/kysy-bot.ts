import { randomUUID } from 'node:crypto';
import { ActivityTypes, TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import type { ChannelPort, OpenConversation } from '../../bot/ports/channel.js';
import type { StoredMessage } from '../../bot/ports/store.js';
import { toActivity, toChannelInput, type ChannelShape } from './activities.js';

export interface KysyBotDeps {
  service: ChannelPort;
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

/** The conversation an activity belongs to, and what the service needs should it start there. */
function conversationOf(activity: Partial<Activity>): Required<Pick<OpenConversation, 'channel' | 'key' | 'hints' | 'context'>> {
  const reference = TurnContext.getConversationReference(activity) as ConversationReference;
  return {
    channel: 'botframework',
    key: externalIdOf(activity),
    hints: { locales: [activity.locale] },
    // Where proactive messages (a rep's replies) are sent later.
    context: { channelReference: JSON.parse(JSON.stringify(reference)) },
  };
}

/**
 * Translates Bot Framework activities to the channel port and back; it holds no decisions.
 * Returns the turn logic CloudAdapter.process calls for each incoming activity.
 */
export function createKysyBot({ service }: KysyBotDeps) {
  async function onMessage(context: TurnContext): Promise<void> {
    const activity = context.activity;
    await context.sendActivity({ type: ActivityTypes.Typing });
    const { key, ...opening } = conversationOf(activity);
    const reply = await service.message({
      ...opening,
      conversation: { key },
      // Without an activity id a redelivery cannot be recognised; such channels get at-least-once.
      clientMessageId: activity.id ? `bf:${activity.id}` : randomUUID(),
      input: toChannelInput(activity),
    });
    if (reply.kind === 'processed') await send(context, reply.messages);
  }

  async function onMembersAdded(context: TurnContext): Promise<void> {
    const activity = context.activity;
    const visitorJoined = (activity.membersAdded ?? []).some((m) => m.id !== activity.recipient?.id);
    if (!visitorJoined) return;
    const { messages } = await service.open(conversationOf(activity));
    await send(context, messages);
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
