-- A turn writes two audit events or so, and each went into two indexes: its conversation's
-- (conversation_id, seq), which every read of a conversation's events uses, and the primary key on
-- seq, which no query reads and no key refers to (an identity is unique by construction). seq stays
-- the events' order. (answers and messages lost theirs to their conversation's index in migrations
-- 015 and 016; conversation_id is nullable here, for the events about a person, so it cannot be a key.)
ALTER TABLE audit_events DROP CONSTRAINT audit_events_pkey;
-- Every turn writes its lead's score anew, a document of a few hundred bytes to a few kB that only
-- ever comes back whole (the lead views, HubSpot): as json it is checked and stored as sent, where
-- jsonb parsed it into a tree and sorted its keys on every turn, and serialised it again on a read.
ALTER TABLE leads ALTER COLUMN score TYPE json USING score::json;
