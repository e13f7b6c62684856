-- The funnel's "engaged" step (adapters/store/funnel.ts) is a conversation with at least one answer.
-- Looking that up in answers per conversation cost the weekly funnel over 100k conversations most of
-- its time; the turn that writes a conversation's first answer now marks the conversation instead
-- (adapters/store/turn-write.ts). Answers are never deleted on their own (only with their
-- conversation), so the marker stays true once set.
ALTER TABLE conversations ADD COLUMN answered boolean NOT NULL DEFAULT false;
UPDATE conversations c SET answered = true WHERE EXISTS (SELECT 1 FROM answers a WHERE a.conversation_id = c.id);
