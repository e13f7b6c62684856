-- The ids that key a turn's rows (a conversation's, its visitor's, its lead's, a client message's) are
-- compared in every index a turn searches or writes: some hundred comparisons a turn. Under a database
-- whose collation is a libc locale (C.UTF-8, en_US.UTF-8: what initdb takes from the environment) each
-- comparison of two texts went through strcoll, ~280 instructions for two UUIDs, 3 % of the server's
-- instructions per turn (bench/turns/pg-instructions.ts); under "C" it is a memcmp. Ids are only ever
-- compared for equality and ordered for a stable tie-break or a lock order, which the column's own
-- collation keeps consistent in every query. The type stays text, so the rows are not rewritten; the
-- indexes on these columns are rebuilt and the foreign keys checked again. (PGlite's databases are "C"
-- already.)
ALTER TABLE visitors ALTER COLUMN id TYPE text COLLATE "C";
ALTER TABLE conversations ALTER COLUMN id TYPE text COLLATE "C", ALTER COLUMN visitor_id TYPE text COLLATE "C",
  ALTER COLUMN lead_id TYPE text COLLATE "C";
ALTER TABLE messages ALTER COLUMN conversation_id TYPE text COLLATE "C", ALTER COLUMN client_message_id TYPE text COLLATE "C";
ALTER TABLE answers ALTER COLUMN conversation_id TYPE text COLLATE "C";
ALTER TABLE audit_events ALTER COLUMN conversation_id TYPE text COLLATE "C";
ALTER TABLE leads ALTER COLUMN conversation_id TYPE text COLLATE "C";
ALTER TABLE consents ALTER COLUMN conversation_id TYPE text COLLATE "C", ALTER COLUMN visitor_id TYPE text COLLATE "C";
ALTER TABLE outbox ALTER COLUMN conversation_id TYPE text COLLATE "C";
ALTER TABLE review_items ALTER COLUMN conversation_id TYPE text COLLATE "C";
ALTER TABLE lead_events ALTER COLUMN lead_id TYPE text COLLATE "C";
ALTER TABLE hubspot_records ALTER COLUMN lead_id TYPE text COLLATE "C";
