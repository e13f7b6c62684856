-- The review queue: replies the bot could not read, and doubtful readings a visitor corrected with a
-- button, for marketers to teach the bot (README "The review queue"). Text only, contact data
-- removed; rows hang off their conversation, so the retention purge and an erasure take them along
-- with its messages. What the visitor finally chose is read from `answers` when the queue is shown.
CREATE TABLE review_items (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('not_understood', 'corrected')),
  criterion text NOT NULL,
  locale text NOT NULL,
  definition_version integer NOT NULL,
  text text NOT NULL,
  -- the normalised words: what items are grouped on and what "means option X" adds as a synonym
  phrase text NOT NULL,
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'ignored', 'taught')),
  created_at timestamptz NOT NULL
);
CREATE INDEX review_items_open ON review_items (criterion, locale, phrase) WHERE status = 'open';
CREATE INDEX review_items_created ON review_items (created_at);
CREATE INDEX review_items_conversation ON review_items (conversation_id);
