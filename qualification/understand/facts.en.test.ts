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
  // a country the answer is about is no word on where the company is ('returns from Norway', 'no, only within Finland')
  ['channels', 'a webshop for the customers in Norway', { channels: ['webshop'] }],
  ['own_warehouse', 'no, we only keep stock within Finland', { own_warehouse: 'no' }],
  ['own_warehouse', 'yes, just in Sweden', { own_warehouse: 'yes' }],
  ['company_size', 'about 20, we are in Poland', { company_size: 20, country: 'poland' }],
  // in passing: the situation is a hint, a pick-several answer partial, a possibility no fact
  ['industry', 'we sell shoes online, mostly through Zalando', { industry: 'clothing' }],
  ['industry', "we're thinking about opening a shop in Sweden", {}],
  ['role', "I'm the owner, the spreadsheets are a mess", { role: 'owner' }],
  ['company_size', 'about 20, we want to start in March', { company_size: 20 }],
  ['country', 'Finland now, maybe Sweden later', { country: 'finland' }],
  [null, "we're a clothing shop in Finland, 12 people, all in Excel", { industry: 'clothing', company_size: 12, country: 'finland' }],
  // the visitor beside another person decides with them, not someone else alone
  ['decision_power', 'the CEO and I', {}],
  // the trade in passing is a hint, unless said as a correction
  ['company_size', 'about 40 people, we also sell some electronics', { company_size: 40 }],
  ['role', 'actually we mostly sell clothes', { industry: 'clothing' }],
  // a trade the company works for is the customers'
  ['industry', 'we make software for clothing shops', {}],
  ['industry', 'clothing, mostly for kids', { industry: 'clothing' }],
  // two counts of one kind: whose is which is asked back
  ['company_size', "our biggest customer has 500 employees, we're 12", { company_size: { unsure: 500 } }],
  ['company_size', 'we have 2 shops and 14 employees', { company_size: 14 }],
  // counts of parts are summed; the visitor counts beside the others; counted people and "it's me" are no role or say
  ['company_size', '10 in the office and 30 in the field', { company_size: 40 }],
  ['company_size', 'me and my brother plus 6 warehouse workers', { company_size: 8 }],
  ['company_size', "it's me plus 3 part-timers", { company_size: 4 }],
  ['company_size', 'me and 4 accountants', { company_size: 5 }],
  ['industry', "clothes, it's me and 2 warehouse managers", { industry: 'clothing' }],
  // one person said in passing is someone, not the head count; a count per person is a ratio
  ['role', "I'm the owner, one employee's laptop got stolen in May", { role: 'owner' }],
  ['role', "I'm the owner, we have two screens per person", { role: 'owner' }],
];

/** Not read right yet (`it.fails`): move a row up when it passes. */
const gaps: PhraseRow[] = [];

describePhrases('facts English visitors give a lean definition', 'en', rows, stockDefinition(), gaps);
