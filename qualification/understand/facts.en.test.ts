import { stockDefinition } from '../../test/support/stock-definition.js';
import { describePhrases, type PhraseRow } from '../../test/support/phrase-table.js';

/**
 * English answers to Hylly (test/support/stock-definition.yaml), a lean definition invented for tuning:
 * every fact recorded, and the ones that must not be (a wrong fact costs more than asking again).
 */
const rows: PhraseRow[] = [
  // a country the goods go to is a market, not where the company is
  ['country', 'we ship to Norway', {}],
  ['country', "we're in Finland but ship to Norway and Sweden", { country: 'finland' }],
  ['country', 'we sell mostly to Germany', {}],
  ['country', 'Sweden, but most orders go to Norway', { country: 'sweden' }],
  ['country', 'based in Sweden, we deliver to Poland too', { country: 'sweden' }],
  ['industry', 'clothes, shipping to Germany and Poland', { industry: 'clothing' }],
  ['country', 'from Poland', { country: 'poland' }],
  ['country', 'Norway', { country: 'norway' }],
];

/** Not read right yet (`it.fails`): move a row up when it passes. */
const gaps: PhraseRow[] = [];

describePhrases('facts English visitors give a lean definition', 'en', rows, stockDefinition(), gaps);
