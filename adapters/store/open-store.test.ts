import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresDatabase, postgresAvailable } from '../../test/support/postgres-database.js';
import { commit, newConversation } from './contract-fixtures.js';
import { openStore } from './index.js';

describe('openStore', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'kysy-open-store-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps a PGlite database in the data dir across restarts', async () => {
    const first = await openStore({ dataDir });
    expect(first.kind).toBe('pglite');
    expect(await first.ready()).toBe(true);
    const { conversation } = await first.createConversation(newConversation());
    await first.runTurn(conversation.id, 'm1', ({ conversation: c }) => commit(c.state));
    await first.close();

    const second = await openStore({ dataDir });
    expect(await second.transcript(conversation.id)).toHaveLength(4);
    await second.close();
    // A new PGlite runs initdb (~4 s alone, far more on a busy machine): not a timing under test.
  }, 120_000);

  it.skipIf(!postgresAvailable())('opens PostgreSQL from a URL, migrated and ready', async () => {
    const database = await createPostgresDatabase();
    try {
      const store = await openStore({ databaseUrl: database.url, dataDir });
      expect(store.kind).toBe('postgres');
      expect(await store.ready()).toBe(true);
      await store.close();
    } finally {
      await database.drop();
    }
  });

  it('fails to open an unreachable PostgreSQL', async () => {
    await expect(openStore({ databaseUrl: 'postgres://nobody@127.0.0.1:1/nothing' })).rejects.toThrow();
  });
});
