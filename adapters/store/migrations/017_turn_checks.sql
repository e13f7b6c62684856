-- Every message, answer and audit event a turn writes ran its foreign key's check: a trigger queued
-- per row and, at the end of the statement, a query locking the conversation (FOR KEY SHARE) — five or
-- six per turn, which cost PostgreSQL more time than the rest of the turn's statement (auto_explain
-- of sampled turns: 0.40 ms of triggers against 0.18 ms of plan execution). Each writer of these rows
-- already holds its conversation, so the checks found what they were told:
-- - a turn's statement writes only once it has locked the conversation row (turn-statements.ts: `cv`,
--   or the locked turn's lockPerson); a conversation's start inserts it in the same statement;
-- - a rep's message is saved under the conversation's lock (rep-messages.ts);
-- - a lead action's audit row is written under its lead's lock, and the lead row exists only with its
--   conversation (leads keeps its key: the purge locks the lead before deleting the conversation).
-- What the keys did besides, deleting these rows with their conversation (the retention purge, a
-- visitor's deletion), a trigger on conversations does instead: it costs a turn nothing. It runs after
-- the conversation's row is deleted, so after any writer holding that row committed: its rows are seen.
ALTER TABLE messages DROP CONSTRAINT messages_conversation_id_fkey;
ALTER TABLE answers DROP CONSTRAINT answers_conversation_id_fkey;
ALTER TABLE audit_events DROP CONSTRAINT audit_events_conversation_id_fkey;

CREATE FUNCTION delete_conversation_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM messages WHERE conversation_id = OLD.id;
  DELETE FROM answers WHERE conversation_id = OLD.id;
  DELETE FROM audit_events WHERE conversation_id = OLD.id;
  RETURN NULL;
END $$;

CREATE TRIGGER conversation_rows AFTER DELETE ON conversations FOR EACH ROW EXECUTE FUNCTION delete_conversation_rows();
