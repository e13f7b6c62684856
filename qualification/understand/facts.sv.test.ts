import { stockDefinition } from '../../test/support/stock-definition.js';
import { describePhrases, type PhraseRow } from '../../test/support/phrase-table.js';

/**
 * Swedish answers to Hylly (test/support/stock-definition.yaml), a lean definition invented for tuning:
 * every fact recorded, and the ones that must not be (a wrong fact costs more than asking again).
 */
const rows: PhraseRow[] = [
  // a country the goods go to is a market, not where the company is
  ['country', 'vi skickar till Norge', {}],
  ['country', 'vi finns i Sverige men säljer mest till Norge och Danmark', { country: 'sweden' }],
  ['country', 'vi säljer mest till Tyskland', {}],
  // "håller till" is where the company is based, no direction
  ['country', 'vi håller till i Stockholm', { country: 'sweden' }],
  ['country', 'vi håller till i Stockholm men skickar till Norge', { country: 'sweden' }],
  ['industry', 'vi säljer kläder till Finland', { industry: 'clothing' }],
  ['country', 'Sverige', { country: 'sweden' }],
  ['country', 'från Finland', { country: 'finland' }],
  // ett land som svaret handlar om säger inte var företaget finns ('returer från Norge', 'nej, bara inom Finland')
  ['channels', 'en e-handel för kunderna i Norge', { channels: ['webshop'] }],
  ['own_warehouse', 'nej, vi har lager bara inom Finland', { own_warehouse: 'no' }],
  ['company_size', 'ett tjugotal, vi sitter i Sverige', { company_size: 20, country: 'sweden' }],
  // in passing: the situation is a hint, a pick-several answer partial, a possibility no fact
  ['industry', 'vi säljer skor på nätet, mest via Zalando', { industry: 'clothing' }],
  ['industry', 'vi funderar på att öppna en butik i Norge', {}],
  ['role', 'jag är ägare, våra Excelark är ett kaos', { role: 'owner' }],
  ['country', 'Sverige, kanske Norge senare', { country: 'sweden' }],
  // a negation after the verb: "jag bestämmer inte" is not "jag bestämmer"
  ['decision_power', 'jag bestämmer inte, chefen gör det', { decision_power: 'someone_else' }],
  // the trade in passing is a hint, unless said as a correction
  ['company_size', 'ungefär 40 personer, vi säljer lite elektronik också', { company_size: 40 }],
  // a trade the company works for is the customers'
  ['industry', 'vi gör mjukvara för klädbutiker', {}],
  ['industry', 'vi säljer kaffe till restauranger', { industry: 'food' }],
  // two counts of one kind: whose is which is asked back
  ['company_size', 'vår största kund har 500 anställda, vi är 12', { company_size: { unsure: 500 } }],
  // counts of parts are summed; the visitor counts beside the others; counted people and "det är jag" are no role or say
  ['company_size', 'vi är 6 i butiken och 4 på lagret', { company_size: 10 }],
  ['company_size', 'jag och 3 deltidare', { company_size: 4 }],
  ['company_size', 'det är jag och 2 ekonomer', { company_size: 3 }],
  // en person i förbigående är någon, inte antalet anställda; ett antal per person är en kvot
  ['role', 'jag är ägare, 1 anställd klickade på en länk i ett nätfiskemejl', { role: 'owner' }],
  ['role', 'jag är ägare, vi har två skärmar per person', { role: 'owner' }],
];

/** Not read right yet (`it.fails`): move a row up when it passes. */
const gaps: PhraseRow[] = [
  // counts of parts are summed but asked back where one has a word of its own ("ute")
  ['company_size', '10 på kontoret och 30 ute', { company_size: 40 }],
  // "vi säljer" (we sell) is a verb, not the role "sälj"
  ['role', 'förresten, vi säljer mest kläder', { industry: 'clothing' }],
  // the visitor beside another person ("vd:n" splits in two words)
  ['decision_power', 'vd:n och jag', {}],
];

describePhrases('facts Swedish visitors give a lean definition', 'sv', rows, stockDefinition(), gaps);
