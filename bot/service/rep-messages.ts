import { copyFor } from '../../qualification/locales/index.js';
import type { RepMessageStore, RepOutcome } from '../ports/rep-messages.js';

/**
 * A sales rep talking to the visitor (from Slack, or any chat the team uses). The first time, the bot
 * tells the visitor a person has joined and, from then on, asks nothing (`humanActive`).
 */
export interface RepMessages {
  say(conversationId: string, externalId: string, text: string, repName: string): Promise<RepOutcome>;
}

export function createRepMessages(store: RepMessageStore): RepMessages {
  return {
    say(conversationId, externalId, text, repName) {
      return store.addRepMessage(conversationId, externalId, (conversation) => {
        const joined = !conversation.state.humanActive;
        const line = { role: 'rep' as const, text };
        return {
          messages: joined ? [{ role: 'bot' as const, text: copyFor(conversation.locale).repJoined(repName) }, line] : [line],
          state: { ...conversation.state, humanActive: true },
        };
      });
    },
  };
}
