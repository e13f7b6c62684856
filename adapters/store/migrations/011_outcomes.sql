-- What marketers paid for a campaign over a period (the admin's ROI table, bot/outcomes/roi.ts).
CREATE TABLE campaign_costs (
  id text PRIMARY KEY,
  -- the utm_campaign of the conversations it brought
  campaign text NOT NULL,
  period_start date NOT NULL,
  period_end date NOT NULL CHECK (period_end >= period_start),
  amount numeric(14, 2) NOT NULL CHECK (amount >= 0),
  currency text NOT NULL,
  created_by text NOT NULL,
  created_at timestamptz NOT NULL
);
CREATE INDEX campaign_costs_period ON campaign_costs (period_start, period_end);

-- The funnel and ROI of one campaign read its conversations by campaign and start.
CREATE INDEX conversations_campaign ON conversations ((context->'utm'->>'utm_campaign'), created_at);

-- Sales' decisions on leads (the funnel's response times and per-owner figures), without the rest.
CREATE INDEX lead_events_decisions ON lead_events (created_at, lead_id) WHERE type IN ('lead.accepted', 'lead.rejected');
