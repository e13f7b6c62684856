import type { ConversationState } from '../conversation.js';
import type { ConversationRecord, StoredMessage } from './store.js';

/** What a person (a sales rep) writes to the visitor, from whichever chat the team uses. */
export interface RepMessageStore {
  /**
   * Saves what a rep wrote to the visitor, under a lock on the conversation like a turn: `decide`
   * gets the state and returns the messages to save (the rep's, and any bot line around it) and the
   * new state. Once per `externalId`: a repeat returns `duplicate` and decides nothing.
   */
  addRepMessage(conversationId: string, externalId: string, decide: (conversation: ConversationRecord) => RepCommit): Promise<RepOutcome>;
}

export interface RepCommit {
  messages: Array<{ role: 'rep' | 'bot'; text: string }>;
  state: ConversationState;
}

export type RepOutcome = { kind: 'processed' | 'duplicate'; messages: StoredMessage[] } | { kind: 'not_found' };
