-- Every answer a turn recorded was written twice by the turn's statement: as a row of `answers` and as
-- the `answer_recorded` event of the conversation's audit trail, with the same fields. The audit trail
-- is now the one record of answers and `answers` a view of it with the columns every query read: the
-- turn's statement has one data-modifying part, one table and its index fewer, and no list of answers
-- to parse (bench/turns/pg-instructions.ts: 0.920 -> 0.837 M instructions per turn, -9 %; the other
-- way round, answers without their events, saved 2.7 %). Reads of answers are rare (the admin and
-- Slack views of a lead, a returning visitor's start, reports, a person's export and erasure) and go by
-- conversation through the trail's index (conversation_id, seq); each reads an answer's fields from
-- its event's text once (json_to_record). A person's erasure anonymised both copies alike and the
-- retention purge deleted both with their conversation, so nothing a reader sees changes, but
-- `message_id`, which no query read.
-- An answer carried over from an earlier conversation when one starts (source `previous`) has an
-- event of its own and never had a row: it stays out of the view, as it stayed out of the table.
-- Rows of answers without their event (Kysy wrote both in one statement; a seeded or hand-made row
-- may lack it) become events, after the rest of their conversation's trail.
INSERT INTO audit_events (conversation_id, actor, type, data, at)
SELECT a.conversation_id, 'bot', 'answer_recorded',
       json_build_object('type', 'answer_recorded', 'answer', json_build_object(
         'criterionId', a.criterion, 'value', a.value, 'raw', a.raw, 'source', a.source, 'confidence', a.confidence,
         'at', to_char(a.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')))::text,
       a.at
FROM answers a
WHERE NOT EXISTS (
  SELECT FROM audit_events e
  WHERE e.conversation_id = a.conversation_id AND e.type = 'answer_recorded'
    AND e.data::json->'answer'->>'criterionId' = a.criterion AND (e.data::json->'answer'->>'at')::timestamptz = a.at)
ORDER BY a.conversation_id, a.seq;

DROP TABLE answers;
DROP TYPE turn_answer;

-- visitor_id is the conversation's (an erasure moves the conversation to a fresh visitor): a query
-- that does not read it does not join (the join is left out by the planner, conversations.id being unique).
CREATE VIEW answers AS
SELECT e.seq, e.conversation_id, c.visitor_id, a."criterionId" AS criterion, a.value, a.raw, a.source, a.confidence, a.at
FROM audit_events e
LEFT JOIN conversations c ON c.id = e.conversation_id
CROSS JOIN LATERAL json_to_record(e.data::json->'answer')
  AS a("criterionId" text, value jsonb, raw text, source text, confidence double precision, at timestamptz)
WHERE e.type = 'answer_recorded' AND a.source <> 'previous';

CREATE OR REPLACE FUNCTION delete_conversation_rows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM messages WHERE conversation_id = OLD.id;
  DELETE FROM audit_events WHERE conversation_id = OLD.id;
  DELETE FROM consents WHERE conversation_id = OLD.id;
  DELETE FROM outbox WHERE conversation_id = OLD.id;
  DELETE FROM review_items WHERE conversation_id = OLD.id;
  DELETE FROM lead_events WHERE lead_id = OLD.id;
  RETURN NULL;
END $$;
