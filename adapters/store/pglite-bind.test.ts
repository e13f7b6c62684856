import { protocol } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { bindExecuteSync } from './pglite-bind.js';

const { serialize } = protocol;

/** PGlite's own messages for the same call, joined: what the statement cache sent before. */
function pglites(statement: string, values: Array<string | Uint8Array | null>): Uint8Array {
  const parts = [serialize.bind({ statement, values }), serialize.execute({}), serialize.sync()];
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
  parts.reduce((at, part) => (out.set(part, at), at + part.length), 0);
  return out;
}

describe('a named statement call on the wire', () => {
  it.each([
    ['no values', 'kysy_0', []],
    ['text, null and empty values', 'kysy_12', ['a', null, '', '{"state":{"phase":"asking"}}']],
    ['values beyond ASCII: two-, three- and four-byte characters', 'kysy_7', ['Łódź, Jyväskylä, Göteborg', '会社', '🙂 ok', 'x'.repeat(5_000)]],
    ['binary values beside text and null', 'kysy_3', ['a', new Uint8Array([0, 1, 2, 255]), null, new Uint8Array(0)]],
  ] as Array<[string, string, Array<string | Uint8Array | null>]>)('is the bytes PGlite writes for it: %s', (_, statement, values) => {
    expect(Buffer.from(bindExecuteSync(statement, values))).toEqual(Buffer.from(pglites(statement, values)));
  });
});
