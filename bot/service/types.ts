import type { Locale } from '../../qualification/definition/schema.js';
import type { ConversationState, VisitorInput } from '../conversation.js';
import type { KnownFacts } from '../host/known.js';
import type { Channel, ConversationRecord, StoredMessage, VisitContext } from '../ports/store.js';

export interface StartRequest {
  channel: Channel;
  /** A wish; the definition's default locale is used when the definition does not speak it. */
  locale?: Locale;
  visitorId?: string;
  externalId?: string;
  context: VisitContext;
  /** What the host page knows about the visitor (`Kysy('identify')`). */
  known?: KnownFacts;
  /** The id of the proactive greeting the visitor opened the chat from. */
  greeting?: string;
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
  /** `known`: the host page's facts, recorded where nothing is answered yet (contact details once consent is given). */
  handle(conversationId: string, clientMessageId: string, input: VisitorInput, visitorId: string, known?: KnownFacts): Promise<Handled>;
  transcript(conversationId: string): Promise<Transcript | null>;
  /** The proactive greeting for a page of the host site (`requested` by id), in `locale`; null where none applies. */
  greeting(path: string, locale: Locale | undefined, requested?: string): Promise<PageGreetingCopy | null>;
}

/** A proactive greeting as the widget shows it. */
export interface PageGreetingCopy {
  id: string;
  text: string;
  delayMs: number;
}
