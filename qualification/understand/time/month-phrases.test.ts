import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { findTimes } from '../time.js';

const december = new Date('2026-12-02T10:00:00Z');

function months(locale: Locale, text: string, now = december): number | undefined {
  return findTimes(prepare(text), locale, now)[0]?.months;
}

describe('a month’s end, Black Friday and a time ruled out, in every locale', () => {
  it.each<[Locale, string, number]>([
    ['en', 'by the end of March', 3.4],
    ['sv', 'till slutet av mars', 3.4],
    ['pl', 'do końca marca', 3.4],
    ['fi', 'maaliskuun loppuun mennessä', 3.4],
    ['en', 'before Black Friday', 11.8],
    ['fi', 'ennen ensi vuoden Black Fridayta', 11.8],
    ['sv', 'innan nästa Black Friday', 11.8],
    ['pl', 'przed przyszłym Black Friday', 11.8],
  ])('%s: "%s" from 2 December → %s months', (locale, text, expected) => expect(months(locale, text, december)).toBeCloseTo(expected, 0));

  it.each<[Locale, string]>([
    ['en', 'not this year, maybe 2028'],
    ['fi', 'ei tänä vuonna, ehkä 2028'],
    ['sv', 'inte i år, kanske 2028'],
    ['pl', 'nie w tym roku, może 2028'],
  ])('%s: "%s" is the year given, not the one ruled out', (locale, text) => {
    const found = findTimes(prepare(text), locale, december);
    expect(found.map((t) => Math.round(t.months))).toEqual([19]);
  });

  it.each<[Locale, string]>([
    ['en', 'not until March'],
    ['sv', 'inte förrän i mars'],
    ['pl', 'nie wcześniej niż w marcu'],
  ])('%s: "%s", the only time said, still says when', (locale, text) => expect(months(locale, text, december)).toBeGreaterThan(2));
});

describe('a month said as already gone', () => {
  it.each<[Locale, string, number]>([
    // The November just gone, said in December, is now: the deal ran out already.
    ['en', 'it expired already in November', 0],
    ['fi', 'se umpeutui jo marraskuussa', 0],
    ['sv', 'det gick ut redan i november', 0],
    ['pl', 'wygasła już w listopadzie', 0],
    // "As early as": a month whose next time is nearer is still ahead.
    ['fi', 'jo helmikuussa', 2.4],
    ['pl', 'już w lutym', 2.4],
    // Without the word, a month is the next one.
    ['en', 'in November', 11.4],
  ])('%s: "%s" from 2 December → %s months', (locale, text, expected) => expect(months(locale, text, december)).toBeCloseTo(expected, 0));
});

describe('a month opening the reply, its last day, its end', () => {
  it.each<[Locale, string, number]>([
    ['en', 'March, if the board agrees', 3.4],
    ['sv', 'sista februari', 2.4],
    ['pl', 'z końcem lutego', 2.4],
    ['sv', 'april eller maj', 4.4],
    // A hedge before a month stands for its preposition.
    ['sv', 'när bokslutet är klart, typ februari', 2.4],
  ])('%s: "%s" from 2 December → %s months', (locale, text, expected) => expect(months(locale, text, december)).toBeCloseTo(expected, 0));

  it('a month named later in a sentence, without a preposition, is none', () => expect(months('en', 'we renewed it last March', december)).toBeUndefined());
});
