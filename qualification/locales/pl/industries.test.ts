import { describe, expect, it } from 'vitest';
import { tradesIn } from '../../understand/choices/trade-codes.js';
import { pl } from './index.js';

/** Trades as Polish prospects name them, in the cases they type: each names its PKD (NACE Rev. 2) code. */
const rows: [string, string][] = [
  ['sieć drogerii', 'G.47'],
  ['mamy kilka drogerii', 'G.47'],
  ['dyskont spożywczy', 'G.47'],
  ['prowadzimy centrum logistyczne', 'H.52'],
  ['park logistyczny pod Wrocławiem', 'H.52'],
  ['sektor bankowy', 'K'],
  ['pracuję w bankowości', 'K'],
  ['robimy roboty drogowe', 'F.42'],
  ['budowa kanalizacji', 'F.42'],
  ['starostwo powiatowe', 'O'],
  ['jednostka samorządu terytorialnego', 'O'],
  ['ministerstwo', 'O'],
  ['jesteśmy uczelnią', 'P.85.4'],
  ['na politechnice', 'P.85.4'],
  ['wydział uniwersytetu', 'P.85.4'],
  ['liceum ogólnokształcące', 'P'],
];

describe('Polish trade words (PKD 2007)', () => {
  it.each(rows)('"%s" names %s', (text, code) => {
    expect(tradesIn(text, pl)).toContain(code);
  });
});
