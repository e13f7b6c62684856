-- Each message went into three indexes (two for a bot's reply): its id's, its conversation's
-- (conversation_id, seq), and a visitor's client id. No query looks a message up by its id, and no
-- key refers to it since migration 015: every read of messages goes by conversation, so the
-- conversation's index becomes the primary key and the id's index goes. The id stays what clients
-- and transcripts see, a random UUID made once per message (turn-write.ts, conversation-start.ts,
-- writes.ts). A turn writes three index entries fewer.
ALTER TABLE messages DROP CONSTRAINT messages_pkey;
DROP INDEX messages_conversation;
ALTER TABLE messages ADD PRIMARY KEY (conversation_id, seq);
