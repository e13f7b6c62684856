import { describe, expect, it } from 'vitest';
import { forms } from './forms.js';

/** Polish words whose "e" drops before a case ending, as the Snowball stemmer does not relate them (folded). */
const rows: [string, string][] = [
  ['majstrem', 'majster'],
  ['majstra', 'majster'],
  ['handlowcem', 'handlowiec'],
  ['handlowcy', 'handlowiec'],
  ['budynku', 'budynek'],
  ['budynkach', 'budynek'],
];

describe('Polish forms with a dropping "e"', () => {
  it.each(rows)('"%s" is a form of "%s"', (word, term) => {
    expect(forms.inflects?.(word, term)).toBe(true);
  });

  it('takes off only a case ending: "majstersztyk" (a masterpiece) is no form of "majster"', () => {
    expect(forms.inflects?.('majstersztyk', 'majster')).toBe(false);
  });
});
