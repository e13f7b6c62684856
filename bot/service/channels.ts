import type { VisitorInput } from '../conversation.js';
import type { KnownFacts } from '../host/known.js';
import type { ChannelInput, ChannelMessage, ChannelPort, ChannelReply, OpenConversation, Opened } from '../ports/channel.js';
import type { ConversationStore, StoredMessage } from '../ports/store.js';
import { choiceNamedBy } from './choice-label.js';
import type { Handled } from './types.js';

/** The service's own two steps every channel goes through: open a conversation, take one turn in it. */
export interface ChannelCore {
  store: Pick<ConversationStore, 'findByExternalId' | 'offeredChoices'>;
  start(request: OpenConversation): Promise<Opened>;
  handle(conversationId: string, clientMessageId: string, input: VisitorInput, visitorId: string, known?: KnownFacts): Promise<Handled>;
}

/**
 * The channel port over the service: find-or-create by the channel's key, a label posted back mapped
 * to its choice, then the turn. The locale is picked where the conversation starts (`start`).
 */
export function channelPort({ store, start, handle }: ChannelCore): ChannelPort {
  async function open(request: OpenConversation): Promise<Opened> {
    if (request.key !== undefined) {
      const existing = await store.findByExternalId(request.channel, request.key);
      if (existing) return { conversation: existing, messages: [], created: false };
    }
    const opened = await start(request);
    // Of two first messages racing, the one that did not create it has no greeting to show.
    return opened.created ? opened : { ...opened, messages: [] };
  }

  /** The choice a label posted back names, else the label as typed text. */
  async function inputOf(input: Extract<ChannelInput, { label: string }>, conversationId: string, greeting: StoredMessage[]): Promise<VisitorInput> {
    // A conversation this message opened was offered its greeting's choices; an older one, its latest bot message's.
    const offered = greeting.length ? (greeting.findLast((m) => m.role === 'bot')?.choices ?? []) : await store.offeredChoices(conversationId);
    const choice = choiceNamedBy(input.label, offered);
    return choice === null ? { text: input.label } : { choice };
  }

  return {
    open,
    async message(request: ChannelMessage): Promise<ChannelReply> {
      const target = request.conversation;
      let conversationId: string;
      let visitorId: string;
      let greeting: StoredMessage[] = [];
      if ('key' in target) {
        const opened = await open({ channel: request.channel, key: target.key, hints: request.hints, context: request.context ?? {} });
        ({ id: conversationId, visitorId } = opened.conversation);
        greeting = opened.messages;
      } else {
        ({ conversationId, visitorId } = target);
      }
      // Typed text or a choice id goes on as it is; only a label posted back waits for its choices.
      const input = 'label' in request.input ? await inputOf(request.input, conversationId, greeting) : request.input;
      const handled = await handle(conversationId, request.clientMessageId, input, visitorId, request.hints?.known);
      if (handled.kind === 'not_found') return handled;
      return { kind: handled.kind, conversationId, messages: [...greeting, ...handled.messages], state: handled.state };
    },
  };
}
