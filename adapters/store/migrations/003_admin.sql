-- The marketer's admin: people who sign in, their sessions, and the one shared definition draft.
-- Emails are stored lower-cased; session ids are kept only as SHA-256 digests.

CREATE TABLE admin_users (
  id text PRIMARY KEY,
  email text NOT NULL UNIQUE,
  password_hash text NOT NULL,
  role text NOT NULL CHECK (role IN ('marketer', 'analyst', 'admin')),
  -- a generated password must be replaced at the first sign-in
  must_change_password boolean NOT NULL DEFAULT false,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  created_at timestamptz NOT NULL
);

CREATE TABLE admin_sessions (
  token_hash text PRIMARY KEY,
  user_id text NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL
);
CREATE INDEX admin_sessions_user ON admin_sessions (user_id);
CREATE INDEX admin_sessions_expiry ON admin_sessions (expires_at);

-- Exactly one draft: marketers edit together; publishing or discarding removes it.
CREATE TABLE definition_drafts (
  id integer PRIMARY KEY CHECK (id = 1),
  -- what the editor holds, valid or not
  definition jsonb NOT NULL,
  base_version integer,
  updated_by text NOT NULL,
  updated_at timestamptz NOT NULL
);

-- The A/B statistics read question and skip events by type.
CREATE INDEX audit_events_type ON audit_events (type, conversation_id);
