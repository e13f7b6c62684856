import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../adapters/config/config.js';
import { startKysy } from '../../adapters/main.js';
import type { SqlDriver, SqlExecutor } from '../../adapters/store/driver.js';
import { type Store, storeOn } from '../../adapters/store/index.js';
import { openPglite } from '../../adapters/store/pglite-driver.js';
import { runLoad } from './load.js';
import { kysyTarget } from './targets.js';

/**
 * Every statement Kysy sends while visitors type, per finished conversation, by the store method that
 * sent it: `tsx bench/turns/statements.ts` (PGlite in a temp dir) or with DATABASE_URL (PostgreSQL).
 * Kysy runs in this process as `npm start` would (workers on, the shipped definition); STATEMENTS_VISITORS
 * (10) visitors play STATEMENTS_CONVERSATIONS (200) conversations, then the handoffs they queued are
 * waited out. A transaction is counted once beside its statements: it adds BEGIN and COMMIT round trips.
 * Counts, not times: they do not depend on how busy the machine is.
 */
const CONVERSATIONS = Number(process.env.STATEMENTS_CONVERSATIONS ?? 200);
const VISITORS = Number(process.env.STATEMENTS_VISITORS ?? 10);

const caller = new AsyncLocalStorage<string>();

interface Tally {
  calls: number;
  statements: number;
  transactions: number;
}

function counting(driver: SqlDriver) {
  const byMethod = new Map<string, Tally>();
  const bySql = new Map<string, number>();
  const tally = () => {
    const method = caller.getStore() ?? '(outside the store)';
    let entry = byMethod.get(method);
    if (!entry) byMethod.set(method, (entry = { calls: 0, statements: 0, transactions: 0 }));
    return entry;
  };
  const statement = (sql: string) => {
    tally().statements += 1;
    const key = `${caller.getStore() ?? '-'}: ${sql.replace(/\s+/g, ' ').trim().slice(0, 90)}`;
    bySql.set(key, (bySql.get(key) ?? 0) + 1);
  };
  const counted = (executor: SqlExecutor): SqlExecutor => ({
    query(sql, params) {
      statement(sql);
      return executor.query(sql, params);
    },
    script(sql) {
      statement(sql);
      return executor.script(sql);
    },
  });
  const wrapped: SqlDriver = {
    ...driver,
    ...counted(driver),
    transaction(fn) {
      tally().transactions += 1;
      return driver.transaction((tx) => fn(counted(tx)));
    },
  };
  return { driver: wrapped, byMethod, bySql };
}

/** The store with each method call named, so the statements it sends are put down to it. */
function named(store: Store, byMethod: Map<string, Tally>): Store {
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return (...args: unknown[]) =>
        caller.run(key, () => {
          let entry = byMethod.get(key);
          if (!entry) byMethod.set(key, (entry = { calls: 0, statements: 0, transactions: 0 }));
          entry.calls += 1;
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        });
    },
  });
}

const dataDir = await mkdtemp(join(tmpdir(), 'kysy-statements-'));
const url = process.env.DATABASE_URL;
const raw = url ? (await import('../../adapters/store/pg-driver.js')).openPostgres(url) : await openPglite(join(dataDir, 'pglite'));
const { driver, byMethod, bySql } = counting(raw);
const store = named(await storeOn(driver), byMethod);
const loaded = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '100000000', ADMIN_TOKEN: 'bench-admin-token-0123456789abcdef' });
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const kysy = await startKysy(loaded.config, { store, buildWidget: false, announce: () => undefined });
try {
  byMethod.clear();
  bySql.clear();
  const figures = await runLoad(kysyTarget(kysy.url), { visitors: VISITORS, conversations: CONVERSATIONS, seed: 13 });
  // The handoffs the last turns queued: their worker is woken by NOTIFY and delivers within moments.
  for (let i = 0; i < 200; i++) {
    const [row] = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE status = 'pending'`);
    if (row?.n === 0) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const [handoffs] = await raw.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE kind = 'handoff' AND status = 'delivered'`);
  const per = (n: number) => (n / figures.finished).toFixed(2);
  console.log(`${url ? 'postgres' : 'pglite'}: ${figures.finished} finished conversations, ${figures.turns} requests, ${handoffs?.n} handoffs delivered, ${figures.errors} errors`);
  console.log('store method                      calls/conv  statements/conv  transactions/conv');
  const rows = [...byMethod].filter(([, t]) => t.statements > 0).sort((a, b) => b[1].statements - a[1].statements);
  for (const [method, t] of rows) console.log(`${method.padEnd(34)}${per(t.calls).padStart(10)}${per(t.statements).padStart(17)}${per(t.transactions).padStart(19)}`);
  const total = rows.reduce((sum, [, t]) => ({ statements: sum.statements + t.statements, transactions: sum.transactions + t.transactions }), { statements: 0, transactions: 0 });
  console.log(`${'all'.padEnd(44)}${per(total.statements).padStart(17)}${per(total.transactions).padStart(19)}`);
  if (process.env.STATEMENTS_SQL) for (const [sql, n] of [...bySql].sort((a, b) => b[1] - a[1])) console.log(`${per(n).padStart(7)}  ${sql}`);
} finally {
  await kysy.close();
  await store.close();
  await rm(dataDir, { recursive: true, force: true });
}
