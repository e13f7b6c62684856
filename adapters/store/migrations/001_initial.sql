-- Kysy's first schema. Applied files are never edited: change the schema in a new numbered file.
-- Ids are text (random UUIDs, or a visitor id the widget kept) so a malformed id finds nothing
-- instead of failing a cast. `seq` columns give insertion order where timestamps tie.

CREATE TABLE visitors (
  id text PRIMARY KEY,
  created_at timestamptz NOT NULL
);

CREATE TABLE conversations (
  id text PRIMARY KEY,
  visitor_id text NOT NULL REFERENCES visitors (id) ON DELETE CASCADE,
  channel text NOT NULL,
  external_id text,
  locale text NOT NULL,
  context jsonb NOT NULL DEFAULT '{}',
  definition_version integer NOT NULL,
  state jsonb NOT NULL,
  -- state->>'decision', kept as a column so the admin list filters on an index
  decision text NOT NULL,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (channel, external_id)
);
CREATE INDEX conversations_visitor ON conversations (visitor_id, created_at);
CREATE INDEX conversations_created ON conversations (created_at DESC);
CREATE INDEX conversations_decision ON conversations (decision, created_at DESC);

CREATE TABLE messages (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  role text NOT NULL CHECK (role IN ('visitor', 'bot', 'rep')),
  text text NOT NULL,
  -- the option id a visitor clicked (text then holds its label)
  choice text,
  choices jsonb,
  asking text,
  -- visitor messages: the client's id, the key that makes a resend return the same reply
  client_message_id text,
  -- rep messages: the chat's own message id, so a redelivered event is saved once
  external_id text,
  reply_to text REFERENCES messages (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  UNIQUE (conversation_id, client_message_id),
  UNIQUE (conversation_id, external_id)
);
CREATE INDEX messages_conversation ON messages (conversation_id, seq);
CREATE INDEX messages_reply_to ON messages (reply_to);

CREATE TABLE answers (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  -- copied from the conversation so a visitor's earlier answers are one index scan
  visitor_id text NOT NULL,
  message_id text REFERENCES messages (id) ON DELETE CASCADE,
  criterion text NOT NULL,
  value jsonb NOT NULL,
  raw text NOT NULL,
  source text NOT NULL,
  confidence double precision NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX answers_conversation ON answers (conversation_id, seq);
CREATE INDEX answers_visitor ON answers (visitor_id, criterion, at DESC);

CREATE TABLE leads (
  conversation_id text PRIMARY KEY REFERENCES conversations (id) ON DELETE CASCADE,
  score jsonb NOT NULL,
  decision text NOT NULL,
  definition_version integer NOT NULL,
  owner_id text,
  status text NOT NULL DEFAULT 'open',
  assignee text,
  card_channel text,
  card_ts text,
  handed_off_at timestamptz,
  reminders_sent integer NOT NULL DEFAULT 0,
  next_reminder_at timestamptz,
  created_at timestamptz NOT NULL,
  updated_at timestamptz NOT NULL,
  UNIQUE (card_channel, card_ts)
);
CREATE INDEX leads_decision ON leads (decision, created_at DESC);
CREATE INDEX leads_reminder_due ON leads (next_reminder_at) WHERE next_reminder_at IS NOT NULL;

CREATE TABLE outbox (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  kind text NOT NULL,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  idempotency_key text NOT NULL UNIQUE,
  payload jsonb NOT NULL,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered')),
  attempts integer NOT NULL DEFAULT 0,
  next_attempt_at timestamptz NOT NULL,
  last_error text,
  delivered_at timestamptz,
  result jsonb,
  created_at timestamptz NOT NULL
);
CREATE INDEX outbox_due ON outbox (kind, next_attempt_at) WHERE status = 'pending';

CREATE TABLE definition_versions (
  version integer PRIMARY KEY,
  definition jsonb NOT NULL,
  author text NOT NULL,
  note text NOT NULL,
  created_at timestamptz NOT NULL
);

CREATE TABLE consents (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  visitor_id text NOT NULL REFERENCES visitors (id) ON DELETE CASCADE,
  conversation_id text NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  granted boolean NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX consents_visitor ON consents (visitor_id, seq);

CREATE TABLE audit_events (
  seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  conversation_id text REFERENCES conversations (id) ON DELETE CASCADE,
  actor text NOT NULL,
  type text NOT NULL,
  data jsonb NOT NULL,
  at timestamptz NOT NULL
);
CREATE INDEX audit_events_conversation ON audit_events (conversation_id, seq);
