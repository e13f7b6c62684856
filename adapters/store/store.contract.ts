import { afterAll, afterEach, beforeAll } from 'vitest';
import { adminStoreContract } from './admin.contract.js';
import { companyContract } from './companies.contract.js';
import { manualClock, type ManualClock } from './contract-fixtures.js';
import { conversationContract } from './conversations.contract.js';
import { definitionContract } from './definitions.contract.js';
import type { SqlDriver } from './driver.js';
import { type Store, type StoreOptions, storeOn } from './index.js';
import { leadEventContract } from './lead-events.contract.js';
import { leadContract } from './leads.contract.js';
import { migrationContract } from './migrations.contract.js';
import { outboxContract } from './outbox.contract.js';
import { peopleContract } from './people.contract.js';
import { retentionContract } from './retention.contract.js';
import { reviewQueueContract } from './review.contract.js';
import { turnLockContract } from './turn-locks.contract.js';
import { turnRaceContract } from './turn-races.contract.js';
import { turnContract } from './turns.contract.js';

/** Fresh databases of one kind; every call gives a new, private one. */
export interface DatabaseFactory {
  migrated(): Promise<SqlDriver>;
  empty(): Promise<SqlDriver>;
}

/**
 * One migrated database and store that several parts of the contract share, so that each part does
 * not pay for a database of its own; their tests keep to rows they create. Read the fields inside
 * hooks and tests: they are set in a beforeAll.
 */
export interface SharedDatabase {
  readonly factory: DatabaseFactory;
  readonly clock: ManualClock;
  readonly driver: SqlDriver;
  readonly store: Store;
  /** A store on a database of its own, for tests that need the database to themselves; closed after the suite. */
  privateStore(kind?: 'migrated' | 'empty'): Promise<Store>;
  /** Closes `own` after the suite unless the test closed it (`forget`). */
  keepOpen(own: Store): void;
  forget(own: Store): void;
  /** `SELECT count(*) FROM <from>` on the shared database. */
  count(from: string, params: unknown[]): Promise<number>;
}

function sharedDatabase(factory: DatabaseFactory): SharedDatabase {
  const clock = manualClock('2030-01-01T10:00:00.000Z');
  const opened: Store[] = [];
  let driver: SqlDriver | undefined;
  let store: Store | undefined;
  beforeAll(async () => {
    driver = await factory.migrated();
    store = await storeOn(driver, { clock, outboxLeaseMs: 60_000 });
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await store?.close();
  });
  const opening = (what: string) => new Error(`the shared store's ${what} is read before its beforeAll ran`);
  return {
    factory,
    clock,
    get driver() {
      if (!driver) throw opening('driver');
      return driver;
    },
    get store() {
      if (!store) throw opening('store');
      return store;
    },
    async privateStore(kind = 'migrated') {
      const own = await storeOn(await factory[kind](), { clock });
      opened.push(own);
      return own;
    },
    keepOpen: (own) => void opened.push(own),
    forget: (own) => void opened.splice(opened.indexOf(own), 1),
    async count(from, params) {
      const [row] = await this.driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${from}`, params);
      return row!.n;
    },
  };
}

/**
 * For contracts whose tests each need the whole database (a purge, an erasure, the queue's counts):
 * `open()` gives a store on a database of its own, closed after the test.
 */
export function storePerTest(factory: Pick<DatabaseFactory, 'migrated'>, options: StoreOptions) {
  const opened: Store[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  return {
    async open(): Promise<{ store: Store; driver: SqlDriver }> {
      const driver = await factory.migrated();
      const store = await storeOn(driver, options);
      opened.push(store);
      return { store, driver };
    },
  };
}

/** The storage contract: the same expectations for every database the store runs on. */
export function storeContract(factory: DatabaseFactory) {
  const shared = sharedDatabase(factory);
  conversationContract(shared);
  turnContract(shared);
  turnRaceContract(shared);
  turnLockContract(shared);
  companyContract(shared);
  outboxContract(shared);
  definitionContract(shared);
  migrationContract(shared);
  leadContract(factory);
  adminStoreContract(factory);
  retentionContract(factory);
  leadEventContract(factory);
  reviewQueueContract(factory);
  peopleContract(factory);
}
