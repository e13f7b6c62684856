import { ActionTypes, CardFactory, MessageFactory, type Activity, type CardAction } from 'botbuilder';
import { z } from 'zod';
import type { ChannelInput } from '../../bot/ports/channel.js';
import type { StoredMessage } from '../../bot/ports/store.js';

/** What botbuilder copies from an activity into its replies, and then insists is a string. */
const text = z.string().max(1000).optional();
const Account = z.looseObject({ id: z.string().min(1, 'is required').max(1000), name: text, role: text, aadObjectId: text });
/** botbuilder echoes the conversation id in a response header: it must be printable ASCII. */
const HeaderSafe = z.string().regex(/^[\x20-\x7e]{1,1000}$/, 'must be printable ASCII');

/**
 * The least an activity must carry for Kysy to answer it; botbuilder itself answers 500 to anything
 * less. What Kysy or botbuilder reads of it has its type checked too: a number where a string or a
 * list is expected would otherwise fail deep inside a turn, or when the reply is serialised, as a
 * 500. Other fields pass through untouched.
 */
export const IncomingActivity = z.looseObject({
  type: z.string().min(1, 'is required'),
  id: text,
  channelId: z.string().min(1, 'is required').max(100),
  serviceUrl: z.url({ message: 'must be the channel service URL' }),
  conversation: z.looseObject({ id: HeaderSafe, name: text, conversationType: text, tenantId: text, isGroup: z.boolean().optional() }),
  from: Account.optional(),
  recipient: Account.optional(),
  locale: z.string().max(35).optional(),
  membersAdded: z.array(Account).max(100).optional(),
  text: z.string().max(20_000).optional(),
});

/** Channels that render suggested actions (quick replies); the rest get the choices on a Hero card. */
const SUGGESTED_ACTION_CHANNELS = new Set(['webchat', 'directline', 'emulator', 'facebook', 'telegram', 'line', 'msteams', 'test']);

export interface ChannelShape {
  channelId: string;
  /** Teams shows suggested actions only in one-to-one chats. */
  conversationType?: string;
}

export function supportsSuggestedActions({ channelId, conversationType }: ChannelShape): boolean {
  if (!SUGGESTED_ACTION_CHANNELS.has(channelId)) return false;
  return channelId !== 'msteams' || conversationType === undefined || conversationType === 'personal';
}

/** One bot message as a Bot Framework activity: choices as suggested actions or a Hero card. */
export function toActivity(message: StoredMessage, shape: ChannelShape): Partial<Activity> {
  const choices = message.choices ?? [];
  if (choices.length === 0) return MessageFactory.text(message.text);
  if (supportsSuggestedActions(shape)) {
    // imBack posts the label back as text, which every channel with quick replies supports.
    const actions: CardAction[] = choices.map((c) => ({ type: ActionTypes.ImBack, title: c.label, value: c.label }));
    return MessageFactory.suggestedActions(actions, message.text);
  }
  const buttons: CardAction[] = choices.map((c) => ({
    type: ActionTypes.MessageBack,
    title: c.label,
    text: c.label,
    displayText: c.label,
    value: { choice: c.id },
  }));
  return MessageFactory.attachment(CardFactory.heroCard('', message.text, undefined, buttons));
}

/**
 * What the visitor sent: a Hero card click carries the choice id in `value`; anything else arrives as
 * text, which may be a suggested action's label posted back (the service maps it to its choice).
 */
export function toChannelInput(activity: Partial<Activity>): ChannelInput {
  const value: unknown = activity.value;
  if (value && typeof value === 'object' && typeof (value as { choice?: unknown }).choice === 'string') {
    return { choice: (value as { choice: string }).choice };
  }
  return { label: (activity.text ?? '').trim().slice(0, 4000) };
}
