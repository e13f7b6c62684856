import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SqlDriver, SqlExecutor } from './driver.js';

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** Any fixed number: every Kysy instance takes the same lock, so only one migrates at a time. */
const MIGRATION_LOCK = 7_341_891_012;
const FILE_NAME = /^(\d{3})_[a-z0-9_]+\.sql$/;

export interface Migration {
  version: number;
  file: string;
  sql: string;
  checksum: string;
}

/** The database and the migration files disagree: Kysy refuses to start rather than guess. */
export class MigrationError extends Error {
  override name = 'MigrationError';
}

export async function readMigrations(dir: string = MIGRATIONS_DIR): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
  const migrations: Migration[] = [];
  for (const file of files) {
    const match = FILE_NAME.exec(file);
    if (!match) throw new MigrationError(`migration file ${file} must be named NNN_lower_snake_name.sql`);
    const version = Number(match[1]);
    if (migrations.some((m) => m.version === version)) throw new MigrationError(`two migration files have number ${match[1]}`);
    const sql = await readFile(join(dir, file), 'utf8');
    migrations.push({ version, file, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return migrations;
}

interface AppliedRow {
  version: number;
  file: string;
  checksum: string;
}

async function applied(db: SqlExecutor): Promise<AppliedRow[]> {
  return db.query<AppliedRow>('SELECT version, file, checksum FROM schema_migrations ORDER BY version');
}

/** What is wrong between the applied migrations and the files; empty when they agree so far. */
function conflicts(rows: AppliedRow[], migrations: Migration[]): string[] {
  return rows.flatMap((row) => {
    const file = migrations.find((m) => m.version === row.version);
    if (!file) return [`the database has migration ${row.file}, which this version of Kysy does not have`];
    if (file.checksum !== row.checksum) return [`migration ${row.file} was changed after it was applied; add a new migration instead`];
    return [];
  });
}

/**
 * Applies the pending migrations in order, all in one transaction under an advisory lock, and
 * refuses (MigrationError) when an applied file changed or is missing. Returns the files applied now.
 */
export async function migrate(driver: SqlDriver, migrations: Migration[]): Promise<string[]> {
  return driver.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.script(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY,
      file text NOT NULL,
      checksum text NOT NULL,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const rows = await applied(tx);
    const problems = conflicts(rows, migrations);
    if (problems.length > 0) throw new MigrationError(problems.join('; '));
    const pending = migrations.filter((m) => !rows.some((r) => r.version === m.version));
    const newest = rows.at(-1)?.version ?? 0;
    const late = pending.find((m) => m.version < newest);
    if (late) throw new MigrationError(`migration ${late.file} is older than the newest applied one; number it after ${newest}`);
    for (const migration of pending) {
      await tx.script(migration.sql);
      await tx.query('INSERT INTO schema_migrations (version, file, checksum) VALUES ($1, $2, $3)', [
        migration.version,
        migration.file,
        migration.checksum,
      ]);
    }
    return pending.map((m) => m.file);
  });
}

/** True when every migration is applied unchanged (the database answers and the schema is current). */
export async function isMigrated(db: SqlExecutor, migrations: Migration[]): Promise<boolean> {
  const rows = await applied(db);
  return rows.length === migrations.length && conflicts(rows, migrations).length === 0;
}
