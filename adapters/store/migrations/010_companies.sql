-- Companies: each lead belongs to one (by its consented e-mail's domain unless free-mail, else by the
-- company name given), so several people of one company are one account in the admin. `known` marks
-- existing customers (the marketer's uploaded list, or a customer company found in the CRM), which
-- routing rules may send to their account manager.
CREATE TABLE companies (
  id text PRIMARY KEY,
  domain text UNIQUE,
  name text,
  -- the name as compared (lower case, legal form dropped): a company without a domain is found by it
  name_key text UNIQUE,
  known_by text CHECK (known_by IN ('list', 'crm')),
  created_at timestamptz NOT NULL,
  CHECK (domain IS NOT NULL OR name_key IS NOT NULL)
);
CREATE INDEX companies_known ON companies (known_by) WHERE known_by IS NOT NULL;

ALTER TABLE leads ADD COLUMN company_id text REFERENCES companies (id) ON DELETE SET NULL;
CREATE INDEX leads_company ON leads (company_id);
