-- Wrong passwords are counted per account and client address: someone who knows an e-mail address
-- can lock that account only for themselves, not for its owner signing in from elsewhere.
CREATE TABLE admin_sign_in_failures (
  user_id text NOT NULL REFERENCES admin_users (id) ON DELETE CASCADE,
  address text NOT NULL,
  failed_attempts integer NOT NULL DEFAULT 0,
  locked_until timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (user_id, address)
);

ALTER TABLE admin_users DROP COLUMN failed_attempts, DROP COLUMN locked_until;
