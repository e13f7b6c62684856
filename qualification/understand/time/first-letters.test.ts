import { describe, expect, it } from 'vitest';
import { firstLetters } from './first-letters.js';

const letters = (re: RegExp) => {
  const first = firstLetters(re);
  return first === null ? null : [...first].sort().join('');
};

describe('firstLetters', () => {
  it('reads the letters the alternatives of a phrase begin with, past optional words and lookarounds', () => {
    expect(letters(/(?<![\p{L}\p{N}])(?:(?:by\s+)?next\s+year|ensi\s+vuonna)(?![\p{L}\p{N}])/gu)).toBe('ben');
    expect(letters(/(?:w\s+)?(?:przyszlym|kolejnym)\s+roku/u)).toBe('kpw');
  });

  it('reads a bracketed class and a range as their characters', () => {
    expect(letters(/[qQ][1-4]/u)).toBe('Qq');
    expect(letters(/[a-d]x/u)).toBe('abcd');
    expect(letters(/\u00e4|\x41|\.5/u)).toBe('.Aä');
  });

  it('takes a quantifier that may match nothing as optional, and one that may not as required', () => {
    expect(letters(/a{0,2}b/u)).toBe('ab');
    expect(letters(/a{1,2}b/u)).toBe('a');
    expect(letters(/a+?b/u)).toBe('a');
    expect(letters(/a*?b/u)).toBe('ab');
  });

  it('lets a match begin with anything where it cannot tell: a class of letters, any character, a reference back, a negated class', () => {
    expect(letters(/(?<n>\d+|\p{L}+)\s+months/u)).toBeNull();
    expect(letters(/.x/u)).toBeNull();
    expect(letters(/(?<d>a)?\k<d>b/u)).toBeNull();
    expect(letters(/(a)?\1b/u)).toBeNull();
    expect(letters(/[^a]b/u)).toBeNull();
    expect(letters(/[\s,]b/u)).toBeNull();
    expect(letters(/\s*b/u)).toBeNull();
  });

  it('lets an expression that may match nothing, or has the i flag, begin with anything', () => {
    expect(letters(/a?/u)).toBeNull();
    expect(letters(/(?=a)/u)).toBeNull();
    expect(letters(/next/iu)).toBeNull();
  });

  it('reads a character beyond the basic plane as any', () => {
    expect(letters(/😀x|y/u)).toBeNull();
    expect(letters(/[😀]x/u)).toBeNull();
  });
});
