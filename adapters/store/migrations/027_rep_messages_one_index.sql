-- Every message a turn writes (the visitor's and the bot's replies, three on most turns) went through
-- four indexes of messages: each of the partial ones tests its condition on the row and is opened,
-- locked and closed by the statement, rows or none (bench/turns/pg-instructions.ts: 1.2 % of the
-- server's instructions per turn for messages_rep alone). Two of them index the same few rows: only a
-- rep's message carries an external id (migration 014; rep-messages.ts, the only writer of one), so
-- messages_external, which keeps a rep's chat message to one row, holds every rep message as well.
-- The funnel's first rep message (funnel.ts) reads them through it; messages_rep goes.
DROP INDEX messages_rep;
