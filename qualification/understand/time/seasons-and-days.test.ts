import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { findTimes } from '../time.js';

const december = new Date('2026-12-03T10:00:00Z');

const months = (locale: Locale, text: string) => findTimes(prepare(text), locale, december).map((t) => t.months);

describe('a season’s business or school period, and days the year names, from 3 December', () => {
  it.each<[Locale, string, number]>([
    // A compound of a season and a period is the period's start: June for the summer season, September for the autumn term.
    ['fi', 'ennen kesäkautta', 5.9],
    ['fi', 'kesäsesonkiin mennessä', 5.9],
    ['fi', 'kevätlukukauden alussa', 2.9],
    ['fi', 'syyslukukauden alkuun mennessä', 8.9],
    ['fi', 'talvikauden jälkeen', 2.9],
    ['fi', 'kesän alkuun mennessä', 5.9],
    ['fi', 'talven aikana', 1.4],
    ['fi', 'kevään aikana', 4.4],
    ['fi', 'vappuna', 4.9],
    ['fi', 'ennen vappua', 4.9],
    ['fi', 'vapun jälkeen', 5.3],
    ['fi', 'juhannuksena', 6.5],
    ['fi', 'juhannuksen jälkeen', 7],
    ['sv', 'innan sommarsäsongen', 5.9],
    ['sv', 'inför vintersäsongen', 11.9],
    ['sv', 'till höstterminen', 8.9],
    ['sv', 'efter sommarlovet', 8.9],
    ['sv', 'efter midsommar', 7],
    ['sv', 'till valborg', 4.8],
    ['sv', 'efter första maj', 5.3],
    ['pl', 'przed sezonem letnim', 5.9],
    ['pl', 'po sezonie letnim', 8.9],
    // A season's end is the month after it; "next" skips the season under way (winter, in December).
    ['fi', 'ensi kesän loppuun mennessä', 8.9],
    ['fi', 'talven loppuun mennessä', 2.9],
    ['fi', 'ensi talven lopussa', 14.9],
    ['sv', 'till slutet av sommaren', 8.9],
    ['sv', 'innan sommaren är slut', 8.9],
    ['pl', 'do końca przyszłego lata', 8.9],
    ['pl', 'do końca zimy', 2.9],
  ])('%s: "%s" → %s months', (locale, text, expected) => expect(months(locale, text)[0]).toBeCloseTo(expected, 1));

  it.each<[Locale, string, number]>([
    // "Någon gång" alone has no plan; with a time after it, the time is when.
    ['sv', 'någon gång i höst', 10.4],
    ['sv', 'någon gång', Infinity],
    ['fi', 'ei ole vielä mitään aikataulua', Infinity],
  ])('%s: "%s" is one time, %s months', (locale, text, expected) => expect(months(locale, text)).toEqual([expect.closeTo(expected, 1)]));
});
