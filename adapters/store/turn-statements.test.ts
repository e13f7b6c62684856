import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPgliteDatabase } from '../../test/support/pglite-template.js';
import type { SqlDriver } from './driver.js';
import { type Guard, type Shape, statementFor } from './turn-statements.js';

const COMMON: Record<string, string> = {
  conversation: 'c1', version: '1', lead: 'c1', visitor: 'v1', clientMessage: 'm1', rows: '{}', messages: '{}', events: '{}', now: '2026-12-02T00:00:00Z',
  state: '{}', decision: 'incomplete', locale: 'en', score: '{}', leadDecision: 'incomplete', definitionVersion: '1', channel: 'kysy_outbox',
};

/** Values a turn of `guard` and `shape` may bind: with what is optional to it absent (`full` false) or present. */
function valuesFor(guard: Guard | null, shape: Shape, full: boolean): Record<string, string | null> {
  const some = (value: string) => (full ? value : null);
  return {
    ...COMMON,
    status: guard?.lead ? (full ? 'handed_off' : 'open') : null,
    verdict: some('sales_ready'),
    email: guard?.joins ? 'a@b.fi' : some('a@b.fi'),
    owner: some('o1'),
    qualifiedAs: some('sales_ready'),
    domain: shape.company === 'domain' ? 'b.fi' : null,
    companyName: shape.company ? 'B Oy' : some('B Oy'),
    nameKey: shape.company === 'name' ? 'b oy' : shape.company === 'domain' ? some('b oy') : null,
  };
}

const literal = (value: string | null | undefined) => (value === null || value === undefined ? 'NULL' : `'${value.replace(/'/g, "''")}'`);

describe("a turn's statements", () => {
  let db: SqlDriver;
  beforeAll(async () => {
    db = await freshPgliteDatabase();
  });
  afterAll(() => db?.close());

  /** The estimated cost of the plan PostgreSQL makes for `name` with `args`, or without values. */
  async function cost(name: string, mode: 'force_custom_plan' | 'force_generic_plan', args: string): Promise<number> {
    await db.query(`SET plan_cache_mode = ${mode}`);
    const [row] = await db.query<{ 'QUERY PLAN': Array<{ Plan: { 'Total Cost': number } }> }>(`EXPLAIN (FORMAT JSON) EXECUTE ${name}(${args})`);
    return row!['QUERY PLAN'][0]!.Plan['Total Cost'];
  }

  // A prepared statement is planned with its values while that costs less than the plan without them
  // (planning included): a branch its values settle kept the turn's statement being planned again.
  it('hold no branch their values settle: planned with any values, they cost what the plan without values costs', async () => {
    const guards: Array<Guard | null> = [null, { lead: true, joins: false }, { lead: false, joins: false }, { lead: true, joins: true }, { lead: false, joins: true }];
    const rare = (consents: boolean, review: boolean, leadEvents: boolean, outbox: boolean) => ({ consents, review, leadEvents, outbox });
    const shapes: Shape[] = [
      { answers: true, events: true, ...rare(false, false, false, false), company: null, keepsVerdict: false },
      { answers: false, events: false, ...rare(true, true, true, true), company: 'domain', keepsVerdict: true },
      { answers: true, events: true, ...rare(true, true, true, true), company: 'name', keepsVerdict: false },
      { answers: true, events: false, ...rare(false, false, false, false), company: null, keepsVerdict: true },
      { answers: true, events: true, ...rare(false, false, true, true), company: null, keepsVerdict: false },
      { answers: false, events: true, ...rare(true, false, false, false), company: null, keepsVerdict: false },
    ];
    let n = 0;
    for (const guard of guards) {
      for (const shape of shapes) {
        const { text, names } = statementFor(guard, shape);
        const name = `turn_${n++}`;
        // The same SQL as the store prepares it (a parameter's type is taken from its cast). Not a
        // script: the driver lets every prepared statement go after one.
        await db.query(`PREPARE ${name} AS ${text}`);
        const args = (full: boolean) => names.map((key) => literal(valuesFor(guard, shape, full)[key])).join(', ');
        const generic = await cost(name, 'force_generic_plan', args(true));
        for (const full of [false, true]) {
          const custom = await cost(name, 'force_custom_plan', args(full));
          expect({ guard, shape, full, custom }).toEqual({ guard, shape, full, custom: expect.closeTo(generic, 1) });
        }
      }
    }
    await db.query('RESET plan_cache_mode');
  });
});
