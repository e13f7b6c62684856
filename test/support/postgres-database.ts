import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { SqlDriver } from '../../adapters/store/index.js';
import { openPostgres } from '../../adapters/store/pg-driver.js';

/** False only off CI on a machine without PostgreSQL (the global setup fails in CI instead). */
export function postgresAvailable(): boolean {
  return inject('postgresUrl') !== null;
}

function serverUrl(): string {
  const url = inject('postgresUrl');
  if (!url) throw new Error('no PostgreSQL server for tests: install postgresql or set DATABASE_URL (see test/support/postgres-global-setup.ts)');
  return url;
}

async function admin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database of its own on the test server, by URL; `drop` removes it. */
export async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kysy_test_${randomBytes(6).toString('hex')}`;
  await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * The tests' connect budget. The product's 1.5 s (CONNECT_TIMEOUT_MS) is how it notices an outage
 * fast; here the server is never meant to be away, and on a machine loaded many times over its
 * cores the first connection to a new database has taken longer than that (a beforeAll failed with
 * "Connection terminated due to connection timeout"). The outage tests open their own stores with
 * the product's budget.
 */
export const TEST_CONNECT_TIMEOUT_MS = 30_000;

/**
 * A driver on a new, empty database of its own; closing the driver drops it. Test files each take
 * their own, so they run in parallel without seeing each other's rows.
 */
export async function freshPostgresDatabase(): Promise<SqlDriver> {
  const database = await createPostgresDatabase();
  const driver = openPostgres(database.url, { connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS });
  return {
    ...driver,
    async close() {
      await driver.close();
      await database.drop();
    },
  };
}
