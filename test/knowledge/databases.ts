import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type { SqlClient } from '../../adapters/knowledge/sql.js';

/** The knowledge table as the store's migration creates it. */
const MIGRATION = readFileSync(new URL('../../adapters/store/migrations/002_knowledge_passages.sql', import.meta.url), 'utf8');

export interface TestDatabase {
  sql: SqlClient;
  close(): Promise<void>;
}

export async function pgliteDatabase(): Promise<TestDatabase> {
  const db = await PGlite.create();
  await db.exec(MIGRATION);
  return { sql: { query: async (text, params) => (await db.query(text, params)).rows as never[] }, close: () => db.close() };
}

const PG_BIN = (() => {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const version = readdirSync(root).sort().at(-1);
  return version && existsSync(join(root, version, 'bin', 'initdb')) ? join(root, version, 'bin') : null;
})();

/** Whether a PostgreSQL server can be started here; in CI its absence is a failure, not a skip. */
export const postgresAvailable = PG_BIN !== null || process.env.CI === 'true';

/** A throwaway PostgreSQL cluster on a free loopback port, run as the postgres user (it refuses root). */
export async function postgresDatabase(): Promise<TestDatabase> {
  if (!PG_BIN) throw new Error('PostgreSQL server binaries are not installed (apt-get install postgresql)');
  const dir = mkdtempSync(join(tmpdir(), 'kysy-pg-'));
  const port = 20000 + Math.floor(Math.random() * 20000);
  const asPostgres = (cmd: string, args: string[]) => execFileSync('runuser', ['-u', 'postgres', '--', join(PG_BIN, cmd), ...args], { stdio: 'pipe' });
  execFileSync('chown', ['postgres', dir]);
  asPostgres('initdb', ['-D', join(dir, 'data'), '-A', 'trust', '-U', 'postgres']);
  asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', join(dir, 'log'), '-w', 'start']);
  const pool = new pg.Pool({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, max: 2 });
  await pool.query(MIGRATION);
  return {
    sql: { query: async (text, params) => (await pool.query(text, params)).rows as never[] },
    async close() {
      await pool.end();
      asPostgres('pg_ctl', ['-D', join(dir, 'data'), '-m', 'fast', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
