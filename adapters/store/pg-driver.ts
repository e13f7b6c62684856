import { createHash } from 'node:crypto';
import pg from 'pg';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { guarded, unavailableOr } from './unavailable.js';

/**
 * How long a request waits for a connection (a free one from the pool, or a new one to the server)
 * before it is told the database is unavailable: long enough for a busy moment, short enough that
 * a client hears "try again" well within two seconds when the server is gone.
 */
export const CONNECT_TIMEOUT_MS = 1_500;
/**
 * How long a pooled connection may sit idle before it is closed. A new one costs the server a
 * process, cold catalog caches and a plan for each statement again (the turn's statements alone, six
 * plans each per connection at ~1.5 ms a plan); pg-pool's default, 10 s, closed the connections in
 * every lull that long (bench:turns: at the start of each of Kysy's rows, where its slowest requests
 * were), and the pool hands out the connection used last, so under a steady load the ones it seldom
 * reached timed out and came back at the next peak. Idle connections cost the server little.
 */
export const IDLE_TIMEOUT_MS = 5 * 60_000;
/** The LISTEN connection's reconnect delay doubles from the first to the last. */
const RELISTEN_MS = { first: 250, max: 5_000 };

/**
 * How many distinct statements are kept prepared. The store's SQL is a fixed set of texts (about a
 * hundred), so in practice all of them; the bound keeps a text built from unforeseen parts from
 * growing every connection's server-side cache without end: texts past it run unnamed, as before.
 */
export const PREPARED_STATEMENTS = 500;

/**
 * A statement's name, the same on every connection: derived from its text, so one name never stands
 * for two texts. Each connection parses and plans a named statement once and then only binds and
 * executes it (the turn's write is a statement of some thirty lines, parsed on every turn before).
 */
export function statementNamer(limit = PREPARED_STATEMENTS): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    const known = names.get(sql);
    if (known !== undefined || names.size >= limit) return known;
    const name = `k${createHash('sha1').update(sql).digest('base64url').slice(0, 20)}`;
    names.set(sql, name);
    return name;
  };
}

/**
 * A failed call's rejection, as guarded() gives it. Its stack is taken again here, as node-postgres's
 * own promise does: one that leads back to the caller (async frames), not to the socket's read.
 */
const rejectWith = (error: unknown): never => {
  if (error instanceof Error) Error.captureStackTrace(error);
  throw unavailableOr(error);
};

function executor(client: pg.Pool | pg.PoolClient, nameOf: (sql: string) => string | undefined): SqlExecutor {
  return {
    // node-postgres's callback under one promise of our own, answered as guarded() would: its promise
    // form costs two promises more per query (the pool's, and the stack fix-up chained to it), and
    // each is seen by the request context's promise hooks (AsyncLocalStorage), on every statement of
    // every turn.
    query: <R>(sql: string, values: unknown[] = []) =>
      new Promise<R[]>((resolve, reject) => {
        client.query<pg.QueryResultRow>({ name: nameOf(sql), text: sql, values }, (error, result) => (error ? reject(error) : resolve(result.rows as R[])));
      }).catch(rejectWith),
    script: (sql: string) => guarded(async () => void (await client.query(sql))),
  };
}

export function pgDriver(pool: pg.Pool): SqlDriver {
  const nameOf = statementNamer();
  return {
    kind: 'postgres',
    ...executor(pool, nameOf),
    async transaction(fn) {
      const client = await guarded(() => pool.connect());
      // The pool listens for errors only on idle clients. A checked-out one losing its server (a
      // restart, `pg_ctl stop -m fast`) emits 'error', which would end the process with no listener.
      let broken: Error | undefined;
      const onError = (error: Error) => (broken = error);
      client.on('error', onError);
      try {
        await guarded(() => client.query('BEGIN'));
        const result = await fn(executor(client, nameOf));
        await guarded(() => client.query('COMMIT'));
        return result;
      } catch (error) {
        // A connection that cannot even roll back is dropped from the pool rather than reused.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken ??= rollbackError));
        throw error;
      } finally {
        client.off('error', onError);
        client.release(broken);
      }
    },
    listen: (channel, onPayload) => listenOn(pool, channel, onPayload),
    pool: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    close: () => pool.end(),
  };
}

/**
 * LISTEN needs one connection that stays open (a pooled one would be handed back and lose it). When
 * it drops, a new one is tried after a growing delay, again and again until it listens, so
 * notifications resume by themselves however long the server was away.
 */
async function listenOn(pool: pg.Pool, channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let closed = false;
  let retry: NodeJS.Timeout | undefined;
  let delay = RELISTEN_MS.first;

  const connect = async (): Promise<void> => {
    const next = new pg.Client(pool.options);
    next.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) onPayload(n.payload);
    });
    // Every loss also ends the client: 'end' is where the reconnect starts, once per connection.
    next.on('error', () => undefined);
    next.on('end', () => {
      if (client !== next) return;
      client = null;
      reconnectLater();
    });
    try {
      await next.connect();
      await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    } catch (error) {
      await next.end().catch(() => undefined);
      throw error;
    }
    if (closed) return void (await next.end());
    client = next;
    delay = RELISTEN_MS.first;
  };

  function reconnectLater() {
    if (closed) return;
    retry = setTimeout(() => void connect().catch(reconnectLater), delay);
    retry.unref();
    delay = Math.min(delay * 2, RELISTEN_MS.max);
  }

  await connect();
  return async () => {
    closed = true;
    clearTimeout(retry);
    await client?.end();
  };
}

export interface PostgresOptions {
  /** Connections in the pool. */
  max?: number;
  /**
   * How long to wait for a connection, CONNECT_TIMEOUT_MS unless set: a caller that would rather
   * wait than hear "unavailable" sets more (the test suite, on a machine loaded many times over,
   * where opening a connection to a new database alone can take seconds).
   */
  connectTimeoutMs?: number;
}

export function openPostgres(databaseUrl: string, { max = 10, connectTimeoutMs = CONNECT_TIMEOUT_MS }: PostgresOptions = {}): SqlDriver {
  // allowExitOnIdle: idle connections alone keep no process running (a CLI ends when its work does).
  const pool = new pg.Pool({ connectionString: databaseUrl, max, connectionTimeoutMillis: connectTimeoutMs, idleTimeoutMillis: IDLE_TIMEOUT_MS, allowExitOnIdle: true });
  // An idle client losing its server (restart, failover) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pgDriver(pool);
}
