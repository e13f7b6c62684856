import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgliteDatabase } from '../../test/support/pglite-template.js';
import type { SqlDriver } from './driver.js';

/**
 * PGlite runs in the server's own thread. A long queue of database work must not keep the event loop
 * from polling sockets (new visitors' connections and requests) until the whole queue is done.
 */
describe('the PGlite driver', () => {
  let driver: SqlDriver;
  beforeAll(async () => {
    driver = await freshPgliteDatabase('empty');
    await driver.script('CREATE TABLE queued (n int)');
  });
  afterAll(() => driver?.close());

  it('lets the event loop turn while a long queue of statements and transactions drains, serving them in order', async () => {
    const done: number[] = [];
    const work = Array.from({ length: 300 }, (_, n) =>
      (n % 3 === 0
        ? driver.transaction(async (tx) => void (await tx.query('INSERT INTO queued VALUES ($1)', [n])))
        : driver.query('INSERT INTO queued VALUES ($1)', [n])
      ).then(() => void done.push(n)),
    );
    // What a socket callback would see: how much of the queue ran before the loop got to poll.
    const atFirstTurn = await new Promise<number>((resolve) => setImmediate(() => resolve(done.length)));
    await Promise.all(work);
    expect(atFirstTurn).toBeLessThan(300);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    const [{ n } = { n: 0 }] = await driver.query<{ n: number }>('SELECT count(*)::int AS n FROM queued');
    expect(n).toBe(300);
  });
});
