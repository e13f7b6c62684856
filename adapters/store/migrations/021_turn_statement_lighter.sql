-- Three things every turn's statement paid for on each execution (callgrind of the server per turn,
-- bench/turns/pg-instructions.ts: together 5 % of its instructions):
-- - messages.role's CHECK: a table's CHECK is read back from its stored text (stringToNode) every time
--   a statement writes the table, ~25,000 instructions for this one list. A domain's check is kept
--   parsed in the type cache. The domain has its check added after the column takes the type, so the
--   table is only scanned, not rewritten (messages_rep, whose condition names role, is built anew).
--   Clients still see text: a domain's column is described as its base type.
ALTER TABLE messages DROP CONSTRAINT messages_role_check;
CREATE DOMAIN message_role AS text;
ALTER TABLE messages ALTER COLUMN role TYPE message_role;
ALTER DOMAIN message_role ADD CONSTRAINT message_role_check CHECK (VALUE IN ('visitor', 'bot', 'rep'));
-- - conversations.active_on (migration 014), generated from updated_at: its expression too was read back
--   from text on every UPDATE. Its writers set it with updated_at now (turn-statements.ts,
--   conversation-start.ts, rep-messages.ts). A writer that moved updated_at on without it would leave it
--   earlier, never later: the purge (retention.ts) would only look at the row sooner, and still go by
--   updated_at. NOT NULL keeps an INSERT from leaving it out.
ALTER TABLE conversations ALTER COLUMN active_on DROP EXPRESSION;
ALTER TABLE conversations ALTER COLUMN active_on SET NOT NULL;
-- - conversations_decision: the decision changes on a few turns of each conversation, and each such
--   update wrote a new entry into every index of conversations instead of updating the row in place
--   (HOT, see migration 014): about one update in six. Every UPDATE also opened the index. No query
--   needs it: the admin lists filter a decision as an optional condition ($1 IS NULL OR decision = $1)
--   while walking conversations_created newest first, and the funnel and reports count over all rows.
DROP INDEX conversations_decision;
