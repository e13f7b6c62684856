-- Lead events: what happened to a lead (bot/lead/events.ts), for webhooks and the CRM. Each is written
-- in the transaction of the change that caused it, with one outbox row per registered sink.
CREATE TABLE lead_events (
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  id text PRIMARY KEY,
  lead_id text NOT NULL REFERENCES leads (conversation_id) ON DELETE CASCADE,
  type text NOT NULL,
  data jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX lead_events_lead ON lead_events (lead_id, seq);

-- The decision the lead's latest lead.qualified event carried: the next one is due when it changes.
-- Leads qualified before events existed count as told, so upgrading sends no burst of old news.
ALTER TABLE leads ADD COLUMN qualified_as text;
UPDATE leads SET qualified_as = decision WHERE decision IN ('sales_ready', 'nurture');
