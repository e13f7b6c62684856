-- A turn rewrites its conversation's state, decision, locale and time of last activity. Updating a
-- row opens and locks every index of its table, HOT or not: with the conversation row's seven, a
-- common turn's statement held 23 relation locks (4 tables, 17 indexes, 2 identity sequences), past
-- the 16 a backend keeps on its fast path, so the rest went through the shared lock table, on every
-- turn; now 18. What a turn writes moves to a table of its own,
-- conversation_turns, with one index besides its key (active_on, the retention purge's); what is set
-- when a conversation starts, and rarely after, stays, in conversation_records. `conversations` is
-- the view of both, with the columns the table had, for every read; writes go to the table that
-- holds the column. A conversation's row version (what a turn decided outside any lock checks as it
-- writes, turn-statements.ts) is its conversation_turns row's: a write to its conversation_records row
-- rewrites that one too (conversation_moved), so that any write to the conversation still changes it.
CREATE TABLE conversation_turns (
  id text COLLATE "C" PRIMARY KEY,
  locale text NOT NULL,
  state text NOT NULL,
  decision text NOT NULL,
  updated_at timestamptz NOT NULL,
  active_on date NOT NULL,
  answered boolean NOT NULL DEFAULT false
) WITH (fillfactor = 70);

INSERT INTO conversation_turns (id, locale, state, decision, updated_at, active_on, answered)
SELECT id, locale, state, decision, updated_at, active_on, answered FROM conversations;

CREATE INDEX conversation_turns_active ON conversation_turns (active_on);
ALTER TABLE conversations DROP COLUMN locale, DROP COLUMN state, DROP COLUMN decision, DROP COLUMN updated_at,
  DROP COLUMN active_on, DROP COLUMN answered;
ALTER TABLE conversations RENAME TO conversation_records;

CREATE VIEW conversations AS
SELECT c.id, c.visitor_id, c.channel, c.external_id, t.locale, c.context, c.definition_version, t.state, t.decision,
       c.created_at, t.updated_at, c.lead_id, t.answered, t.active_on
FROM conversation_records c JOIN conversation_turns t ON t.id = c.id;

-- conversation_turns has no key to conversation_records (an update of it would look at the trigger
-- of one on every turn): both rows are written by a conversation's start, in one statement, and its
-- row here goes with it as every row hanging off it does.
CREATE OR REPLACE FUNCTION delete_conversation_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM conversation_turns WHERE id = OLD.id;
  DELETE FROM messages WHERE conversation_id = OLD.id;
  DELETE FROM audit_events WHERE conversation_id = OLD.id;
  DELETE FROM consents WHERE conversation_id = OLD.id;
  DELETE FROM outbox WHERE conversation_id = OLD.id;
  DELETE FROM review_items WHERE conversation_id = OLD.id;
  DELETE FROM lead_events WHERE lead_id = OLD.id;
  RETURN NULL;
END $$;

CREATE FUNCTION conversation_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE conversation_turns SET id = id WHERE id = NEW.id;
  RETURN NULL;
END $$;
CREATE TRIGGER conversation_moved AFTER UPDATE ON conversation_records FOR EACH ROW EXECUTE FUNCTION conversation_moved();
