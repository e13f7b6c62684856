import { randomUUID } from 'node:crypto';
import type { ConversationRecord, NewConversation, StoredMessage } from '../../bot/ports/store.js';
import { VersionMoved } from '../../bot/ports/definitions.js';
import type { SqlExecutor } from './driver.js';
import type { ConversationState } from '../../bot/conversation.js';
import { recordArray } from './record-array.js';
import { json } from './records.js';
import type { TurnTypes } from './turn-write.js';

const ROWS = (param: string) => `jsonb_array_elements(${param}::jsonb) WITH ORDINALITY AS r(v, n)`;

/**
 * A new conversation in one statement: its visitor (kept when known), the conversation (both its rows,
 * migration 031: what a turn rewrites is in conversation_turns), the greeting
 * and first question, the consents and audit trail of `begin`. A channel conversation whose key
 * another request saved first is left as it is: no row comes back, and nothing is written (each
 * insert takes its conversation from `c`). With $14 (newest only), nothing is written unless $7 is the
 * newest published definition version, read in the same statement: the one row that comes back
 * always says which that is. What was written does not come back: the caller has it (`startConversation`);
 * turning the row and the messages into JSON and back cost both sides a third of the statement.
 */
const START = `
WITH live AS (SELECT (SELECT max(version) FROM definition_versions) AS newest),
go AS (SELECT 1 FROM live WHERE NOT $14::boolean OR newest = $7::integer),
v AS (INSERT INTO visitors (id, created_at) SELECT $2::text, $10::timestamptz FROM go ON CONFLICT (id) DO NOTHING),
c AS (
  INSERT INTO conversation_records (id, lead_id, visitor_id, channel, external_id, context, definition_version, created_at)
  SELECT $1::text, $1::text, $2::text, $3::text, $4::text, $6::jsonb, $7::integer, $10::timestamptz FROM go
  ON CONFLICT (channel, external_id) DO NOTHING
  RETURNING id),
t AS (
  INSERT INTO conversation_turns (id, locale, state, decision, updated_at, active_on)
  SELECT c.id, $5::text, $8::text, $9::text, $10::timestamptz, ($10::timestamptz AT TIME ZONE 'UTC')::date FROM c
  RETURNING xmin::text AS version),
m AS (
  INSERT INTO messages (id, conversation_id, role, text, choices, asking, created_at)
  SELECT r.id, c.id, r.role, r.text, r.choices, r.asking, $10::timestamptz FROM c, unnest($11::turn_message[]) AS r),
k AS (
  INSERT INTO consents (visitor_id, conversation_id, granted, at, text, text_version)
  SELECT $2::text, c.id, (r.v->>'granted')::boolean, $10::timestamptz, r.v->>'text', r.v->>'textVersion'
  FROM c, ${ROWS('$12')} ORDER BY r.n),
e AS (
  INSERT INTO audit_events (conversation_id, actor, type, data, at)
  SELECT c.id, 'bot', r.type, r.data, $10::timestamptz FROM c, unnest($13::turn_event[]) AS r)
SELECT t.version, live.newest FROM live LEFT JOIN t ON true`;

/**
 * Saves `input` as conversation `id` of `visitorId`, with its row version (what its first turn may be
 * decided on, see turn-cache.ts); null when its channel key was already taken.
 * With `input.newestOnly`, throws `VersionMoved` when its definition version is no longer the newest.
 */
export async function startConversation(
  db: SqlExecutor,
  types: TurnTypes,
  input: NewConversation,
  ids: { id: string; visitorId: string },
  now: Date,
): Promise<{ conversation: ConversationRecord; messages: StoredMessage[]; version: string } | null> {
  const consents = input.events.flatMap((event) =>
    event.type === 'consent_changed' ? [{ granted: event.consent === 'granted', text: event.text ?? null, textVersion: event.textVersion ?? null }] : [],
  );
  const stateText = json(input.state);
  const replies = input.replies.map((reply) => ({ id: randomUUID(), text: reply.text, choices: reply.choices ?? null, asking: reply.asking ?? null }));
  const contextText = json(input.context);
  const at = now.toISOString();
  const [row] = await db.query<{ version: string | null; newest: number | null }>(START, [
    ids.id,
    ids.visitorId,
    input.channel,
    input.externalId ?? null,
    input.locale,
    contextText,
    input.definitionVersion,
    stateText,
    input.state.decision,
    at,
    // turn_message's fields in order (turn-write.ts): id, role, text, choice, choices (JSON), asking, client_message_id, reply_to.
    recordArray(types.message, replies.map((reply) => [reply.id, 'bot', reply.text, null, reply.choices && json(reply.choices), reply.asking, null, null])),
    json(consents),
    recordArray(types.event, input.events.map((event) => [event.type, json(event)])),
    input.newestOnly === true,
  ]);
  if (row?.version) {
    // As a read of the rows gives them back (records.ts: toConversation, toMessage), from the very texts stored.
    const conversation: ConversationRecord = {
      id: ids.id,
      visitorId: ids.visitorId,
      leadId: ids.id,
      channel: input.channel,
      externalId: input.externalId ?? null,
      locale: input.locale,
      context: JSON.parse(contextText) as ConversationRecord['context'],
      definitionVersion: input.definitionVersion,
      // The engine's own state, not checked again: every state it leaves reads back unchanged (turn-cache.test.ts).
      state: JSON.parse(stateText) as ConversationState,
      createdAt: at,
      updatedAt: at,
    };
    const messages = replies.map(({ id, text, choices, asking }): StoredMessage => ({ id, conversationId: ids.id, role: 'bot', text, ...(choices ? { choices } : {}), asking, createdAt: at }));
    return { conversation, messages, version: row.version };
  }
  if (input.newestOnly && row?.newest !== input.definitionVersion) throw new VersionMoved(input.definitionVersion, row?.newest ?? null);
  return null;
}
