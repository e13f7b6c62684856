import { describe, expect, it } from 'vitest';
import { sameDefinition } from './same.js';

describe('sameDefinition', () => {
  it('ignores the order of keys and undefined fields', () => {
    expect(sameDefinition({ a: 1, b: { c: [1, 2], d: 'x' } }, { b: { d: 'x', c: [1, 2] }, a: 1, e: undefined })).toBe(true);
  });

  it('tells a changed value, a missing key and a reordered list apart', () => {
    expect(sameDefinition({ a: 1 }, { a: 2 })).toBe(false);
    expect(sameDefinition({ a: 1, b: null }, { a: 1 })).toBe(false);
    expect(sameDefinition({ criteria: ['industry', 'size'] }, { criteria: ['size', 'industry'] })).toBe(false);
  });
});
