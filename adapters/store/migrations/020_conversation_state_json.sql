-- Every turn writes its conversation's state anew (a document of one to a few kB) and reads it back
-- whole, parsed in JS, whenever it reads at all; as jsonb PostgreSQL parsed it into a tree and sorted
-- its keys on every write (about a sixth of a turn's instructions went to jsonb input) and serialised
-- it again on every read. As json it is checked and kept as sent. The one SQL use of a key inside it,
-- the A/B statistics' phase test (variant-stats.ts), reads it from the text as well.
ALTER TABLE conversations ALTER COLUMN state TYPE json USING state::json;
