-- A turn inserts a visitor message and its replies, an answer or so and two audit events: each row
-- goes into every index of its table, and every foreign key runs a check (a trigger and a query) per
-- row. These indexes and keys served no query and no rule:
-- - answers.message_id and messages.reply_to name a message of the same conversation, written by the
--   same statement (turn-write.ts); deleting a conversation deletes all of them through
--   conversation_id, and nothing deletes a message on its own. Their keys checked every answer and
--   every reply (a reply's check also locked the visitor's message, a WAL record per turn), and
--   answers_message existed only for the answers key's cascade. The replies to a message are found
--   within its conversation (turns.ts).
-- - answers: no query looks an answer up by seq alone; the primary key becomes the conversation's
--   index, (conversation_id, seq), which every read of a conversation's answers uses.
-- - audit_events_type: the A/B statistics (variant-stats.ts) read question_asked, about half of all
--   events, which the planner reads by a sequential scan with or without it; a conversation's skips
--   are found through audit_events_conversation.
ALTER TABLE answers DROP CONSTRAINT answers_message_id_fkey;
DROP INDEX answers_message;
ALTER TABLE answers DROP CONSTRAINT answers_pkey;
DROP INDEX answers_conversation;
ALTER TABLE answers ADD PRIMARY KEY (conversation_id, seq);
ALTER TABLE messages DROP CONSTRAINT messages_reply_to_fkey;
DROP INDEX messages_reply_to;
DROP INDEX audit_events_type;
