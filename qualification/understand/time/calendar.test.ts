import { describe, expect, it } from 'vitest';
import { easterSunday } from './calendar.js';

describe('Easter Sunday, whose date moves from year to year', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'], // the latest it can be
    [2285, '2285-03-22'], // the earliest it can be
  ])('%i: %s', (year, day) => expect(easterSunday(year).toISOString().slice(0, 10)).toBe(day));
});
