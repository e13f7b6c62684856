import { stockDefinition } from '../../test/support/stock-definition.js';
import { describePhrases, type PhraseRow } from '../../test/support/phrase-table.js';

/**
 * A country said in passing (asked the company's size) that is not where the company is: another
 * party's place, a source, an area covered whole, a word for the country's people or things. And
 * the plain ones that still are, beside them.
 */
const en: PhraseRow[] = [
  ['company_size', '20 people, most of our customers are in Norway', { company_size: 20 }],
  ['role', 'owner, our accountant is in Sweden', { role: 'owner' }],
  ['company_size', '20 people, we buy from Sweden', { company_size: 20 }],
  ['company_size', '20 people, we drive all over Norway', { company_size: 20 }],
  ['company_size', "20 people, we're from Norway", { company_size: 20, country: 'norway' }],
  ['company_size', 'about 20, we are in Poland', { company_size: 20, country: 'poland' }],
];
const fi: PhraseRow[] = [
  ['company_size', 'noin 20, toimittaja on Ruotsissa', { company_size: 20 }],
  ['company_size', '20 henkeä, asiakkaat ovat Norjassa', { company_size: 20 }],
  ['company_size', '20 henkeä, tuomme tavarat Ruotsista', { company_size: 20 }],
  ['company_size', '20 henkeä, toimittaja Norjasta', { company_size: 20 }],
  ['company_size', '20, kuskit on puolalaisia', { company_size: 20 }],
  ['company_size', '20, ajetaan ympäri Norjaa', { company_size: 20 }],
  ['company_size', '20, ajetaan Norjassa paljon', { company_size: 20, country: 'norway' }],
];
const sv: PhraseRow[] = [
  ['company_size', '20 pers, kunderna finns mest i Norge', { company_size: 20 }],
  ['company_size', '20 pers, leverantören är från Norge', { company_size: 20 }],
  ['company_size', '20 pers, vi köper in från Norge', { company_size: 20 }],
  ['company_size', '20 pers, vi kör i hela Sverige', { company_size: 20 }],
  ['company_size', '20 pers, vi kör mest i Norge', { company_size: 20, country: 'norway' }],
];
const pl: PhraseRow[] = [
  ['company_size', '20 osób, klienci są głównie w Norwegii', { company_size: 20 }],
  ['company_size', '20 osób, dostawca z Norwegii', { company_size: 20 }],
  ['company_size', '20 osób, polska firma', { company_size: 20 }],
  ['company_size', '20 osób, kuchnia polska', { company_size: 20 }],
  ['company_size', '20 osób, mówimy po polsku', { company_size: 20 }],
  ['company_size', '20 osób, jeździmy po całej Polsce', { company_size: 20 }],
  ['company_size', '20 osób, jesteśmy firmą z Norwegii', { company_size: 20, country: 'norway' }],
  ['company_size', '20 osób, biuro mamy w Polsce', { company_size: 20, country: 'poland' }],
];
describePhrases('a country in passing that is not the company\'s (en)', 'en', en, stockDefinition());
describePhrases('a country in passing that is not the company\'s (fi)', 'fi', fi, stockDefinition());
describePhrases('a country in passing that is not the company\'s (sv)', 'sv', sv, stockDefinition());
// "polscy" is a case of "Polska" to the Polish endings as much as of "polski".
const plGaps: PhraseRow[] = [['company_size', '20 osób, polscy kierowcy', { company_size: 20 }]];
describePhrases('a country in passing that is not the company\'s (pl)', 'pl', pl, stockDefinition(), plGaps);
