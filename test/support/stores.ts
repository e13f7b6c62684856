import { type Store, type StoreOptions, storeOn } from '../../adapters/store/index.js';
import { freshPgliteDatabase } from './pglite-template.js';
import { freshPostgresDatabase } from './postgres-database.js';

export { postgresAvailable } from './postgres-database.js';

/** A store on a fresh, migrated in-memory PGlite database of its own (closing discards it). */
export async function pgliteStore(options: StoreOptions = {}): Promise<Store> {
  return storeOn(await freshPgliteDatabase(), options);
}

/** A store on a fresh database of its own on the test PostgreSQL server (closing drops it). */
export async function postgresStore(options: StoreOptions = {}): Promise<Store> {
  return storeOn(await freshPostgresDatabase(), options);
}
