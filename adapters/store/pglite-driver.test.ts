import { openAsBlob } from 'node:fs';
import { MemoryFS, PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgliteDatabase, pgliteTemplateFile } from '../../test/support/pglite-template.js';
import type { SqlDriver } from './driver.js';
import { inTransaction, pgliteStatements } from './pglite-statements.js';

/**
 * PGlite answers from a thread of its own, one operation at a time. A long queue of database work
 * must not keep the event loop from polling sockets (new visitors' connections and requests) until
 * the whole queue is done, and it is served in arrival order.
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

  it('keeps each SQL text as a named statement, at most 200 of them, and lets them all go when a script changes a table', async () => {
    await driver.script('CREATE TABLE kept (a int)');
    await driver.query('INSERT INTO kept VALUES ($1)', [1]);
    for (let n = 0; n < 250; n++) expect(await driver.query<{ n: number }>(`SELECT $1::int + ${n} AS n`, [1])).toEqual([{ n: n + 1 }]);
    const kept = async () => (await driver.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_prepared_statements'))[0]?.n;
    expect(await kept()).toBeLessThanOrEqual(200);
    expect(await driver.query('SELECT * FROM kept')).toEqual([{ a: 1 }]);
    await driver.script('ALTER TABLE kept ADD COLUMN b text');
    expect(await kept()).toBe(1);
    expect(await driver.query('SELECT * FROM kept')).toEqual([{ a: 1, b: null }]);
  });

  it('gives every value as PGlite parses it, though rows cross the thread as text', async () => {
    const sql = `SELECT 'a'::text AS t, 7::int AS i, 2.5::float8 AS f, 9007199254740993::int8 AS big, true AS b,
      '{"n":[1,{"x":null}]}'::jsonb AS j, '2026-12-02 14:00:00.5+00'::timestamptz AS at, ARRAY[1,2]::int[] AS ints,
      ARRAY['x','y,z']::text[] AS texts, ARRAY['{"a":1}']::jsonb[] AS jsons, NULL::jsonb AS none, '(1,2)'::point AS p`;
    // As PGlite's own query gives them: its parsers for the built-in types, this database's for arrays, none for a point.
    expect(await driver.query(sql)).toEqual([
      {
        t: 'a',
        i: 7,
        f: 2.5,
        big: 9007199254740993n,
        b: true,
        j: { n: [1, { x: null }] },
        at: new Date('2026-12-02T14:00:00.500Z'),
        ints: [1, 2],
        texts: ['x', 'y,z'],
        jsons: [{ a: 1 }],
        none: null,
        p: '(1,2)',
      },
    ]);
  });

  it('sends every value as PostgreSQL reads it: text beyond ASCII, JSON, null, numbers', async () => {
    const values = ['Łódź, Jyväskylä — 会社 🙂', { said: 'ännu inte', n: [1, null] }, null, 42, ''];
    expect(await driver.query('SELECT $1::text AS t, $2::jsonb AS j, $3::text AS none, $4::int AS n, $5::text AS empty', values)).toEqual([
      { t: values[0], j: values[1], none: null, n: 42, empty: '' },
    ]);
  });

  it('fails a statement as PostgreSQL does, with the statement, and rolls its transaction back', async () => {
    await driver.script('CREATE TABLE unique_n (n int PRIMARY KEY)');
    const failing = driver.transaction(async (tx) => {
      await tx.query('INSERT INTO unique_n VALUES ($1)', [1]);
      await tx.query('INSERT INTO unique_n VALUES ($1)', [1]);
    });
    await expect(failing).rejects.toMatchObject({ code: '23505', query: 'INSERT INTO unique_n VALUES ($1)', params: [1] });
    expect(await driver.query('SELECT n FROM unique_n')).toEqual([]);
    // A transaction that swallowed its failure cannot commit it.
    const swallowed = driver.transaction(async (tx) => {
      await tx.query('INSERT INTO unique_n VALUES ($1)', [2]);
      await tx.query('INSERT INTO unique_n VALUES ($1)', [2]).catch(() => undefined);
    });
    await expect(swallowed).rejects.toMatchObject({ code: '25P02' });
    expect(await driver.query('SELECT n FROM unique_n')).toEqual([]);
  });

  it('holds the database for an open transaction: a statement made meanwhile waits for its commit', async () => {
    await driver.script('CREATE TABLE held (n int)');
    let meanwhile: Promise<Array<{ n: number }>> | undefined;
    await driver.transaction(async (tx) => {
      await tx.query('INSERT INTO held VALUES (1)');
      meanwhile = driver.query<{ n: number }>('SELECT count(*)::int AS n FROM held');
      // What a turn's decision takes on the main thread, while the database thread waits for it.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await tx.query('INSERT INTO held VALUES (2)');
    });
    expect(await meanwhile).toEqual([{ n: 2 }]);
  });

  it('flushes a file system that keeps its files elsewhere after each statement outside a transaction and after each commit', async () => {
    // Node's file system and memory take writes as they are made (PGlite's syncToFs does nothing there, and is skipped).
    class Flushing extends MemoryFS {
      flushes = 0;
      override async syncToFs() {
        this.flushes += 1;
      }
    }
    const fs = new Flushing();
    const db = await PGlite.create({ fs, loadDataDir: await openAsBlob(await pgliteTemplateFile('empty')) });
    try {
      const statements = pgliteStatements(db);
      const before = fs.flushes;
      await statements.query('SELECT 1');
      expect(fs.flushes).toBe(before + 1);
      await inTransaction(statements, async () => {
        await statements.query('SELECT 1');
        await statements.query('SELECT 2');
      });
      expect(fs.flushes).toBe(before + 2);
    } finally {
      await db.close();
    }
  });
});
