import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_PACKS } from '../locales/index.js';
import { firstCharTest } from './first-chars.js';

const rules = ALL_PACKS.flatMap((pack) => pack.time.map((rule) => rule.re));
/** Bits of the packs' time phrases and what stands around them. */
const pieces = ['next', 'year', 'in', 'by', '2027', '15.2.', '3', '-', '6', 'months', 'q2', 'ii', 'ensi', 'vuonna', 'nasta', 'ar', 'w', 'przyszlym', 'roku', 'end of march', 'asap', ' ', ', ', '.', "'s", 'x', 'é', 'ä'];

describe('firstCharTest', () => {
  it('reads every time rule of every pack', () => {
    expect(rules.filter((re) => firstCharTest(re) === null).map((re) => re.source)).toEqual([]);
  });

  it('refuses only characters no match begins with, for every time rule of every pack', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 10 }), fc.constantFrom(...rules), (parts, re) => {
        const text = parts.join('');
        const may = firstCharTest(re) as (ch: string | undefined) => boolean;
        const sticky = new RegExp(re.source, 'uy');
        for (let p = 0; p <= text.length; p++) {
          sticky.lastIndex = p;
          if (!may(text[p])) expect(sticky.exec(text)).toBeNull();
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('reads alternatives, groups, classes, escapes, backreferences and quantifiers', () => {
    const may = firstCharTest(/(?<![\p{L}])(?:(?:by|until)\s+)?(?<n>\d+|[ąb-c])x?(?=y)|\p{Lu}|\.{2,}/u) as (ch: string) => boolean;
    expect([...'bu3ąbcA.'].every(may)).toBe(true);
    expect([...'yxz a,'].some(may)).toBe(false);
    expect(firstCharTest(/(?<q>['"])\w+\k<q>/u)?.('x')).toBe(false);
  });

  it('tries every place where a match may be empty or the source is not read', () => {
    expect(firstCharTest(/(?:next)?/u)).toBeNull();
    expect(firstCharTest(/a*b?/u)).toBeNull();
    expect(firstCharTest(/(?<a>x?)\k<a>/u)).toBeNull();
    expect(firstCharTest(new RegExp('[\\p{L}--[a-z]]', 'v'))).toBeNull();
  });

  it('refuses the end of the text to an expression that cannot match empty', () => {
    expect((firstCharTest(/next/u) as (ch: string | undefined) => boolean)(undefined)).toBe(false);
  });
});
