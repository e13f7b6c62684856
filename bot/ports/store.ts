import { z } from 'zod';
import type { Answer } from '../../qualification/answer.js';
import type { Locale } from '../../qualification/definition/schema.js';
import type { Decision, ScoreResult } from '../../qualification/score/result.js';
import type { BotEvent, ConversationState, RememberedConsent, Reply } from '../conversation.js';
import type { LeadEventDraft } from '../lead/events.js';
import type { ReviewDraft } from '../review/items.js';
import type { LeadStatus } from '../lead/status.js';
import type { OutboxItem } from './outbox.js';

export type { LeadStatus } from '../lead/status.js';

export const Channel = z.enum(['web', 'botframework']);
export type Channel = z.infer<typeof Channel>;

export interface VisitContext {
  pageUrl?: string;
  referrer?: string;
  utm?: Record<string, string>;
  /** Messaging channels: where to send proactive messages (Bot Framework conversation reference). */
  channelReference?: Record<string, unknown>;
}

export interface ConversationRecord {
  id: string;
  visitorId: string;
  /**
   * The lead the conversation belongs to: its own id, or — once a later conversation of the same person
   * (same visitor, or same consented e-mail) joined their open lead — that lead's id.
   */
  leadId: string;
  channel: Channel;
  /** Channel's own conversation key (Bot Framework: channelId + conversation id). */
  externalId: string | null;
  locale: Locale;
  context: VisitContext;
  definitionVersion: number;
  state: ConversationState;
  createdAt: string;
  updatedAt: string;
}

export interface StoredMessage {
  id: string;
  conversationId: string;
  role: 'visitor' | 'bot' | 'rep';
  text: string;
  choices?: Reply['choices'];
  asking?: string | null;
  clientMessageId?: string | null;
  createdAt: string;
}

export interface LeadSnapshot {
  score: ScoreResult;
  decision: Decision;
  ownerId: string | null;
}

/** Everything one visitor turn writes; committed together, before the reply is sent. */
export interface TurnCommit {
  visitorMessage: { text: string; choice?: string };
  replies: Reply[];
  state: ConversationState;
  /** The audit trail; the store keeps the answers recorded as their `answer_recorded` events here. */
  events: BotEvent[];
  /** The answers the turn recorded: those of its `answer_recorded` events. */
  answers: Answer[];
  lead: LeadSnapshot;
  /** `key` makes the row idempotent (one row per key, ever); it defaults to `<kind>:<conversationId>`. */
  outbox: Array<Pick<OutboxItem, 'kind' | 'payload'> & { key?: string }>;
  /** What the turn did to the lead that the world outside hears of (`lead.qualified`, `lead.updated`). */
  leadEvents: LeadEventDraft[];
  /** Replies for the review queue (not understood, corrected guesses); most turns have none. */
  review?: ReviewDraft[];
  /** The person's consented e-mail address, lower-cased, or null: how a later conversation from elsewhere finds their open lead. */
  email: string | null;
  /**
   * Only on a turn that changed the person's consented e-mail or company name: what puts the lead in
   * its company (the e-mail's domain, else the name). Most turns have none, and write no company.
   */
  company?: { email: string | null; name: string | null };
}

/** The lead a conversation belongs to, as a turn sees it (locked with the conversation during a turn). */
export interface ConversationLead {
  id: string;
  status: LeadStatus;
  /** The decision of the lead's latest `lead.qualified` event. */
  qualifiedAs: Decision | null;
}

export interface LoadedConversation {
  conversation: ConversationRecord;
  /**
   * The lead the turn writes to: the conversation's, or the open lead of the same person (visitor, or
   * consented e-mail) it joins; null when the turn creates the conversation's own.
   */
  lead: ConversationLead | null;
}

export type TurnOutcome =
  | { kind: 'processed'; messages: StoredMessage[]; state: ConversationState }
  | { kind: 'duplicate'; messages: StoredMessage[]; state: ConversationState }
  | { kind: 'not_found' };

/**
 * What a look-ahead before a turn learns in one read (see ConversationStore.peekTurn). `open` carries
 * what the turn would be decided on (the conversation and the lead it writes to) and the store's own
 * `version` of it: handed to runTurn, the turn needs no read of its own.
 */
export type PeekedTurn =
  | { kind: 'answered' }
  | ({ kind: 'open'; version: string } & LoadedConversation)
  | { kind: 'not_found' };

export interface NewConversation {
  channel: Channel;
  visitorId?: string;
  externalId?: string;
  locale: Locale;
  context: VisitContext;
  definitionVersion: number;
  /**
   * Saved only while `definitionVersion` is still the newest published version, checked as it is
   * written; otherwise nothing is written and `VersionMoved` (with the newest) is thrown. A caller
   * that begins on the version it last knew needs no read of the published version first.
   */
  newestOnly?: boolean;
  state: ConversationState;
  /** The greeting and first question, saved with the conversation. */
  replies: Reply[];
  events: BotEvent[];
}

export interface ConversationFilter {
  decision?: Decision;
  /** Created at or after this instant (ISO). */
  from?: string;
  /** Created before this instant (ISO, exclusive). */
  to?: string;
  limit?: number;
  offset?: number;
}

export interface ConversationSummary {
  id: string;
  visitorId: string;
  channel: Channel;
  locale: Locale;
  decision: Decision;
  status: LeadStatus | null;
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface LeadRecord extends LeadSnapshot {
  conversationId: string;
  status: LeadStatus;
  definitionVersion: number;
  updatedAt: string;
}

export interface ConversationDetail {
  conversation: ConversationRecord;
  messages: StoredMessage[];
  answers: Answer[];
  lead: LeadRecord | null;
}

/**
 * What this process's own last turn (or start) of a conversation left, while it remembers it: no read,
 * and nothing to trust — another process or a rep may have moved the conversation on since.
 */
export interface RememberedConversation {
  definitionVersion: number;
  /** What of the state a message is read against (reading.ts, `readingAsking`): kept apart, so the whole state is not kept alive for it. */
  state: Readonly<Pick<ConversationState, 'locale' | 'asking' | 'pending' | 'humanActive'>>;
}

/**
 * The storage port. One implementation over SQL serves PGlite and PostgreSQL alike;
 * the contract suite in adapters/store proves both hold it.
 */
export interface ConversationStore {
  /**
   * A channel conversation whose externalId already exists is returned as it is, with its transcript,
   * and `created: false`: of two racing first messages, one creates it.
   */
  createConversation(input: NewConversation): Promise<{ conversation: ConversationRecord; messages: StoredMessage[]; created: boolean }>;
  findByExternalId(channel: Channel, externalId: string): Promise<ConversationRecord | null>;
  load(conversationId: string): Promise<LoadedConversation | null>;
  /**
   * One read before a turn, outside any lock: `answered` when clientMessageId was already processed
   * (its stored reply comes from runTurn), else the conversation as it is now; `not_found` for a
   * missing conversation or one of another visitor than `visitorId`. runTurn checks all of it again.
   */
  peekTurn(conversationId: string, clientMessageId: string, visitorId: string): Promise<PeekedTurn>;
  /**
   * The conversation as this process's last turn or start of it left it, when it is one being talked in
   * now (see RememberedConversation); undefined otherwise (never seen here, forgotten, closed). For work
   * done before a turn on a guess (reading its message ahead): the turn itself decides on what it finds.
   */
  remembered(conversationId: string): RememberedConversation | undefined;
  /** The choices on the bot's latest message (what a label posted back is matched against); none for no such conversation. */
  offeredChoices(conversationId: string): Promise<NonNullable<Reply['choices']>>;
  /** A returning visitor's answers from all their conversations, newest per criterion (for `begin`). */
  visitorAnswers(visitorId: string): Promise<Answer[]>;
  /** The visitor's consent to keeping their contact details, when their latest word on it was yes: when, and to which wording. */
  rememberedConsent(visitorId: string): Promise<RememberedConsent | null>;
  /**
   * Runs one turn as though alone on the conversation and its lead: if clientMessageId was already
   * processed the stored reply comes back (`decide` is not called, or its result is dropped when the
   * store decided on what it remembered of the conversation before finding out); otherwise `decide`
   * gets the current state and everything it returns commits at once, only if nobody changed what it
   * was decided on meanwhile (else it is decided again on what they committed). With `visitorId`, a conversation of
   * another visitor is `not_found`, checked before anything else (a replayed client id too).
   * `peeked`, this very turn's peekTurn (same conversation and client message id), saves a read: the
   * turn is decided on it and commits only if nothing changed since. `decide` may be called more than
   * once (again on what another turn committed meanwhile); it is pure, so only the last call counts.
   */
  runTurn(
    conversationId: string,
    clientMessageId: string,
    decide: (loaded: LoadedConversation) => TurnCommit,
    visitorId?: string,
    peeked?: PeekedTurn,
  ): Promise<TurnOutcome>;
  transcript(conversationId: string): Promise<StoredMessage[] | null>;
  listConversations(filter: ConversationFilter): Promise<ConversationSummary[]>;
  conversationDetail(conversationId: string): Promise<ConversationDetail | null>;
  /**
   * A lead over all the conversations of its person (the Slack card): the newest conversation, the
   * messages of all of them in order, the newest answer per criterion; null when no conversation belongs to `leadId`.
   */
  leadDetail(leadId: string): Promise<ConversationDetail | null>;
}
