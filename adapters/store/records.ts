import type { Answer } from '../../qualification/answer.js';
import { Answer as AnswerSchema } from '../../qualification/answer.js';
import type { Locale } from '../../qualification/definition/schema.js';
import { ConversationState } from '../../bot/conversation.js';
import type { Reply } from '../../bot/conversation.js';
import type { Channel, ConversationRecord, StoredMessage, VisitContext } from '../../bot/ports/store.js';

/** Timestamps leave the store as ISO strings, whichever driver read them. */
export function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

export function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

/** jsonb parameters go in as JSON text: both drivers then store exactly that value. */
export function json(value: unknown): string {
  return JSON.stringify(value);
}

/** A lead's statuses that are "open": anything sales may still act on (one person, one open lead: person-lead.ts). */
export const OPEN = `('open', 'handed_off', 'accepted')`;

export const CONVERSATION_COLUMNS =
  'id, visitor_id, lead_id, channel, external_id, locale, context, definition_version, state, created_at, updated_at';

export interface ConversationRow {
  id: string;
  visitor_id: string;
  lead_id: string;
  channel: Channel;
  external_id: string | null;
  locale: Locale;
  context: VisitContext;
  definition_version: number;
  /** The state as the JSON text written (migration 022). */
  state: string;
  created_at: Date;
  updated_at: Date;
}

export function toConversation(row: ConversationRow): ConversationRecord {
  return {
    id: row.id,
    visitorId: row.visitor_id,
    leadId: row.lead_id,
    channel: row.channel,
    externalId: row.external_id,
    locale: row.locale,
    context: row.context,
    definitionVersion: row.definition_version,
    // Parsed on the way out: a state saved by an older engine fails here, not deep in a turn.
    state: ConversationState.parse(JSON.parse(row.state)),
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

export const MESSAGE_COLUMNS = 'id, conversation_id, role, text, choices, asking, client_message_id, created_at';

export interface MessageRow {
  id: string;
  conversation_id: string;
  role: StoredMessage['role'];
  text: string;
  choices: Reply['choices'] | null;
  asking: string | null;
  client_message_id: string | null;
  created_at: Date;
}

export function toMessage(row: MessageRow): StoredMessage {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    role: row.role,
    text: row.text,
    ...(row.choices ? { choices: row.choices } : {}),
    ...(row.role === 'bot' ? { asking: row.asking } : {}),
    ...(row.client_message_id !== null ? { clientMessageId: row.client_message_id } : {}),
    createdAt: iso(row.created_at),
  };
}

export const ANSWER_COLUMNS = 'criterion, value, raw, source, confidence, at';

export interface AnswerRow {
  criterion: string;
  value: unknown;
  raw: string;
  source: string;
  confidence: number;
  at: Date;
}

export function toAnswer(row: AnswerRow): Answer {
  return AnswerSchema.parse({
    criterionId: row.criterion,
    value: row.value,
    raw: row.raw,
    source: row.source,
    confidence: row.confidence,
    at: iso(row.at),
  });
}
