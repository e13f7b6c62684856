import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor } from './driver.js';

function executor(db: PGlite | Transaction): SqlExecutor {
  return {
    async query<R>(sql: string, params: unknown[] = []) {
      return (await db.query<R>(sql, params)).rows;
    },
    async script(sql: string) {
      await db.exec(sql);
    },
  };
}

/**
 * PGlite is one connection in this process: its transactions run one at a time, so a row lock
 * never waits here, and statements outside a transaction queue behind it.
 */
export function pgliteDriver(db: PGlite): SqlDriver {
  return {
    kind: 'pglite',
    ...executor(db),
    transaction: (fn) => db.transaction((tx) => fn(executor(tx))),
    listen: async (channel, onPayload) => {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    close: () => db.close(),
  };
}

/** A PGlite database persisted in `dir` (created on first use). */
export async function openPglite(dir: string): Promise<SqlDriver> {
  await mkdir(dir, { recursive: true });
  return pgliteDriver(await PGlite.create(dir));
}
