/** What the knowledge index needs from a database: the store's SQL driver (PGlite or PostgreSQL) fits. */
export interface SqlClient {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** Postgres text search configurations per locale; any missing on the server falls back to `simple`. */
export const TEXT_SEARCH_CONFIG: Record<string, string> = { en: 'english', fi: 'finnish', sv: 'swedish', pl: 'polish' };

export async function searchConfigs(sql: SqlClient, locales: string[]): Promise<Record<string, string>> {
  const wanted = locales.map((l) => TEXT_SEARCH_CONFIG[l] ?? 'simple');
  const rows = await sql.query<{ cfgname: string }>('select cfgname from pg_ts_config where cfgname = any($1::text[])', [wanted]);
  const present = new Set(rows.map((r) => r.cfgname));
  return Object.fromEntries(locales.map((l) => [l, present.has(TEXT_SEARCH_CONFIG[l] ?? '') ? TEXT_SEARCH_CONFIG[l]! : 'simple']));
}
