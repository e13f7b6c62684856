import pg from 'pg';
import type { SqlDriver, SqlExecutor } from './driver.js';

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async query<R>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as R[];
    },
    async script(sql: string) {
      await client.query(sql);
    },
  };
}

export function pgDriver(pool: pg.Pool): SqlDriver {
  return {
    kind: 'postgres',
    ...executor(pool),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(executor(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        // A connection that cannot even roll back is dropped from the pool rather than reused.
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
      } finally {
        client.release(broken);
      }
    },
    listen: (channel, onPayload) => listenOn(pool, channel, onPayload),
    close: () => pool.end(),
  };
}

/**
 * LISTEN needs one connection that stays open (a pooled one would be handed back and lose it). When
 * it drops, a new one listens again after a second, so notifications resume after a server restart.
 */
async function listenOn(pool: pg.Pool, channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let closed = false;
  const connect = async (): Promise<void> => {
    const next = new pg.Client(pool.options);
    next.on('notification', (n) => {
      if (n.channel === channel && n.payload !== undefined) onPayload(n.payload);
    });
    next.on('error', () => {
      next.end().catch(() => undefined);
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1_000).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    client = next;
  };
  await connect();
  return async () => {
    closed = true;
    await client?.end();
  };
}

export function openPostgres(databaseUrl: string, max = 10): SqlDriver {
  const pool = new pg.Pool({ connectionString: databaseUrl, max });
  // An idle client losing its server (restart, failover) must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  return pgDriver(pool);
}
