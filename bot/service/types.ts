import type { Locale } from '../../qualification/definition/schema.js';
import type { ConversationState, VisitorInput } from '../conversation.js';
import type { Channel, ConversationRecord, StoredMessage, VisitContext } from '../ports/store.js';

export interface StartRequest {
  channel: Channel;
  /** A wish; the definition's default locale is used when the definition does not speak it. */
  locale?: Locale;
  visitorId?: string;
  externalId?: string;
  context: VisitContext;
}

export interface Started {
  conversation: ConversationRecord;
  /** The greeting and first question. */
  messages: StoredMessage[];
}

export type Handled =
  | { kind: 'processed' | 'duplicate'; messages: StoredMessage[]; state: ConversationState }
  | { kind: 'not_found' };

export interface Transcript {
  conversation: ConversationRecord;
  messages: StoredMessage[];
}

/** The one application service every channel calls. */
export interface ConversationService {
  start(request: StartRequest): Promise<Started>;
  /** A conversation of another visitor than `visitorId` is `not_found`, exactly like a missing one. */
  handle(conversationId: string, clientMessageId: string, input: VisitorInput, visitorId: string): Promise<Handled>;
  transcript(conversationId: string): Promise<Transcript | null>;
}
