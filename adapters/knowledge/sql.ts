import { Locale } from '../../qualification/definition/schema.js';
import { packFor } from '../../qualification/locales/index.js';

/** What the knowledge index needs from a database: the store's SQL driver (PGlite or PostgreSQL) fits. */
export interface SqlClient {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

/** The locale pack's text search configuration; an unknown locale, or one the server lacks, falls back to `simple`. */
export async function searchConfigs(sql: SqlClient, locales: string[]): Promise<Record<string, string>> {
  const named = (l: string) => {
    const locale = Locale.safeParse(l);
    return locale.success ? packFor(locale.data).textSearch : 'simple';
  };
  const rows = await sql.query<{ cfgname: string }>('select cfgname from pg_ts_config where cfgname = any($1::text[])', [locales.map(named)]);
  const present = new Set(rows.map((r) => r.cfgname));
  return Object.fromEntries(locales.map((l) => [l, present.has(named(l)) ? named(l) : 'simple']));
}
