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
  // kraj, którego dotyczy odpowiedź, to nie siedziba firmy ('zwroty z Norwegii', 'nie, tylko w Polsce')
  ['own_warehouse', 'nie, magazyn mamy tylko w Szwecji', { own_warehouse: 'no' }],
  ['channels', 'sklep internetowy dla klientów w Norwegii', { channels: ['webshop'] }],
  ['company_size', 'około 20, jesteśmy w Polsce', { company_size: 20, country: 'poland' }],
  ['country', 'z Polski', { country: 'poland' }],
  // in passing: the situation is a hint, a pick-several answer partial, a possibility no fact
  ['industry', 'sprzedajemy buty online, głównie przez Zalando', { industry: 'clothing' }],
  ['industry', 'zastanawiamy się nad otwarciem sklepu w Szwecji', {}],
  ['role', 'jestem właścicielem, arkusze w Excelu to chaos', { role: 'owner' }],
  ['country', 'Polska, może kiedyś Niemcy', { country: 'poland' }],
  // the visitor beside another person decides with them, not someone else alone
  ['decision_power', 'prezes i ja', {}],
  // the trade in passing is a hint, unless said as a correction
  ['company_size', 'około 40 osób, sprzedajemy też trochę elektroniki', { company_size: 40 }],
  ['role', 'właściwie sprzedajemy głównie odzież', { industry: 'clothing' }],
  // a trade the company works for is the customers'
  ['industry', 'robimy oprogramowanie dla sklepów odzieżowych', {}],
  ['industry', 'odzież, głównie dla dzieci', { industry: 'clothing' }],
  // two counts of one kind: whose is which is asked back
  ['company_size', 'nasz największy klient ma 500 pracowników, jest nas 12', { company_size: { unsure: 500 } }],
  // counts of parts are summed; the visitor counts beside the others; counted people are no role
  ['company_size', '10 w biurze i 30 w terenie', { company_size: 40 }],
  ['company_size', '12 na etacie i 4 na pół etatu', { company_size: 16 }],
  ['company_size', 'ja i dwie osoby na pół etatu', { company_size: 3 }],
  ['company_size', 'ja i 3 księgowe', { company_size: 4 }],
  ['company_size', 'to ja i 3 magazynierów', { company_size: 4 }],
  // jedna osoba wspomniana mimochodem to ktoś, nie liczba pracowników
  ['role', 'jestem właścicielem, jeden pracownik kliknął w link z phishingu', { role: 'owner' }],
];

/** Not read right yet (`it.fails`): move a row up when it passes. */
const gaps: PhraseRow[] = [];

describePhrases('facts Polish visitors give a lean definition', 'pl', rows, stockDefinition(), gaps);
