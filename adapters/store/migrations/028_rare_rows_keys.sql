-- The rows a few turns of each conversation add beside the common ones — its consent, its lead's
-- events, their outbox rows, a review item — each ran a foreign key's check at the end of the
-- statement: a trigger and a query locking the row referred to (FOR KEY SHARE), some four per
-- conversation, 2.5 % of the server's instructions per turn on a bench whose conversations have one
-- consent, one lead event and one outbox row each (bench/turns/pg-instructions.ts). As with the common
-- rows (migration 017), each writer already holds what these keys checked:
-- - a consent, a review item and the turn's outbox rows are written by a turn's statement, which writes
--   only once it holds its conversation (turn-statements.ts: `cv`, or the locked turn's lockPerson), or
--   by a conversation's start, in the statement that inserts the conversation; a consent's visitor is
--   its conversation's (a person's erasure moves both to the fresh visitor, people.ts);
-- - a lead's events and their outbox rows are written only while the lead's row is held: by the turn
--   once its lead is written (`l`), by a change to the lead (leads.ts) once it is updated, by a joining
--   turn to the lead it locked (person-lead.ts); an erasure's card redraw after it updated the lead.
--   The lead's row exists only with its conversation (leads keeps its key, see migration 017), whose
--   id is the lead's and the outbox row's conversation.
-- What the keys did besides, deleting these rows with their conversation (the retention purge, a
-- visitor's deletion), the trigger of migration 017 does too. A lead goes with its conversation (its
-- key's cascade) or when a turn joins it to another, which first moves its events (person-lead.ts):
-- its events go with the conversation of the same id.
ALTER TABLE consents DROP CONSTRAINT consents_conversation_id_fkey, DROP CONSTRAINT consents_visitor_id_fkey;
ALTER TABLE outbox DROP CONSTRAINT outbox_conversation_id_fkey;
ALTER TABLE review_items DROP CONSTRAINT review_items_conversation_id_fkey;
ALTER TABLE lead_events DROP CONSTRAINT lead_events_lead_id_fkey;

CREATE OR REPLACE FUNCTION delete_conversation_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM messages WHERE conversation_id = OLD.id;
  DELETE FROM answers WHERE conversation_id = OLD.id;
  DELETE FROM audit_events WHERE conversation_id = OLD.id;
  DELETE FROM consents WHERE conversation_id = OLD.id;
  DELETE FROM outbox WHERE conversation_id = OLD.id;
  DELETE FROM review_items WHERE conversation_id = OLD.id;
  DELETE FROM lead_events WHERE lead_id = OLD.id;
  RETURN NULL;
END $$;
