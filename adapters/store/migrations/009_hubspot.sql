-- The HubSpot records of each lead (adapters/crm/hubspot): remembered once made, so a retried or
-- later delivery updates them instead of making new ones. Erased with the lead.
CREATE TABLE hubspot_records (
  lead_id text PRIMARY KEY REFERENCES leads (conversation_id) ON DELETE CASCADE,
  contact_id text,
  company_id text,
  deal_id text,
  note_id text,
  -- the HubSpot account and the host of its web app (app.hubspot.com, app-eu1.hubspot.com): record links
  portal_id text,
  ui_domain text,
  synced_at timestamptz NOT NULL
);
