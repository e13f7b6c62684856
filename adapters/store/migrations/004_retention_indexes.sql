-- The retention purge: it finds conversations by last activity, and deleting one cascades to its
-- outbox rows, consents and answers (through their messages), which had no index on those keys, so
-- each deleted row meant a scan of the whole table.
CREATE INDEX conversations_updated ON conversations (updated_at);
CREATE INDEX outbox_conversation ON outbox (conversation_id);
CREATE INDEX consents_conversation ON consents (conversation_id);
CREATE INDEX answers_message ON answers (message_id);
