-- A turn decided outside any lock writes its conversation first, on the row version it was decided on,
-- and then its lead, still as it was read (turn-statements.ts, `guarded`). When the lead moved meanwhile
-- (a rep's action, another conversation of the lead) the conversation is already written: the
-- statement ends in this error, which undoes it whole, and the turn reads and decides again
-- (turn-write.ts). Rare: a rep acts on a lead a handful of times in its life.
CREATE FUNCTION turn_lead_moved() RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the lead of the turn changed since the turn was decided' USING ERRCODE = 'KY001';
END $$;
