import type { ConversationState } from '../conversation.js';
import type { KnownFacts } from '../host/known.js';
import type { Channel, ConversationRecord, StoredMessage, VisitContext } from './store.js';

/**
 * The one door every channel (web widget, Bot Framework, a WhatsApp adapter tomorrow) uses to talk
 * with the bot. The service behind it finds or creates the conversation, maps a label posted back to
 * its choice and picks the language — once, for all channels. A channel adapter only translates its
 * wire format to these shapes and renders the bot messages it gets back in its own way.
 */
export interface ChannelPort {
  /**
   * Opens a conversation and hands back its greeting and first question. With a `key`, the channel's
   * own conversation is found, or created on first use — once per channel and key, however many
   * calls race; `created` tells which (a found one has no new messages). Without a key, a new one.
   */
  open(request: OpenConversation): Promise<Opened>;
  /**
   * One visitor message: saved with the bot's reply before it is returned; a repeated
   * `clientMessageId` returns the stored reply and changes nothing (`duplicate`).
   */
  message(request: ChannelMessage): Promise<ChannelReply>;
}

/** What a channel knows about the visitor without asking them: hints, never answers they gave. */
export interface VisitorHints {
  /**
   * Language tags in the channel's order of preference ("fi-FI", "sv_SE", "pl"; undefined entries are
   * skipped): the widget's wish then Accept-Language, the activity's locale. The first one the
   * definition speaks wins, else its default.
   */
  locales?: ReadonlyArray<string | undefined>;
  /** What the host page knows (`Kysy('identify')`): recorded where nothing is answered yet. */
  known?: KnownFacts;
}

/** Which conversation a message belongs to. */
export type ConversationKey =
  /** The channel's own key (Bot Framework: channel id + conversation id; WhatsApp: the phone number). */
  | { key: string }
  /** A conversation opened earlier without a key (the web widget), and the visitor's secret id: another visitor's is not found. */
  | { conversationId: string; visitorId: string };

/** The visitor's message, as the channel received it. */
export type ChannelInput =
  /** Typed: the bot reads it. */
  | { text: string }
  /** A button whose choice id the channel carried back (widget, Bot Framework Hero card). */
  | { choice: string }
  /**
   * Text that may be a button's label posted back (Bot Framework suggested actions; "2. HVAC" on a
   * channel that lists choices as numbered lines): the choice of the bot's last question whose label
   * it names, whatever the case or diacritics, else read as typed text. A bare "2" stays text.
   */
  | { label: string };

export interface OpenConversation {
  channel: Channel;
  /** The channel's own conversation key; omitted, a new conversation every call (the widget opens one per visit). */
  key?: string;
  /** A returning visitor's id kept by the channel (the widget's): their earlier answers and consent follow them. */
  visitorId?: string;
  hints?: VisitorHints;
  /** Where the visitor is (page, campaign), or how to reach them later (Bot Framework conversation reference). */
  context: VisitContext;
  /** The id of the proactive greeting the visitor opened the chat from. */
  greeting?: string;
}

export interface Opened {
  conversation: ConversationRecord;
  /** The greeting and first question when this call created the conversation; none when it found one. */
  messages: StoredMessage[];
  created: boolean;
}

export interface ChannelMessage {
  channel: Channel;
  conversation: ConversationKey;
  /** The channel's id for this message, unique within the conversation: what makes a retry safe. */
  clientMessageId: string;
  input: ChannelInput;
  /** For a keyed conversation this message creates, and `known` facts for any turn. */
  hints?: VisitorHints;
  /** For a keyed conversation this message creates. */
  context?: VisitContext;
}

export type ChannelReply =
  | {
      kind: 'processed' | 'duplicate';
      conversationId: string;
      /** The bot's messages for this turn, after the greeting and first question if the message created the conversation. */
      messages: StoredMessage[];
      state: ConversationState;
    }
  /** No such conversation, or another visitor's: the same answer for both. */
  | { kind: 'not_found' };
