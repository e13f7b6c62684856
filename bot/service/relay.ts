import type { ConversationRecord, TurnCommit } from '../ports/store.js';

/** The outbox kind carrying what the visitor does after a handoff to the people handling the lead. */
export const RELAY_KIND = 'relay';

type Relay = TurnCommit['outbox'][number];

/**
 * Queued in the same transaction as the turn, once per client message: while a person is in the
 * conversation, what the visitor said; once the lead has been handed off, a redraw of its card
 * whenever the turn recorded answers, so sales see the lead as it is now and not at the next click.
 * A turn that itself requests the handoff needs no redraw: the card is drawn after it commits.
 */
export function relayToPerson(commit: TurnCommit, conversation: ConversationRecord, clientMessageId: string): TurnCommit {
  const key = `${RELAY_KIND}:${conversation.id}:${clientMessageId}`;
  const relays: Relay[] = [];
  if (conversation.state.humanActive) {
    relays.push({ kind: RELAY_KIND, key, payload: { conversationId: conversation.id, text: commit.visitorMessage.text } });
  }
  if (conversation.state.handoffRequested && commit.answers.length > 0) {
    relays.push({ kind: RELAY_KIND, key: `${key}:card`, payload: { conversationId: conversation.id, redraw: 'card' } });
  }
  return relays.length ? { ...commit, outbox: [...commit.outbox, ...relays] } : commit;
}
