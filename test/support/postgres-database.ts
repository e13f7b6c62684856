import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { SqlDriver } from '../../adapters/store/index.js';
import { openPostgres } from '../../adapters/store/pg-driver.js';
import { TEST_CONNECT_TIMEOUT_MS } from './postgres-cluster.js';

/** False only off CI on a machine without PostgreSQL (the global setup fails in CI instead). */
export function postgresAvailable(): boolean {
  return inject('postgresUrl') !== null;
}

function migratedTemplate(): string {
  const name = inject('postgresTemplate');
  if (!name) throw new Error('no migrated template database on the test PostgreSQL server (see test/support/postgres-global-setup.ts)');
  return name;
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

/**
 * A new database of its own on the test server, by URL: empty, or with every migration applied
 * (copied from the run's migrated template, see postgres-global-setup.ts); `drop` removes it.
 */
export async function createPostgresDatabase(template: 'empty' | 'migrated' = 'empty'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `kysy_test_${randomBytes(6).toString('hex')}`;
  const from = template === 'migrated' ? ` TEMPLATE ${migratedTemplate()}` : '';
  await admin((c) => c.query(`CREATE DATABASE ${name}${from}`));
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

/**
 * A driver on a new database of its own (migrated unless `template` says empty, as
 * freshPgliteDatabase); closing the driver drops it. Test files each take their own, so they run in
 * parallel without seeing each other's rows.
 */
export async function freshPostgresDatabase(template: 'empty' | 'migrated' = 'migrated'): Promise<SqlDriver> {
  const database = await createPostgresDatabase(template);
  const driver = openPostgres(database.url, { connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS });
  return {
    ...driver,
    async close() {
      await driver.close();
      await database.drop();
    },
  };
}
