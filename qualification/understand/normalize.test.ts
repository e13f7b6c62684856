import { describe, expect, it } from 'vitest';
import { fold, prepare, withinOneEdit } from './normalize.js';

describe('fold', () => {
  it.each([
    ['Göteborg', 'goteborg'],
    ['Łódź', 'lodz'],
    ['Kööpenhamina', 'koopenhamina'],
    ['Århus', 'arhus'],
    ['Ærø', 'aro'],
    ['ŚWIĘTY SPOKÓJ', 'swiety spokoj'],
    ['don’t', "don't"],
  ])('%s reads as %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });

  it('keeps one character per character, so spans index the visitor’s own words', () => {
    const text = 'Hej från Malmö 👋 och Łódź';
    expect(fold(text)).toHaveLength(text.length);
    const message = prepare(text);
    const lodz = message.tokens.find((t) => t.text === 'lodz');
    expect(lodz && message.original.slice(lodz.start, lodz.end)).toBe('Łódź');
  });

  it('composes decomposed input first (a + combining diaeresis is ä)', () => {
    expect(prepare('Tampereella ja Jyva\u0308skyla\u0308ssa').tokens.map((t) => t.text)).toEqual(['tampereella', 'ja', 'jyvaskylassa']);
  });
});

describe('tokenize', () => {
  it('splits words at spaces, hyphens and punctuation', () => {
    expect(prepare('120-person, 2k, LVI-ala!').tokens.map((t) => t.text)).toEqual(['120', 'person', '2k', 'lvi', 'ala']);
  });
});

describe('withinOneEdit', () => {
  it.each([
    ['plumbing', 'plumbnig', true],
    ['plumbing', 'plumbin', true],
    ['plumbing', 'plumbings', true],
    ['plumbing', 'plumbong', true],
    ['plumbing', 'plmbnig', false],
    ['hvac', 'havc', true],
    ['heating', 'seating', true],
    ['heating', 'eating ', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
  });
});
