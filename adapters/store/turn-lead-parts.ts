import type { Shape } from './turn-shape.js';

/**
 * The company, found by the consented e-mail's domain (free-mail has none) or else created (`cp`): the
 * first name heard for a domain stays its name. A company found is written only when the turn gives
 * the name it lacks: an upsert rewrote its row on every such turn (a new row version, and the row
 * locked until commit: two visitors of one company waited on each other). Found in the statement's
 * snapshot, the row can only have gained a name since (companies are never deleted); one created
 * meanwhile is met by the upsert, as before. `when`: the condition of a guarded turn's write.
 */
export const COMPANY_BY_DOMAIN = (when: string) => `
cf AS (SELECT id, name FROM companies WHERE domain = :domain::text),
cp AS (
  INSERT INTO companies (id, domain, name, created_at)
  SELECT gen_random_uuid()::text, :domain::text, :companyName::text, :now::timestamptz
  WHERE NOT EXISTS (SELECT FROM cf WHERE name IS NOT DISTINCT FROM COALESCE(name, :companyName::text))${when}
  ON CONFLICT (domain) DO UPDATE SET name = COALESCE(companies.name, excluded.name) RETURNING id)`;

/** The company by the name given, when there is no domain to go by: found (`cf`, never written) or else created (`cp`), as by the domain. */
export const COMPANY_BY_NAME = (when: string) => `
cf AS (SELECT id FROM companies WHERE name_key = :nameKey::text),
cp AS (
  INSERT INTO companies (id, name, name_key, created_at)
  SELECT gen_random_uuid()::text, :companyName::text, :nameKey::text, :now::timestamptz
  WHERE NOT EXISTS (SELECT FROM cf)${when}
  ON CONFLICT (name_key) DO UPDATE SET name = companies.name RETURNING id)`;

/**
 * The lead's columns a turn sets, as an UPDATE's SET list or an upsert's DO UPDATE: a later
 * conversation that keeps the verdict (`keepsVerdict`) leaves the score and its decision as they are,
 * and a turn without a company leaves the lead's. (As values tested in CASEs, these were evaluated on
 * every turn for what its shape already says.)
 */
const LEAD_SET = (given: (column: string) => string, { keepsVerdict, company }: Shape) =>
  [
    ...(keepsVerdict ? [] : ['score', 'decision', 'definition_version', 'owner_id'].map((column) => `${column} = ${given(column)}`)),
    `qualified_as = ${given('qualified_as')}`,
    `email = COALESCE(${given('email')}, leads.email)`,
    ...(company ? [`company_id = COALESCE(${given('company_id')}, leads.company_id)`] : []),
    `updated_at = ${given('updated_at')}`,
  ].join(', ');

/** The values a turn gives each column of its lead. */
const LEAD_VALUES: Record<string, string> = {
  score: ':score::text',
  decision: ':leadDecision::text',
  definition_version: ':definitionVersion::integer',
  owner_id: ':owner::text',
  qualified_as: ':qualifiedAs::text',
  email: ':email::text',
  company_id: 'COALESCE((SELECT id FROM cp), (SELECT id FROM cf))',
  updated_at: ':now::timestamptz',
};

/**
 * The lead, updated where it has a row and the turn was decided on it (`checked`: its status and
 * verdict as read, tested as it is written: an upsert costs a speculative insertion's checks and a
 * tuple projected for nothing on every turn), else created or updated (`when`: the condition of a
 * guarded turn's write).
 */
export const LEAD = (shape: Shape, lead: { checked: string } | { when: string }) =>
  'checked' in lead
    ? `
l AS (
  UPDATE leads SET ${LEAD_SET((column) => LEAD_VALUES[column]!, shape)}
  WHERE conversation_id = :lead::text${lead.checked}
  RETURNING status, qualified_as)`
    : `
l AS (
  INSERT INTO leads (conversation_id, score, decision, definition_version, owner_id, qualified_as, email, company_id, created_at, updated_at)
  SELECT :lead::text, :score::text, :leadDecision::text, :definitionVersion::integer, :owner::text, :qualifiedAs::text, :email::text,
         ${shape.company ? LEAD_VALUES.company_id : 'NULL'}, :now::timestamptz, :now::timestamptz${lead.when}
  ON CONFLICT (conversation_id) DO UPDATE SET ${LEAD_SET((column) => `excluded.${column}`, shape)}
  RETURNING status, qualified_as)`;
