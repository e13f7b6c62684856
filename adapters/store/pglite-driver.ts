import type { PGlite } from '@electric-sql/pglite';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { inTransaction, pgliteStatements } from './pglite-statements.js';
import { pgliteOnThread } from './pglite-thread.js';
import { guarded } from './unavailable.js';

/**
 * One database operation (a statement, a script or a whole transaction) at a time, in arrival order,
 * letting the event loop poll sockets at least every SLICE_MS. PGlite runs in this thread and hands
 * over from one queued operation to the next in promise callbacks: under load the whole queue drained
 * without the event loop ever polling, so new connections and requests waited seconds (p99 3.3 s at
 * 50 visitors against a 0.25 s p50) while requests already inside went round again.
 */
const SLICE_MS = 5;
function fairQueue() {
  let tail: Promise<unknown> = Promise.resolve();
  let polled = performance.now();
  const turnOfLoop = () =>
    performance.now() - polled < SLICE_MS
      ? undefined
      : new Promise<void>((resolve) =>
          setImmediate(() => {
            polled = performance.now();
            resolve();
          }),
        );
  return <T>(work: () => Promise<T>): Promise<T> => {
    const run = tail.then(turnOfLoop).then(work);
    tail = run.catch(() => undefined);
    return run;
  };
}

/**
 * A PGlite instance of this thread (what builds the test templates and bench/store.ts use; the
 * server's runs on a thread of its own, see openPglite). PGlite is one connection: its transactions
 * run one at a time, so a row lock never waits here, and statements outside a transaction queue
 * behind it (see fairQueue).
 */
export function pgliteDriver(db: PGlite): SqlDriver {
  const queued = fairQueue();
  const statements = pgliteStatements(db);
  const direct: SqlExecutor = {
    query: (sql, params) => guarded(() => statements.query(sql, params)),
    script: (sql) => guarded(() => statements.script(sql)),
  };
  return {
    kind: 'pglite',
    query: (sql, params) => queued(() => direct.query(sql, params)),
    script: (sql) => queued(() => direct.script(sql)),
    transaction: (fn) => queued(() => guarded(() => inTransaction(statements, () => fn(direct)))),
    // In the queue too: a LISTEN sent while a transaction is open would join it.
    listen: async (channel, onPayload) => {
      const unlisten = await queued(() => db.listen(channel, onPayload));
      return () => queued(() => unlisten());
    },
    pool: () => null,
    close: () => db.close(),
  };
}

/** A PGlite database persisted in `dir` (created on first use), on a thread of its own (see pglite-thread.ts). */
export function openPglite(dir: string): Promise<SqlDriver> {
  return pgliteOnThread({ dataDir: dir });
}
