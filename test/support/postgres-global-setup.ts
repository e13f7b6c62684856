import type { TestProject } from 'vitest/node';
import { postgresBinaries, startCluster } from './postgres-cluster.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL server for tests (its maintenance database URL), or null when none is available. */
    postgresUrl: string | null;
  }
}

/**
 * Gives the test run one PostgreSQL server: DATABASE_URL when set, else a throwaway cluster from
 * the machine's server binaries, removed at the end. Without binaries the PostgreSQL tests skip,
 * except in CI, where the run fails here.
 */
export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) {
    project.provide('postgresUrl', process.env.DATABASE_URL);
    return;
  }
  const bin = await postgresBinaries();
  if (!bin) {
    if (process.env.CI === 'true') throw new Error('PostgreSQL server binaries are missing under /usr/lib/postgresql (apt-get install -y postgresql)');
    project.provide('postgresUrl', null);
    return;
  }
  const cluster = await startCluster(bin, { durable: false });
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
