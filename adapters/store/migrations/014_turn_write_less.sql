-- A turn rewrites its conversation row. While one of the row's indexed columns changes, PostgreSQL
-- writes a new entry into every index of the table (eight); when none does and the page has room, it
-- updates the row in place (HOT) and touches no index. updated_at changes every turn, so its index goes:
-- the retention purge finds conversations by the day they were last active (active_on, which changes
-- at most once a day per conversation) and then by updated_at itself (adapters/store/retention.ts).
-- fillfactor leaves room on each page for the next versions of its rows.
ALTER TABLE conversations ADD COLUMN active_on date GENERATED ALWAYS AS ((updated_at AT TIME ZONE 'UTC')::date) STORED;
DROP INDEX conversations_updated;
CREATE INDEX conversations_active ON conversations (active_on);
ALTER TABLE conversations SET (fillfactor = 70);
-- The turn's upsert of its lead rewrites the row too; its indexed columns change rarely.
ALTER TABLE leads SET (fillfactor = 80);

-- A turn adds two or three messages, each into every index of messages. A client message id only
-- visitors' messages have, an external id only reps', a reply_to only the bot's: the other rows
-- need no entry (NULLs never collide in a unique index, and the lookups name a value). seq is an
-- identity, unique by construction, and ordered through messages_conversation.
ALTER TABLE messages DROP CONSTRAINT messages_conversation_id_client_message_id_key;
CREATE UNIQUE INDEX messages_client_message ON messages (conversation_id, client_message_id) WHERE client_message_id IS NOT NULL;
ALTER TABLE messages DROP CONSTRAINT messages_conversation_id_external_id_key;
CREATE UNIQUE INDEX messages_external ON messages (conversation_id, external_id) WHERE external_id IS NOT NULL;
ALTER TABLE messages DROP CONSTRAINT messages_seq_key;
DROP INDEX messages_reply_to;
CREATE INDEX messages_reply_to ON messages (reply_to) WHERE reply_to IS NOT NULL;
