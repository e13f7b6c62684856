import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_PACKS } from '../../locales/index.js';
import { wholeWordMatches, wordStarts } from './whole-words.js';

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
