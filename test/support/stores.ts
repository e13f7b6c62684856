import { describe } from 'vitest';
import { type Store, type StoreOptions, storeOn } from '../../adapters/store/index.js';
import { freshPgliteDatabase } from './pglite-template.js';
import { freshPostgresDatabase, postgresAvailable } from './postgres-database.js';

export { postgresAvailable } from './postgres-database.js';

/** A store on a fresh, migrated in-memory PGlite database of its own (closing discards it). */
export async function pgliteStore(options: StoreOptions = {}): Promise<Store> {
  return storeOn(await freshPgliteDatabase(), options);
}

/** A store on a fresh database of its own on the test PostgreSQL server (closing drops it). */
export async function postgresStore(options: StoreOptions = {}): Promise<Store> {
  return storeOn(await freshPostgresDatabase(), options);
}

/**
 * Defines `suite` twice, as "<title> on PGlite" and "<title> on PostgreSQL", each opening its stores
 * with `open`. Without a PostgreSQL server the second skips, except in CI, where the global setup
 * fails the run instead.
 */
export function onBothDatabases(title: string, suite: (open: (options?: StoreOptions) => Promise<Store>) => void): void {
  describe(`${title} on PGlite`, () => suite(pgliteStore));
  describe.skipIf(!postgresAvailable())(`${title} on PostgreSQL`, () => suite(postgresStore));
}
