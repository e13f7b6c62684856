-- Every turn writes its conversation's state and its lead's score anew (together two to three kB),
-- and json input checked each as JSON on the way in (json_in: 4 % of the server's instructions per
-- turn, bench/turns/pg-instructions.ts). Kysy is their only writer and always writes JSON.stringify's
-- output; they come back whole and are parsed in JS (records.ts) or cast where SQL reads inside them
-- (`state::json->>'phase'`, the person export's `::jsonb`, the lead reads' `score::json`). As text
-- they are stored as sent.
ALTER TABLE conversations ALTER COLUMN state TYPE text;
ALTER TABLE leads ALTER COLUMN score TYPE text;
