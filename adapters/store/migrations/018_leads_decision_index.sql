-- A turn upserts its lead (turn-statements.ts), and a third of those updates wrote a new entry into
-- every index of leads instead of updating the row in place (HOT, see migration 014): the decision,
-- indexed here, changes on several turns of a conversation. No query looks leads up by their decision:
-- the admin filters conversations by theirs (conversations_decision), and reads a lead by its id.
DROP INDEX leads_decision;
