import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationError, storeOn } from './index.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';
import type { SharedDatabase } from './store.contract.js';

/** Migrations: applied once however many instances start, checked against edits, and readiness. */
export function migrationContract(db: SharedDatabase) {
  const { clock, factory } = db;

  describe('migrations', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'kysy-migrations-'));
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('migrates an empty database once even when two instances start at the same time, and is then ready', async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      const applied = await Promise.all([migrate(empty, migrations), migrate(empty, migrations)]);
      expect(applied.map((a) => a.length).sort()).toEqual([0, migrations.length]);
      const own = await storeOn(empty, { clock });
      db.keepOpen(own);
      expect(await own.ready()).toBe(true);
    });

    it('refuses to start when an applied migration file was changed, and adds new ones', async () => {
      const own = await factory.migrated();
      await writeFile(join(dir, '999_extra_table.sql'), 'CREATE TABLE extra (id integer);');
      await storeOn(own, { migrations: await readMigrations(dir) });
      const first = (await readMigrations(dir))[0]!;
      await writeFile(join(dir, first.file), `${first.sql}\n-- an innocent-looking edit\n`);
      await expect(storeOn(own, { migrations: await readMigrations(dir) })).rejects.toThrow(MigrationError);
      await expect(storeOn(own, { migrations: await readMigrations(dir) })).rejects.toThrow(/001_initial\.sql was changed/);
      await expect(storeOn(own)).rejects.toThrow(/999_extra_table\.sql.*does not have/);
      await own.close();
    });

    it('is not ready once closed', async () => {
      const own = await db.privateStore();
      expect(await own.ready()).toBe(true);
      await own.close();
      expect(await own.ready()).toBe(false);
      db.forget(own);
    });
  });
}
