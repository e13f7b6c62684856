-- Every turn writes its audit events (a question asked, an answer recorded, a decision changed with
-- the whole score: tens of bytes to a few kB each). They came as a list inside one jsonb parameter and
-- were stored as jsonb: PostgreSQL parsed the list into a tree with its keys sorted (jsonb_in), then
-- took it apart again element by element, for reads that are rare (the lead's timeline, a person's
-- export and erasure, the A/B statistics). Kysy is the only writer of an event's data and always
-- writes JSON.stringify's output (as for the state and the score, migration 022): as text it is
-- stored as sent, and the reads cast it (`data::json->>'criterionId'`, `data::jsonb`). The turn's
-- events come as an array of these records (turn-write.ts, record-array.ts), each field as it is.
ALTER TABLE audit_events ALTER COLUMN data TYPE text USING data::text;
CREATE TYPE turn_event AS (type text, data text);
