import { describe, expect, it, vi } from 'vitest';
import { freshPostgresDatabase, postgresAvailable } from '../../test/support/postgres-database.js';
import { IDLE_TIMEOUT_MS, statementNamer } from './pg-driver.js';
import { storeContract } from './store.contract.js';

describe.skipIf(!postgresAvailable())('the store on PostgreSQL', () => {
  storeContract({ migrated: () => freshPostgresDatabase('migrated'), empty: () => freshPostgresDatabase('empty') });

  it('prepares each statement once per connection, by a name derived from its text', async () => {
    const driver = await freshPostgresDatabase();
    try {
      const prepared = await driver.transaction(async (tx) => {
        await tx.query('SELECT $1::int + 1 AS n', [1]);
        const [again] = await tx.query<{ n: number }>('SELECT $1::int + 1 AS n', [41]);
        expect(again?.n).toBe(42);
        return tx.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements WHERE statement LIKE $1', ['SELECT $1::int + 1%']);
      });
      expect(prepared.map((row) => row.statement)).toEqual(['SELECT $1::int + 1 AS n']);
    } finally {
      await driver.close();
    }
  });

  it('keeps its connections through a lull and closes them after IDLE_TIMEOUT_MS', async () => {
    const driver = await freshPostgresDatabase();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const [before] = await driver.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      await vi.advanceTimersByTimeAsync(60_000);
      const [after] = await driver.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      expect(after?.pid).toBe(before?.pid);
      await vi.advanceTimersByTimeAsync(IDLE_TIMEOUT_MS);
      expect(driver.pool()).toMatchObject({ total: 0 });
    } finally {
      vi.useRealTimers();
      await driver.close();
    }
  });
});

describe('statement names', () => {
  it('are one per text, and none past the bound', () => {
    const nameOf = statementNamer(2);
    const first = nameOf('SELECT 1');
    expect(nameOf('SELECT 1')).toBe(first);
    expect(nameOf('SELECT 2')).not.toBe(first);
    expect(nameOf('SELECT 3')).toBeUndefined();
    expect(nameOf('SELECT 1')).toBe(first);
  });
});
