import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgliteDatabase } from '../../test/support/pglite-template.js';
import type { SqlDriver } from './driver.js';
import { recordArray } from './record-array.js';

describe('an array of records as text', () => {
  let db: SqlDriver;
  beforeAll(async () => {
    db = await freshPgliteDatabase();
  });
  afterAll(() => db?.close());

  it('reads back as the fields given: any text, empty text apart from NULL, numbers, JSON for a jsonb field', async () => {
    const texts = ['', 'plain', 'a, b', '(paren) {brace}', 'say "hi"', 'back\\slash \\" both', "it's", 'line\nbreak\ttab', 'Łódź 会社 🙂', ' spaced ', 'NULL', '\\', '"'];
    const rows = texts.map((text, n) => [text, n % 3 === 0 ? null : JSON.stringify({ label: text, n }), n + 0.25]);
    await db.query(`CREATE TYPE probe AS (t text, j jsonb, n double precision)`);
    const back = await db.query<{ t: string; j: unknown; n: number }>(`SELECT r.t, r.j, r.n FROM unnest($1::probe[]) r`, [recordArray(rows)]);
    expect(back).toEqual(rows.map(([t, j, n]) => ({ t, j: j === null ? null : JSON.parse(j as string), n })));
    expect(await db.query(`SELECT count(*)::int AS n FROM unnest($1::probe[]) r WHERE r.t IS NULL AND r.j IS NULL AND r.n IS NULL`, [recordArray([[null, undefined, null]])])).toEqual([{ n: 1 }]);
    expect(await db.query(`SELECT count(*)::int AS n FROM unnest($1::probe[])`, [recordArray([])])).toEqual([{ n: 0 }]);
  });
});
