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

/** When PGlite's transaction ids are looked at (see `frozen`): a query of a fraction of a millisecond. */
export const FREEZE_CHECK_MS = 10 * 60_000;
/** How old the oldest unfrozen transaction id may grow: PostgreSQL's own `autovacuum_freeze_max_age`. */
export const FREEZE_AGE = 200_000_000;

/** A PGlite database persisted in `dir` (created on first use), on a thread of its own (see pglite-thread.ts), kept `frozen`. */
export async function openPglite(dir: string, options: Partial<Freezing> = {}): Promise<SqlDriver> {
  return frozen(await pgliteOnThread({ dataDir: dir }), { checkEveryMs: FREEZE_CHECK_MS, maxAge: FREEZE_AGE, ...options });
}

interface Freezing {
  checkEveryMs: number;
  maxAge: number;
}

/**
 * PGlite runs no autovacuum. Every write transaction takes a transaction id (a turn takes one), and
 * PostgreSQL stops taking writes before its ids wrap around, 2^31 of them after the oldest unfrozen
 * row: about 250 days at 100 turns a second. So every `checkEveryMs` the database's oldest id is
 * looked at, and once it is `maxAge` old, `VACUUM (FREEZE)` runs, as PostgreSQL's autovacuum would
 * (in the queue like any statement, never inside a transaction; a run that fails is tried again at
 * the next look). It holds the database while it reads every page not frozen yet (a 46 MB database
 * of 14,000 transactions: 1.4–2.9 s on a machine loaded 10 times over): that is why it runs only
 * then, about once in 200 million turns, not on a clock. Dead row versions are left to the pruning a
 * page gets when it is written (a conversation's update stays on its page: README, what a turn writes).
 */
export function frozen(driver: SqlDriver, { checkEveryMs, maxAge }: Freezing): SqlDriver {
  let running: Promise<void> | null = null;
  const check = async () => {
    const [row] = await driver.query<{ age: number }>('SELECT age(datfrozenxid) AS age FROM pg_database WHERE datname = current_database()');
    if ((row?.age ?? 0) >= maxAge) await driver.query('VACUUM (FREEZE)');
  };
  const timer = setInterval(() => {
    running ??= check()
      .catch(() => undefined)
      .finally(() => (running = null));
  }, checkEveryMs);
  timer.unref();
  return {
    ...driver,
    async close() {
      clearInterval(timer);
      await running;
      await driver.close();
    },
  };
}
