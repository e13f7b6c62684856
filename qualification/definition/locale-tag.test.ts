import { describe, expect, it } from 'vitest';
import { localeFromTag } from './locale-tag.js';

describe('a language tag from a browser or a channel', () => {
  it.each([
    ['fi-FI', 'fi'],
    ['sv_SE', 'sv'],
    ['PL-pl', 'pl'],
    [' en ', 'en'],
    ['de-DE', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('reads %s as %s', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });
});
