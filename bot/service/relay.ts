import type { ConversationRecord, TurnCommit } from '../ports/store.js';

/** The outbox kind carrying a visitor's message to the person (rep) talking with them. */
export const RELAY_KIND = 'relay';

/**
 * While a person is in the conversation, what the visitor says is also queued for them, in the same
 * transaction as the turn, once per client message.
 */
export function relayToPerson(commit: TurnCommit, conversation: ConversationRecord, clientMessageId: string): TurnCommit {
  if (!conversation.state.humanActive) return commit;
  const relay = { kind: RELAY_KIND, key: `${RELAY_KIND}:${conversation.id}:${clientMessageId}`, payload: { conversationId: conversation.id, text: commit.visitorMessage.text } };
  return { ...commit, outbox: [...commit.outbox, relay] };
}
