import { describe, expect, it } from 'vitest';
import { CONFIDENT, type AnswerValue } from '../../answer.js';
import { LeadDefinition, type Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';
import { madeUpChoice, t } from '../../../test/support/made-up-definition.js';

/**
 * A made-up bookkeeping-software seller's lean definition (three synonyms per option at most, no
 * `means`), and answers written by hand in every locale: the concepts, titles and word orders
 * understanding must read without the marketer listing them. `gap` rows are known misses.
 */
const definition = LeadDefinition.parse({ version: 1, company: { name: 'Books' }, locales: ['en', 'fi', 'sv', 'pl'], defaultLocale: 'en', greeting: t('?', '?', '?', '?'),
  criteria: [
    madeUpChoice('role', 'person', [
      { id: 'owner', label: t('Owner / managing director', 'Omistaja / toimitusjohtaja', 'Ägare / vd', 'Właściciel / prezes'), synonyms: { en: ['owner', 'founder', 'CEO'], fi: ['yrittäjä', 'omistaja', 'toimari'], sv: ['ägare', 'vd', 'grundare'], pl: ['właściciel', 'prezes', 'szef firmy'] } },
      { id: 'finance', label: t('Finance / accounting', 'Talous / kirjanpito', 'Ekonomi / redovisning', 'Finanse / księgowość'), synonyms: { en: ['CFO', 'accountant', 'finance manager'], fi: ['talouspäällikkö', 'kirjanpitäjä', 'controller'], sv: ['ekonomichef', 'redovisningsekonom', 'controller'], pl: ['księgowa', 'dyrektor finansowy', 'główna księgowa'] } },
      { id: 'office', label: t('Office / administration', 'Toimisto / hallinto', 'Kontor / administration', 'Biuro / administracja'), synonyms: { en: ['office manager', 'admin', 'assistant'], fi: ['toimistopäällikkö', 'assistentti', 'toimistosihteeri'], sv: ['kontorschef', 'assistent', 'administratör'], pl: ['office manager', 'asystentka', 'sekretarka'] } },
      { id: 'other', other: true, label: t('Other', 'Muu', 'Annat', 'Inne') },
    ]),
    madeUpChoice('tool', 'situation', [
      { id: 'excel', label: t('Excel', 'Excel', 'Excel', 'Excel'), synonyms: { en: ['spreadsheets'], fi: ['taulukot'], sv: ['kalkylark'], pl: ['arkusze'] } },
      { id: 'paper', label: t('Paper', 'Paperi', 'Papper', 'Papier'), synonyms: { en: ['by hand', 'notebook'], fi: ['käsin', 'vihko'], sv: ['för hand', 'pärmar'], pl: ['ręcznie', 'zeszyt'] } },
      { id: 'software', label: t('Accounting software', 'Taloushallinto-ohjelma', 'Ekonomiprogram', 'Program księgowy'), synonyms: { en: ['Xero', 'QuickBooks', 'Sage'], fi: ['Netvisor', 'Procountor', 'Fennoa'], sv: ['Fortnox', 'Visma', 'Bokio'], pl: ['Symfonia', 'Optima', 'wFirma'] } },
      { id: 'accountant', label: t('Our accountant does it', 'Tilitoimisto hoitaa', 'Redovisningsbyrån sköter det', 'Biuro rachunkowe'), synonyms: { en: ['accounting firm', 'bookkeeper'], fi: ['tilitoimisto', 'kirjanpitäjä'], sv: ['redovisningsbyrå', 'bokföringsbyrå'], pl: ['biuro rachunkowe', 'księgowa zewnętrzna'] } },
    ]),
    madeUpChoice('pain', 'situation', [
      { id: 'manual', label: t('Too much manual work', 'Liikaa käsityötä', 'För mycket manuellt arbete', 'Za dużo ręcznej pracy') },
      { id: 'late', label: t('Late payments', 'Myöhästyneet maksut', 'Sena betalningar', 'Opóźnione płatności'), synonyms: { en: ['unpaid invoices', 'chasing payments'], fi: ['maksumuistutukset', 'maksamattomat laskut'], sv: ['obetalda fakturor', 'påminnelser'], pl: ['niezapłacone faktury', 'windykacja'] } },
      { id: 'errors', label: t('Errors', 'Virheet', 'Fel', 'Błędy'), synonyms: { en: ['mistakes', 'typos'], fi: ['virheet', 'näppäilyvirheet'], sv: ['misstag', 'felaktigheter'], pl: ['pomyłki', 'błędy w fakturach'] } },
      { id: 'overview', label: t('No overview of cash', 'Ei näkyvyyttä kassaan', 'Ingen koll på kassan', 'Brak wglądu w finanse'), synonyms: { en: ['cash flow', 'visibility'], fi: ['kassavirta', 'kokonaiskuva'], sv: ['kassaflöde', 'överblick'], pl: ['płynność', 'przepływy pieniężne'] } },
    ]),
    madeUpChoice('goal', 'motivation', [
      { id: 'time', label: t('Save time', 'Säästää aikaa', 'Spara tid', 'Oszczędzić czas') },
      { id: 'paid', label: t('Get paid faster', 'Rahat nopeammin', 'Få betalt snabbare', 'Szybsze płatności') },
      { id: 'accurate', label: t('Fewer mistakes', 'Vähemmän virheitä', 'Färre fel', 'Mniej błędów') },
      { id: 'grow', label: t('Grow the business', 'Kasvattaa liiketoimintaa', 'Växa', 'Rozwój firmy') },
    ], { type: 'multi' }),
    madeUpChoice('decides', 'person', [
      { id: 'me', label: t('I decide', 'Minä päätän', 'Jag bestämmer', 'Ja decyduję') },
      { id: 'together', label: t('We decide together', 'Päätämme yhdessä', 'Vi bestämmer tillsammans', 'Decydujemy wspólnie') },
      { id: 'else', label: t('Someone else decides', 'Joku muu päättää', 'Någon annan bestämmer', 'Decyduje ktoś inny') },
    ]),
  ],
  thresholds: { fit: 1, intent: 1 }, routing: { owners: [{ id: 'o', name: 'O', slackUser: 'U1' }], defaultOwner: 'o' }, sla: { acceptMinutes: 60 } });

const NOW = new Date('2026-01-15T10:00:00Z');
const sorted = (v: AnswerValue | undefined) => (Array.isArray(v) ? [...v].sort() : v);
function answer(locale: Locale, asking: string, text: string): unknown {
  const found = understand(definition, text, { locale, now: NOW, asking }).extractions.find((e) => e.criterionId === asking);
  return found && found.confidence >= CONFIDENT ? sorted(found.value) : null;
}

const rows: [Locale, string, string, AnswerValue, 'gap'?][] = [
  ['en', 'role', 'I own the place', 'owner'],
  ['en', 'role', 'I’m the bookkeeper here', 'finance'],
  ['en', 'role', 'I handle the finances', 'finance'],
  ['en', 'role', 'I do the admin', 'office'],
  ['en', 'role', 'head of finance', 'finance'],
  ['en', 'role', 'I’m a sales manager', 'other'],
  ['en', 'tool', 'we’ve got everything in Excel sheets', 'excel'],
  ['en', 'tool', 'it’s all handwritten', 'paper'],
  ['en', 'tool', 'we use Fortnox', 'software'],
  ['en', 'tool', 'our accountant takes care of it', 'accountant'],
  ['en', 'tool', 'an external bookkeeper does it all', 'accountant'],
  ['en', 'pain', 'I spend hours typing in receipts', 'manual'],
  ['en', 'pain', 'customers don’t pay on time', 'late'],
  ['en', 'pain', 'chasing unpaid invoices', 'late'],
  ['en', 'pain', 'too many mistakes in the books', 'errors'],
  ['en', 'pain', 'I never know how much cash we have', 'overview'],
  ['en', 'goal', 'save a few hours a week', ['time']],
  ['en', 'goal', 'get our invoices paid faster', ['paid']],
  ['en', 'goal', 'fewer errors and more time', ['accurate','time']],
  ['en', 'decides', 'that would be me', 'me'],
  ['en', 'decides', 'my business partner and I', 'together'],
  ['en', 'decides', 'the owner does', 'else'],
  ['fi', 'role', 'omistan firman', 'owner'],
  ['fi', 'role', 'hoidan talousasiat', 'finance'],
  ['fi', 'role', 'olen toimistossa assistenttina', 'office'],
  ['fi', 'tool', 'excelillä mennään', 'excel'],
  ['fi', 'tool', 'kaikki paperilla mapeissa', 'paper'],
  ['fi', 'tool', 'käytämme Netvisoria', 'software'],
  ['fi', 'tool', 'tilitoimisto hoitaa kirjanpidon', 'accountant'],
  ['fi', 'pain', 'asiakkaat maksavat myöhässä', 'late'],
  ['fi', 'pain', 'paljon käsin näpyttelyä', 'manual'],
  ['fi', 'pain', 'virheitä tulee jatkuvasti', 'errors'],
  ['fi', 'goal', 'säästää aikaa ja saada rahat nopeammin', ['paid','time']],
  ['fi', 'goal', 'vähemmän virheitä', ['accurate']],
  ['fi', 'decides', 'minä', 'me'],
  ['fi', 'decides', 'yhdessä osakkaan kanssa', 'together'],
  ['sv', 'role', 'jag driver firman', 'owner'],
  ['sv', 'role', 'jag sköter ekonomin', 'finance'],
  ['sv', 'tool', 'allt ligger i Excel', 'excel'],
  ['sv', 'tool', 'vi kör Fortnox', 'software'],
  ['sv', 'tool', 'redovisningsbyrån sköter allt', 'accountant'],
  ['sv', 'pain', 'kunderna betalar sent', 'late'],
  ['sv', 'pain', 'det blir mycket fel', 'errors'],
  ['sv', 'goal', 'spara tid', ['time']],
  ['sv', 'goal', 'få betalt fortare', ['paid']],
  ['sv', 'decides', 'det gör jag', 'me'],
  ['pl', 'role', 'prowadzę firmę', 'owner'],
  ['pl', 'role', 'zajmuję się księgowością', 'finance'],
  ['pl', 'tool', 'wszystko w Excelu', 'excel'],
  ['pl', 'tool', 'korzystamy z Optimy', 'software'],
  ['pl', 'tool', 'biuro rachunkowe wszystko robi', 'accountant'],
  ['pl', 'pain', 'klienci płacą z opóźnieniem', 'late'],
  ['pl', 'pain', 'dużo ręcznego wpisywania', 'manual'],
  ['pl', 'goal', 'chcemy szybciej dostawać pieniądze', ['paid']],
  ['pl', 'decides', 'ja', 'me'],
  ['pl', 'decides', 'razem ze wspólnikiem', 'together'],
];

describe('a bookkeeping seller’s lean definition, answered in every locale', () => {
  for (const [locale, asking, text, value, gap] of rows) (gap ? it.fails : it)(`${locale}, asking ${asking}: ${text}`, () => expect(answer(locale, asking, text)).toEqual(sorted(value)));
});
