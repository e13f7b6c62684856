import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteDataDir } from '../../test/support/pglite-template.js';
import type { SqlDriver } from './driver.js';
import { openPglite } from './pglite-driver.js';

/** PGlite has no autovacuum: the driver freezes its rows when their transaction ids grow old (see `frozen`), or the ids would run out. */
describe('an open PGlite database', () => {
  let dir: string;
  let driver: SqlDriver;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kysy-vacuum-'));
    // A copy of a new database (the empty template): no initdb here (~4 s of CPU).
    await pgliteDataDir(dir, 'empty');
    driver = await openPglite(dir, { checkEveryMs: 300, maxAge: 300 });
  });
  afterAll(async () => {
    await driver?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const oldestId = async () => (await driver.query<{ age: number }>('SELECT age(datfrozenxid) AS age FROM pg_database WHERE datname = current_database()'))[0]!.age;

  it('has its rows frozen once its oldest transaction id is old: the id is brought up to now', async () => {
    await driver.script('CREATE TABLE counted (id int PRIMARY KEY, n int)');
    await driver.query('INSERT INTO counted VALUES (1, 0)');
    // Each autocommit write takes a transaction id and leaves a dead version of the row.
    for (let n = 1; n <= 400; n++) await driver.query('UPDATE counted SET n = $1 WHERE id = 1', [n]);
    // Unvacuumed, the database's oldest id would be as old as every id taken since it was made.
    const [{ taken } = { taken: 0 }] = await driver.query<{ taken: number }>('SELECT txid_current()::int AS taken');
    expect(taken).toBeGreaterThan(400);
    const deadline = Date.now() + 15_000;
    while ((await oldestId()) >= 300 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    // Frozen once it was 300 old (during the updates or after): younger than the ids taken since.
    expect(await oldestId()).toBeLessThan(300);
    const [stats] = await driver.query<{ vacuums: number }>("SELECT vacuum_count::int AS vacuums FROM pg_stat_user_tables WHERE relname = 'counted'");
    expect(stats!.vacuums).toBeGreaterThan(0);
  });
});
