import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, postgresAvailable } from '../../test/support/postgres-database.js';
import { commit, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import { type Store, storeOn } from './index.js';

/**
 * What only a server with many connections can show (PGlite is one connection, so nothing ever
 * waits there): a claimer does not wait for rows another transaction holds.
 */
describe.skipIf(!postgresAvailable())('the store on PostgreSQL under contention', () => {
  let driver: SqlDriver;
  let store: Store;
  beforeAll(async () => {
    driver = await freshPostgresDatabase();
    store = await storeOn(driver);
  });
  afterAll(() => store?.close());

  it('claims outbox items past rows another worker has locked, without waiting for it', async () => {
    const { conversation } = await store.createConversation(newConversation());
    const outbox = [0, 1, 2].map((n) => ({ kind: 'contended', payload: { n }, key: `contended:${n}` }));
    await store.runTurn(conversation.id, 'm1', ({ conversation: c }) => commit(c.state, { outbox }));
    const now = new Date(Date.now() + 1_000);

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = driver.transaction(async (tx) => {
      await tx.query(`SELECT id FROM outbox WHERE idempotency_key = 'contended:0' FOR UPDATE`);
      locked();
      await held;
    });
    await lockTaken;
    try {
      const claimed = await Promise.race([
        store.claimDue('contended', 10, now),
        new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 10_000)),
      ]);
      expect(claimed === 'waited' ? claimed : claimed.map((i) => i.payload)).toEqual([{ n: 1 }, { n: 2 }]);
    } finally {
      release();
      await holder;
    }
  });

  it('purges past a conversation a turn has locked, without waiting for it', async () => {
    const old = new Date('2000-01-01T00:00:00.000Z');
    const ids: string[] = [];
    for (let n = 0; n < 2; n++) {
      const { conversation } = await store.createConversation(newConversation());
      await driver.query('UPDATE conversations SET updated_at = $2 WHERE id = $1', [conversation.id, old.toISOString()]);
      ids.push(conversation.id);
    }
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = driver.transaction(async (tx) => {
      await tx.query('SELECT id FROM conversations WHERE id = $1 FOR UPDATE', [ids[0]]);
      locked();
      await held;
    });
    await lockTaken;
    try {
      const purged = await Promise.race([
        store.purgeExpired(new Date('2000-02-01T00:00:00.000Z'), 10),
        new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 10_000)),
      ]);
      expect(purged).toBe(1);
      expect(await store.load(ids[1]!)).toBeNull();
    } finally {
      release();
      await holder;
    }
    expect(await store.load(ids[0]!)).not.toBeNull();
  });
});
