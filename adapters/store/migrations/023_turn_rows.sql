-- A turn's messages and answers come to its statement as arrays of these records (turn-write.ts,
-- record-array.ts). They came as lists inside one jsonb parameter, which PostgreSQL parsed into a tree
-- with its keys sorted (jsonb_in) and then read again key by key (jsonb_to_recordset): 10 % of the
-- server's instructions per turn. An array of records is read field by field, each by its type's input.
CREATE TYPE turn_message AS (id text, role text, text text, choice text, choices jsonb, asking text, client_message_id text, reply_to text);
CREATE TYPE turn_answer AS (criterion text, value jsonb, raw text, source text, confidence double precision, at timestamptz);
