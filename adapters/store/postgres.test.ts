import { describe } from 'vitest';
import { migrate, readMigrations } from './migrate.js';
import { freshPostgresDatabase, postgresAvailable } from '../../test/support/postgres-database.js';
import { storeContract } from './store.contract.js';

describe.skipIf(!postgresAvailable())('the store on PostgreSQL', () => {
  storeContract({
    async migrated() {
      const driver = await freshPostgresDatabase();
      await migrate(driver, await readMigrations());
      return driver;
    },
    empty: freshPostgresDatabase,
  });
});
