-- One person, one open lead. A lead's id stays its first conversation's id; every conversation names
-- the lead it belongs to (its own id until a later conversation of the same person joins an open lead).
ALTER TABLE conversations ADD COLUMN lead_id text;
UPDATE conversations SET lead_id = id;
ALTER TABLE conversations ALTER COLUMN lead_id SET NOT NULL;
CREATE INDEX conversations_lead ON conversations (lead_id);

-- The e-mail address the person consented to be contacted at, lower-cased: how a later conversation
-- from another browser finds the person's open lead.
ALTER TABLE leads ADD COLUMN email text;
CREATE INDEX leads_email ON leads (email) WHERE email IS NOT NULL;

-- What the visitor said yes or no to: the wording shown, and its version (`<locale>:<hash>`), so a
-- remembered consent can say when it was given and to which text.
ALTER TABLE consents ADD COLUMN text text;
ALTER TABLE consents ADD COLUMN text_version text;
