import { describe, expect, it } from 'vitest';
import type { Locale } from '../../qualification/definition/schema.js';
import { pickLocale } from './locale-pick.js';

const speaks: { locales: Locale[]; defaultLocale: Locale } = { locales: ['en', 'fi', 'sv'], defaultLocale: 'fi' };

describe('the language a channel’s hints pick', () => {
  it.each<[string, Array<string | undefined> | undefined, string]>([
    ['a tag with a region', ['sv-SE'], 'sv'],
    ['an underscore tag in capitals', ['EN_gb'], 'en'],
    ['the first hint the definition speaks', ['de-DE', 'sv', 'en'], 'sv'],
    ['the first hint, ahead of a later one', ['en', 'sv'], 'en'],
    ['past a missing hint (no wish in the body)', [undefined, 'sv-SE'], 'sv'],
    ['past a language Kysy speaks but the definition does not', ['pl', 'en'], 'en'],
    ['the default when no hint is spoken', ['pl-PL', 'de', '*'], 'fi'],
    ['the default without hints', [], 'fi'],
    ['the default with no hints at all', undefined, 'fi'],
  ])('%s: %j → %s', (_why, tags, locale) => {
    expect(pickLocale(speaks, tags)).toBe(locale);
  });
});
