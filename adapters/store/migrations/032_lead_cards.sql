-- A turn rewrites its lead's row, and an update opens and locks every index of its table while it
-- runs: with the lead row's five, a common turn's statement held 18 relation locks (4 tables, 12
-- indexes, 2 identity sequences), past the 16 a backend keeps on its fast path, so its last locks went
-- through the shared lock table on every turn (read from pg_locks before the statement's end). Two of
-- the five index what no turn writes: the lead's Slack card (card_channel, card_ts: the card a rep's
-- click names) and its reminder clock (next_reminder_at: the SLA's due reminders). They move, with
-- their indexes, to a table of their own, written by the card's posting, a lead's change and the
-- reminders' claim; the turn's statement now holds 16. A lead without a card or a reminder due has no
-- row there (read as nulls); a lead's row goes with it.
CREATE TABLE lead_cards (
  conversation_id text COLLATE "C" PRIMARY KEY REFERENCES leads (conversation_id) ON DELETE CASCADE,
  card_channel text,
  card_ts text,
  next_reminder_at timestamptz,
  UNIQUE (card_channel, card_ts)
);

INSERT INTO lead_cards (conversation_id, card_channel, card_ts, next_reminder_at)
SELECT conversation_id, card_channel, card_ts, next_reminder_at FROM leads
WHERE card_channel IS NOT NULL OR card_ts IS NOT NULL OR next_reminder_at IS NOT NULL;

CREATE INDEX lead_cards_reminder_due ON lead_cards (next_reminder_at) WHERE next_reminder_at IS NOT NULL;
ALTER TABLE leads DROP COLUMN card_channel, DROP COLUMN card_ts, DROP COLUMN next_reminder_at;
