import { stockDefinition } from '../../test/support/stock-definition.js';
import { describePhrases, type PhraseRow } from '../../test/support/phrase-table.js';

/**
 * Polish answers to Hylly (test/support/stock-definition.yaml), a lean definition invented for tuning:
 * every fact recorded, and the ones that must not be (a wrong fact costs more than asking again).
 */
const rows: PhraseRow[] = [
  // a country the goods go to is a market, not where the company is
  ['country', 'wysyłamy do Norwegii', {}],
  ['country', 'Polska, eksportujemy do Szwecji i Norwegii', { country: 'poland' }],
  ['country', 'sprzedajemy głównie do Niemiec', {}],
  ['industry', 'sprzedajemy odzież do Niemiec', { industry: 'clothing' }],
  ['country', 'Polska', { country: 'poland' }],
  ['country', 'z Polski', { country: 'poland' }],
];

/** Not read right yet (`it.fails`): move a row up when it passes. */
const gaps: PhraseRow[] = [];

describePhrases('facts Polish visitors give a lean definition', 'pl', rows, stockDefinition(), gaps);
