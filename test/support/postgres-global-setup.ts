import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrate, readMigrations } from '../../adapters/store/migrate.js';
import { openPostgres } from '../../adapters/store/pg-driver.js';
import { postgresBinaries, startCluster, TEST_CONNECT_TIMEOUT_MS } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for tests (its maintenance database URL), or null when none is available. */
    postgresUrl: string | null;
    /** A database on that server with every migration applied, to copy migrated test databases from. */
    postgresTemplate: string | null;
  }
}

async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Migrates a new database once for the whole run: a test database copied from it (CREATE DATABASE
 * … TEMPLATE, ~50 ms of copying) costs a fraction of running every migration on it again (~0.5 s,
 * for each of the hundred-odd databases the PostgreSQL tests take). Its name is the run's own, so
 * runs sharing a DATABASE_URL server do not meet.
 */
async function migratedTemplate(serverUrl: string): Promise<{ name: string; drop(): Promise<void> }> {
  const name = `kysy_template_${randomBytes(6).toString('hex')}`;
  await onServer(serverUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const driver = openPostgres(url.toString(), { connectTimeoutMs: TEST_CONNECT_TIMEOUT_MS });
  try {
    await migrate(driver, await readMigrations());
  } finally {
    // No session may stay on a template while databases are copied from it.
    await driver.close();
  }
  return { name, drop: () => onServer(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined) };
}

/**
 * Gives the test run one PostgreSQL server: DATABASE_URL when set, else a throwaway cluster from
 * the machine's server binaries, removed at the end. Without binaries the PostgreSQL tests skip,
 * except in CI, where the run fails here.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    const template = await migratedTemplate(process.env.DATABASE_URL);
    project.provide('postgresUrl', process.env.DATABASE_URL);
    project.provide('postgresTemplate', template.name);
    return () => template.drop();
  }
  const bin = await postgresBinaries();
  if (!bin) {
    if (process.env.CI === 'true') throw new Error('PostgreSQL server binaries are missing under /usr/lib/postgresql (apt-get install -y postgresql)');
    project.provide('postgresUrl', null);
    project.provide('postgresTemplate', null);
    return;
  }
  const cluster = await startCluster(bin, { durable: false });
  project.provide('postgresUrl', cluster.url);
  project.provide('postgresTemplate', (await migratedTemplate(cluster.url)).name);
  return () => cluster.stop();
}
