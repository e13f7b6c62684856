import type { ConversationLead, ConversationRecord, TurnCommit } from '../ports/store.js';

/** The outbox kind carrying what the visitor does after a handoff to the people handling the lead. */
export const RELAY_KIND = 'relay';

type Relay = TurnCommit['outbox'][number];

/**
 * Queued in the same transaction as the turn, once per client message: while a person is in the
 * conversation, what the visitor said; once the lead has been handed off, a redraw of its card
 * whenever the turn recorded answers, so sales see the lead as it is now and not at the next click.
 * A turn that itself requests the handoff needs no redraw: the card is drawn after it commits. A later
 * conversation of the same person joining a lead already with sales redraws its card as it joins.
 * Payloads name the lead (`lead`: the one the turn writes to; null when it creates the conversation's own).
 */
export function relayToPerson(commit: TurnCommit, conversation: ConversationRecord, clientMessageId: string, lead: ConversationLead | null = null): TurnCommit {
  const key = `${RELAY_KIND}:${conversation.id}:${clientMessageId}`;
  const leadId = lead?.id ?? conversation.leadId;
  const withSales = lead !== null && lead.status !== 'open';
  const joining = lead !== null && lead.id !== conversation.leadId;
  const relays: Relay[] = [];
  if (conversation.state.humanActive) {
    relays.push({ kind: RELAY_KIND, key, payload: { conversationId: leadId, text: commit.visitorMessage.text } });
  }
  if ((conversation.state.handoffRequested || withSales) && (commit.answers.length > 0 || (joining && withSales))) {
    relays.push({ kind: RELAY_KIND, key: `${key}:card`, payload: { conversationId: leadId, redraw: 'card' } });
  }
  return relays.length ? { ...commit, outbox: [...commit.outbox, ...relays] } : commit;
}
