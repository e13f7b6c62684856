import type { ConversationState } from '../conversation.js';
import type { ChannelPort } from '../ports/channel.js';
import type { ConversationRecord, StoredMessage } from '../ports/store.js';

export type Handled =
  | { kind: 'processed' | 'duplicate'; messages: StoredMessage[]; state: ConversationState }
  | { kind: 'not_found' };

export interface Transcript {
  conversation: ConversationRecord;
  messages: StoredMessage[];
}

/** The one application service: every channel talks through its channel port; the widget also reads. */
export interface ConversationService extends ChannelPort {
  transcript(conversationId: string): Promise<Transcript | null>;
  /**
   * The proactive greeting for a page of the host site (`requested` by id), in the first of `locales`
   * the definition speaks; null where none applies.
   */
  greeting(path: string, locales: ReadonlyArray<string | undefined>, requested?: string): Promise<PageGreetingCopy | null>;
}

/** A proactive greeting as the widget shows it. */
export interface PageGreetingCopy {
  id: string;
  text: string;
  delayMs: number;
}
