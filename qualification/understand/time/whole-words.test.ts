import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_PACKS } from '../../locales/index.js';
import { firstLetters } from './first-letters.js';
import { startsMatching, startsOf, unionOf, wholeWordMatches, wordStarts } from './whole-words.js';

const shown = (matches: RegExpExecArray[]) => matches.map((m) => ({ index: m.index, text: m[0], groups: m.groups }));
const rules = ALL_PACKS.flatMap((pack) => pack.time.map((rule) => rule.re));
/** Bits of the packs' time phrases and what stands around them, for texts that match now and then. */
const pieces = ['next', 'year', 'in', '2027', '3', 'months', 'q2', 'ensi', 'vuonna', 'nasta', 'ar', 'w', 'przyszlym', 'roku', 'end of march', 'asap', ' ', ', ', '.', '-', "'s", 'x', 'é', '😀'];

describe('wholeWordMatches', () => {
  it('finds what matchAll finds, for every time rule of every pack', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...rules), (parts, re) => {
        const text = parts.join('');
        expect(shown(wholeWordMatches(text, re, wordStarts(text)))).toEqual(shown([...text.matchAll(re)]));
      }),
      { numRuns: 3000 },
    );
  });

  it('matches a phrase at the start and after punctuation, never inside a word nor inside a match', () => {
    const re = /(?<![\p{L}\p{N}])(?:(?:by\s+)?next\s+year)(?![\p{L}\p{N}])/gu;
    const text = 'by next year, or (next year) maybe; unnext year';
    expect(wholeWordMatches(text, re, wordStarts(text)).map((m) => m.index)).toEqual([0, 18]);
  });

  it('leaves an expression not bounded by words to matchAll', () => {
    const re = /ext/gu;
    expect(wholeWordMatches('next text', re, wordStarts('next text')).map((m) => m.index)).toEqual([1, 6]);
  });
});

describe('startsMatching', () => {
  it('keeps every word start where one of a pack\'s time rules matches, so each rule tried there finds what matchAll finds', () => {
    const packs = ALL_PACKS.map((pack) => ({ rules: pack.time.map((rule) => rule.re), union: unionOf(pack.time.map((rule) => rule.re)) }));
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), fc.constantFrom(...packs), (parts, { rules: res, union }) => {
        const text = parts.join('');
        const starts = startsMatching(text, union, wordStarts(text));
        for (const re of res) expect(shown(wholeWordMatches(text, re, startsOf(text, firstLetters(re), starts)))).toEqual(shown([...text.matchAll(re)]));
      }),
      { numRuns: 100 },
    );
  });

  it('joins every pack\'s time rules, whose groups share names', () => {
    for (const pack of ALL_PACKS) expect(unionOf(pack.time.map((rule) => rule.re))).not.toBeNull();
  });

  it('gives each expression\'s groups names of their own, as its references back to them', () => {
    const union = unionOf([/(?<![\p{L}\p{N}])(?<d>\d)-\k<d>/gu, /(?<![\p{L}\p{N}])(?<d>x)(?<=x)(?<!y)/gu]) as RegExp;
    expect(['1-1', '1-2', 'x'].filter((text) => startsMatching(text, union, [0]).length > 0)).toEqual(['1-1', 'x']);
  });

  it('is no filter for an expression that refers back to a group by number', () => {
    expect(unionOf([/(?<![\p{L}\p{N}])(a)\1/gu])).toBeNull();
  });

  it('keeps of the starts only those a rule may begin at, by the letters it may begin with', () => {
    const re = /(?<![\p{L}\p{N}])(?:next\s+year|asap)/gu;
    const text = 'asap, two weeks from now, next year';
    expect(startsOf(text, firstLetters(re), wordStarts(text))).toEqual([0, 21, 26]);
    expect(startsOf(text, null, [0, 6])).toEqual([0, 6]);
  });
});
