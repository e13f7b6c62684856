import { stockDefinition } from '../../test/support/stock-definition.js';
import { describePhrases, type PhraseRow } from '../../test/support/phrase-table.js';

/**
 * Finnish answers to Hylly (test/support/stock-definition.yaml), a lean definition invented for tuning:
 * every fact recorded, and the ones that must not be (a wrong fact costs more than asking again).
 */
const rows: PhraseRow[] = [
  // a country the goods go to is a market, not where the company is
  ['country', 'toimitamme Norjaan', {}],
  ['country', 'Suomi, vientiä Norjaan ja Ruotsiin', { country: 'finland' }],
  ['country', 'myymme lähinnä Saksaan', {}],
  ['industry', 'myymme vaatteita Ruotsiin', { industry: 'clothing' }],
  ['country', 'Norja', { country: 'norway' }],
  ['country', 'Suomesta', { country: 'finland' }],
];

/** Not read right yet (`it.fails`): move a row up when it passes. */
const gaps: PhraseRow[] = [];

describePhrases('facts Finnish visitors give a lean definition', 'fi', rows, stockDefinition(), gaps);
