import { mkdir } from 'node:fs/promises';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { guarded } from './unavailable.js';

function executor(db: PGlite | Transaction): SqlExecutor {
  return {
    query: <R>(sql: string, params: unknown[] = []) => guarded(async () => (await db.query<R>(sql, params)).rows),
    script: (sql: string) => guarded(async () => void (await db.exec(sql))),
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
    transaction: (fn) => guarded(() => db.transaction((tx) => fn(executor(tx)))),
    listen: async (channel, onPayload) => {
      const unlisten = await db.listen(channel, onPayload);
      return () => unlisten();
    },
    pool: () => null,
    close: () => db.close(),
  };
}

/** A PGlite database persisted in `dir` (created on first use). */
export async function openPglite(dir: string): Promise<SqlDriver> {
  await mkdir(dir, { recursive: true });
  return pgliteDriver(await PGlite.create(dir));
}
