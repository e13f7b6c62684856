import { describe, expect, it } from 'vitest';
import { tradesIn } from '../../understand/choices/trade-codes.js';
import { en } from './index.js';

/**
 * Trades as English-speaking prospects name them, beyond the section titles: each names its NACE
 * code, so a lean definition's option covering that code (or its catch-all) takes it.
 */
const rows: [string, string][] = [
  ['we are a food manufacturer', 'C.10'],
  ['food manufacturing, mostly sauces', 'C.10'],
  ['a slaughterhouse', 'C.10'],
  ['wastewater treatment for three towns', 'E'],
  ['the water company', 'E'],
  ['accountancy firm', 'M.69.2'],
  ['a small accountancy', 'M.69.2'],
  ['solicitors', 'M.69.1'],
  ['temporary staffing', 'N.78'],
  ['executive search', 'N.78'],
  ['headhunters for engineers', 'N.78'],
  ['county council', 'O'],
  ['the local authority', 'O'],
  ['a government department', 'O'],
  ['a uni', 'P.85.4'],
  ['one faculty of the university', 'P.85.4'],
  ['higher education', 'P.85.4'],
  ['secondary school', 'P'],
  ['our GP surgery', 'Q.86'],
  ['a health centre', 'Q.86'],
  ['sheep and goats', 'A.01.45'],
];

describe('English trade words (NACE Rev. 2)', () => {
  it.each(rows)('"%s" names %s', (text, code) => {
    expect(tradesIn(text, en)).toContain(code);
  });

  it('a school is no higher education: a university option does not take it', () => {
    expect(tradesIn('primary school', en)).not.toContain('P.85.4');
  });
});
