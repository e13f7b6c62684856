import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgliteDatabase } from '../../test/support/pglite-template.js';
import type { SqlDriver } from './driver.js';
import { microseconds, recordArray, recordTypes } from './record-array.js';

describe('an array of records in the binary format', () => {
  let db: SqlDriver;
  beforeAll(async () => {
    db = await freshPgliteDatabase();
  });
  afterAll(() => db?.close());

  it('reads back as the fields given: any text, empty text apart from NULL, JSON, numbers and times to the microsecond', async () => {
    await db.query(`CREATE TYPE probe AS (t text, j jsonb, n double precision, at timestamptz)`);
    const fields = ['text', 'jsonb', 'float8', 'timestamptz'] as const;
    expect(await recordTypes(db, { probe: { name: 'probe_not_made', fields } })).toBeNull();
    const { probe } = (await recordTypes(db, { probe: { name: 'probe', fields } }))!;
    const texts = ['', 'plain', 'a, b', '(paren) {brace}', 'say "hi"', 'back\\slash \\" both', "it's", 'line\nbreak\ttab', 'Łódź 会社 🙂', ' spaced ', 'NULL', '\\', '"'];
    const times = ['2026-12-03T10:00:00Z', '2026-12-03T10:00:00.5Z', '1999-12-31T23:59:59.123456Z', '2026-12-03T10:00:00.1234567Z'];
    const rows = texts.map((text, n) => [text, n % 3 === 0 ? null : JSON.stringify({ label: text, n }), n + 0.1, times[n % times.length]!]);
    const back = await db.query<{ t: string; j: unknown; n: number; at: string; same: boolean }>(
      `SELECT r.t, r.j, r.n, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS at, r.at = x.at::timestamptz AS same
       FROM unnest($1::probe[]) WITH ORDINALITY AS r(t, j, n, at, k) JOIN unnest($2::text[]) WITH ORDINALITY AS x(at, k) USING (k) ORDER BY k`,
      [recordArray(probe, rows), rows.map((row) => row[3])],
    );
    expect(back.map(({ t, j, n, same }) => ({ t, j, n, same }))).toEqual(rows.map(([t, j, n]) => ({ t, j: j === null ? null : JSON.parse(j as string), n, same: true })));
    expect(back.slice(0, 4).map((row) => row.at)).toEqual(['2026-12-03 10:00:00.000000', '2026-12-03 10:00:00.500000', '1999-12-31 23:59:59.123456', '2026-12-03 10:00:00.123457']);
    expect(await db.query(`SELECT count(*)::int AS n FROM unnest($1::probe[]) r WHERE r.t IS NULL AND r.j IS NULL AND r.n IS NULL AND r.at IS NULL`, [recordArray(probe, [[null, undefined, null, null]])])).toEqual([{ n: 1 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM unnest($1::probe[])`, [recordArray(probe, [])])).toEqual([{ n: 0 }]);
  });

  it('refuses a record of another width and a time it cannot read', () => {
    const type = { oid: 1, fields: ['text', 'timestamptz'] } as const;
    expect(() => recordArray(type, [['a']])).toThrow(/a record of 1 fields for a type of 2/);
    expect(() => microseconds('yesterday')).toThrow(/not a timestamp/);
  });
});
