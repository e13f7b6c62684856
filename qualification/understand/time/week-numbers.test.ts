import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { prepare } from '../normalize.js';
import { findTimes } from '../time.js';

const december = new Date('2026-12-04T10:00:00Z');
const months = (locale: Locale, text: string) => findTimes(prepare(text), locale, december)[0]?.months;

describe('a week said by its number, this year or next', () => {
  it.each<[Locale, string, number]>([
    // Week 12 of 2027 is late March: almost four months from early December.
    ['fi', 'viikolla 12', 3.6],
    ['fi', 'vko 12', 3.6],
    ['fi', 'vk. 12', 3.6],
    ['fi', 'viikon 12 aikana', 3.6],
    ['fi', 'viikkoon 12 mennessä', 3.6],
    ['fi', 'joskus viikolla 20', 5.4],
    ['sv', 'vecka 12', 3.6],
    ['sv', 'v. 12', 3.6],
    ['sv', 'till vecka 12', 3.6],
    ['pl', 'w 12 tygodniu', 3.6],
    ['pl', 'w 12. tygodniu roku', 3.6],
    ['pl', 'tydzień 12', 3.6],
    ['en', 'in week 12', 3.6],
    ['en', 'by week 12', 3.6],
    // This very week (49) and the next are this year's, not next year's.
    ['fi', 'viikolla 50', 0.2],
    ['sv', 'vecka 49', 0],
  ])('%s: "%s" from 4 December 2026 → %s months', (locale, text, expected) => expect(months(locale, text)).toBeCloseTo(expected, 0));

  it.each<[Locale, string]>([
    // A count of weeks is no week number; a week number beyond 53 is none.
    ['fi', 'viikko 60'],
    ['sv', 'vecka 0'],
    ['en', 'week 54'],
  ])('%s: "%s" is no week', (locale, text) => expect(months(locale, text)).toBeUndefined());
});
