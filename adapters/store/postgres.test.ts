import { describe } from 'vitest';
import { migrate, readMigrations } from './migrate.js';
import { freshPostgresDatabase, postgresAvailable } from '../../test/support/postgres-database.js';
import { adminStoreContract } from './admin.contract.js';
import { leadContract } from './leads.contract.js';
import { leadEventContract } from './lead-events.contract.js';
import { retentionContract } from './retention.contract.js';
import { peopleContract } from './people.contract.js';
import { reviewQueueContract } from './review.contract.js';
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
  adminStoreContract({
    async migrated() {
      const driver = await freshPostgresDatabase();
      await migrate(driver, await readMigrations());
      return driver;
    },
  });
  leadContract({
    async migrated() {
      const driver = await freshPostgresDatabase();
      await migrate(driver, await readMigrations());
      return driver;
    },
  });
  retentionContract({
    async migrated() {
      const driver = await freshPostgresDatabase();
      await migrate(driver, await readMigrations());
      return driver;
    },
  });
  leadEventContract({
    async migrated() {
      const driver = await freshPostgresDatabase();
      await migrate(driver, await readMigrations());
      return driver;
    },
  });
  reviewQueueContract({
    async migrated() {
      const driver = await freshPostgresDatabase();
      await migrate(driver, await readMigrations());
      return driver;
    },
  });
  peopleContract({
    async migrated() {
      const driver = await freshPostgresDatabase();
      await migrate(driver, await readMigrations());
      return driver;
    },
  });
});
