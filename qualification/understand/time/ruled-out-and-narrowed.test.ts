import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { findTimes } from '../time.js';

const december = new Date('2026-12-04T10:00:00Z');
const times = (locale: Locale, text: string) => findTimes(prepare(text), locale, december).map((t) => t.months);

describe('a time the visitor rules out, said alone, is no horizon', () => {
  it.each<[Locale, string]>([
    ['en', 'not this year'],
    ['en', 'not in the next few months'],
    ['fi', 'ei tänä vuonna'],
    ['fi', 'ei ihan heti'],
    ['fi', 'ei vielä tämän vuoden aikana'],
    ['sv', 'inte i år'],
    ['pl', 'nie w tym roku'],
  ])('%s: "%s"', (locale, text) => expect(times(locale, text)).toEqual([]));
});

describe('"not before" a time, said alone, still dates the start', () => {
  it.each<[Locale, string, number]>([
    ['en', 'not until March', 3.3],
    ['en', 'not before summer', 5.9],
    ['fi', 'ei ennen maaliskuuta', 3.3],
    ['fi', 'ei ainakaan ennen kesää', 5.9],
    ['sv', 'inte förrän i mars', 3.3],
    ['sv', 'inte innan sommaren', 5.9],
    ['pl', 'nie przed latem', 6.5],
    ['pl', 'nie wcześniej niż w marcu', 3.3],
  ])('%s: "%s" → %s months', (locale, text, expected) => expect(times(locale, text)[0]).toBeCloseTo(expected, 0));

  it('beside another time, the one ruled out gives way: "ei tänä vuonna, ehkä ensi keväänä"', () => expect(times('fi', 'ei tänä vuonna, ehkä ensi keväänä')).toEqual([expect.closeTo(4.3, 0)]));
});

describe('a year narrowed by a season said after it is that season', () => {
  it.each<[Locale, string]>([
    ['en', 'next year, maybe in the spring'],
    ['fi', 'ensi vuoden puolella, ehkä keväällä'],
    ['fi', 'ensi vuonna, ehkä keväällä'],
    ['sv', 'nästa år, kanske till våren'],
  ])('%s: "%s" is one horizon, next spring', (locale, text) => expect(times(locale, text)).toEqual([expect.closeTo(4.3, 0)]));
});
