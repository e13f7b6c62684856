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
  // Told as what the business does, in the cases Poles type after "zajmujemy się", "jesteśmy", "mamy".
  ['zajmujemy się sprzątaniem biur', 'N.81.2'],
  ['zajmujemy się handlem', 'G.47'],
  ['jesteśmy urzędem', 'O'],
  ['jesteśmy agencją rządową', 'O'],
  ['zajmujemy się wodą i kanalizacją dla gmin', 'E'],
  ['zakład gospodarki komunalnej', 'E'],
  ['dostarczamy ciepło do mieszkań', 'D'],
  ['sieć fast foodów', 'I.56.10.3'],
  ['gotujemy obiady dla szkół', 'I.56.2'],
  ['dostarczamy paczki na terenie Trójmiasta', 'H.53'],
  ['fulfillment dla sklepów internetowych', 'H.52'],
  ['mamy hurtownię budowlaną', 'G.46'],
  ['sprzedaję rękodzieło na Allegro', 'G.47'],
  ['sieć stacji paliw', 'G.47'],
  ['mamy warsztat', 'G.45'],
  ['opieka nad seniorami w domu', 'Q.88'],
  ['gabinet ortodontyczny', 'Q.86'],
];

/** Words alike in form that name another trade, or none. */
const not: [string, string][] = [
  ['mamy warsztat', 'P.85.52'],
  ['podwykonawca elektryczny', 'D'],
  ['hurtownia budowlana', 'F'],
];

describe('Polish trade words (PKD 2007)', () => {
  it.each(rows)('"%s" names %s', (text, code) => {
    expect(tradesIn(text, pl)).toContain(code);
  });

  it.each(not)('"%s" does not name %s', (text, code) => {
    expect(tradesIn(text, pl)).not.toContain(code);
  });
});

/** Titles and work as Polish visitors say them, in every case and gender: each names its ISCO-08 unit (or a part the packs add). */
const titles: [string, string][] = [
  ['jestem koordynatorką szkoleń', '1.2.1.2'],
  ['kierowniczka działu personalnego', '1.2.1.2'],
  ['przedstawicielką handlową', '1.2.2.1'],
  ['liderka zmiany', '1.3.2.4.1'],
  ['administrator sieci', '1.3.3.0'],
  ['zajmuję się informatyką', '1.3.3.0'],
  ['społeczny inspektor pracy', '2.2.6.3'],
  ['pełnomocnik ds. systemu zarządzania', '2.2.6.3'],
  ['odpowiadam za HACCP', '2.2.6.3'],
  ['kierownik administracyjny', '3.3.4.1'],
  ['pracuję w rejestracji', '4.2.2.6'],
];

describe('Polish job titles and work (ISCO-08)', () => {
  it.each(titles)('"%s" names %s', (text, code) => {
    expect(tradesIn(text, pl, 'occupations')).toContain(code);
  });

  it('a foreman of production is no production manager: "mistrz produkcji" names no 1.3.2.1', () => {
    expect(tradesIn('mistrz produkcji', pl, 'occupations')).not.toContain('1.3.2.1');
  });
});
