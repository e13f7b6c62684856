import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../answer.js';
import type { Locale } from '../definition/schema.js';
import { understand } from './understand.js';
import { madeUpChoice, madeUpDefinition, t } from '../../test/support/made-up-definition.js';

/** A made-up bookkeeping-software seller whose situation and motivation options list no synonym: only concept markers. */
const definition = madeUpDefinition([
    madeUpChoice('tool', 'situation', [
      { id: 'sheets', label: t('Sheets', 'Taulukot', 'Ark', 'Arkusze'), means: ['spreadsheets'] },
      { id: 'paper', label: t('Paper', 'Paperi', 'Papper', 'Papier'), means: ['paper'] },
      { id: 'own', label: t('Own system', 'Oma järjestelmä', 'Eget system', 'Własny system'), means: ['in_house_system'] },
      { id: 'none', label: t('None', 'Ei mitään', 'Inget', 'Nic'), means: ['no_system'] },
    ]),
    madeUpChoice('pain', 'situation', [
      { id: 'manual', label: t('Manual', 'Käsityö', 'Manuellt', 'Ręcznie'), means: ['manual_work'] },
      { id: 'slow', label: t('Slow', 'Hidas', 'Långsamt', 'Powoli'), means: ['takes_too_long'] },
      { id: 'errors', label: t('Errors', 'Virheet', 'Fel', 'Błędy'), means: ['errors'] },
      { id: 'blind', label: t('Overview', 'Kokonaiskuva', 'Överblick', 'Wgląd'), means: ['no_overview'] },
      { id: 'pricey', label: t('Price', 'Hinta', 'Pris', 'Cena'), means: ['high_costs'] },
      { id: 'fine', label: t('All fine', 'Kaikki hyvin', 'Allt bra', 'Wszystko dobrze'), means: ['no_pain'] },
      { id: 'down', label: t('Downtime', 'Seisokit', 'Driftstopp', 'Przestoje'), means: ['breakdowns'] },
      { id: 'late', label: t('Late', 'Myöhässä', 'Sent', 'Późno'), means: ['delays'] },
      { id: 'staff', label: t('Staff', 'Henkilöstö', 'Personal', 'Personel'), means: ['staff_shortage'] },
    ]),
    madeUpChoice('goal', 'motivation', [
      { id: 'time', label: t('Time', 'Aika', 'Tid', 'Czas'), means: ['save_time'] },
      { id: 'costs', label: t('Costs', 'Kulut', 'Kostnader', 'Koszty'), means: ['cut_costs'] },
      { id: 'growth', label: t('Growth', 'Kasvu', 'Tillväxt', 'Wzrost'), means: ['grow'] },
      { id: 'rules', label: t('Rules', 'Säännöt', 'Regler', 'Przepisy'), means: ['compliance'] },
      { id: 'customers', label: t('Customers', 'Asiakkaat', 'Kunder', 'Klienci'), means: ['customer_experience'] },
    ], { type: 'multi' }),
]);

const NOW = new Date('2026-01-15T10:00:00Z');
function read(locale: Locale, text: string, asking: string | null): Record<string, unknown> {
  const { extractions } = understand(definition, text, { locale, now: NOW, asking });
  return Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
}

type Row = [Locale, string, string, unknown];

describe('the tool used today, in the visitor’s words, answers the option that means it', () => {
  it.each<Row>([
    ['en', 'tool', 'honestly it’s all in a big Excel file', 'sheets'],
    ['en', 'tool', 'pen and paper mostly, plus a whiteboard', 'paper'],
    ['en', 'tool', 'we built our own system years ago', 'own'],
    ['en', 'tool', 'nothing really, it’s all in my head', 'none'],
    ['fi', 'tool', 'kaikki on Excel-taulukoissa', 'sheets'],
    ['fi', 'tool', 'paperilla ja seinäkalenterissa', 'paper'],
    ['fi', 'tool', 'meillä on oma itse tehty järjestelmä', 'own'],
    ['fi', 'tool', 'ei oikeastaan mitään, muistin varassa mennään', 'none'],
    ['sv', 'tool', 'vi kör allt i kalkylark', 'sheets'],
    ['sv', 'tool', 'mest papperslappar och en pärm', 'paper'],
    ['sv', 'tool', 'ett egenutvecklat system', 'own'],
    ['sv', 'tool', 'ingenting, allt sitter i huvudet', 'none'],
    ['pl', 'tool', 'wszystko w arkuszach kalkulacyjnych', 'sheets'],
    ['pl', 'tool', 'na kartkach i w zeszycie', 'paper'],
    // Built by one of the company's own people, said as who built it; a spreadsheet typed as it sounds.
    ['en', 'tool', 'an app our devs wrote in 2019', 'own'],
    ['en', 'tool', 'exel mostly', 'sheets'],
    ['fi', 'tool', 'IT-kaveri koodas sen joskus', 'own'],
    ['fi', 'tool', 'exel lähinnä', 'sheets'],
    ['sv', 'tool', 'vår IT-kille byggde det', 'own'],
    ['sv', 'tool', 'mest exel', 'sheets'],
    ['pl', 'tool', 'nasz informatyk napisał program', 'own'],
    ['pl', 'tool', 'głównie exel', 'sheets'],
    ['pl', 'tool', 'mamy własny system pisany na zamówienie', 'own'],
    ['pl', 'tool', 'na razie nic, wszystko w głowie', 'none'],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual({ [asking]: expected }));
});

describe('a pain said as the problem answers the option that means it', () => {
  it.each<Row>([
    ['en', 'pain', 'we still do everything by hand', 'manual'],
    ['en', 'pain', 'invoicing eats up two days every month', 'slow'],
    ['en', 'pain', 'too many mistakes in the hours people report', 'errors'],
    ['en', 'pain', 'I can’t keep track of who is where', 'blind'],
    ['fi', 'pain', 'kaikki tehdään vielä käsin', 'manual'],
    ['fi', 'pain', 'laskutus vie liikaa aikaa', 'slow'],
    ['fi', 'pain', 'tunneissa on jatkuvasti virheitä', 'errors'],
    ['fi', 'pain', 'meillä ei ole mitään kokonaiskuvaa', 'blind'],
    ['sv', 'pain', 'vi gör allt för hand', 'manual'],
    ['sv', 'pain', 'det är så tidskrävande', 'slow'],
    ['sv', 'pain', 'det blir mycket misstag', 'errors'],
    ['sv', 'pain', 'svårt att hålla koll på allt', 'blind'],
    ['pl', 'pain', 'wszystko robimy ręcznie', 'manual'],
    ['pl', 'pain', 'fakturowanie zajmuje za dużo czasu', 'slow'],
    ['pl', 'pain', 'ciągle są pomyłki w danych', 'errors'],
    ['pl', 'pain', 'nie mamy kontroli nad tym, co się dzieje', 'blind'],
    // Paying too much is the cost; "nothing really" no pain at all.
    ['en', 'pain', 'honestly we are paying too much', 'pricey'],
    ['fi', 'pain', 'maksamme liikaa nykyisestä', 'pricey'],
    ['sv', 'pain', 'vi betalar för mycket för det', 'pricey'],
    ['pl', 'pain', 'przepłacamy od lat', 'pricey'],
    ['en', 'pain', 'nothing really to be honest', 'fine'],
    ['fi', 'pain', 'ei oikeestaan mitään', 'fine'],
    ['sv', 'pain', 'inget egentligen', 'fine'],
    ['pl', 'pain', 'właściwie nic', 'fine'],
    // A connection or a service going down is a breakdown.
    ['en', 'pain', 'the line keeps dropping', 'down'],
    ['fi', 'pain', 'verkko on usein nurin', 'down'],
    ['sv', 'pain', 'nätet är nere varje vecka', 'down'],
    ['pl', 'pain', 'serwer ciągle pada', 'down'],
    // Work running late is the delays, whatever the marketer called them.
    ['en', 'pain', 'our jobs always run behind schedule', 'late'],
    ['fi', 'pain', 'aikataulut venyy joka kohteessa', 'late'],
    ['sv', 'pain', 'tidsplanen spricker varje gång', 'late'],
    ['pl', 'pain', 'ciągle mamy poślizg w harmonogramie', 'late'],
    // A process dragging on is slowness; a schedule slipping is the delays.
    ['fi', 'pain', 'prosessi venyy aina', 'slow'],
    ['sv', 'pain', 'processen drar ut på tiden', 'slow'],
    // Information scattered, a line cut, nobody applying.
    ['fi', 'pain', 'tieto on hajallaan kaikkialla', 'blind'],
    ['sv', 'pain', 'allt ligger utspritt i olika mappar', 'blind'],
    ['fi', 'pain', 'netti on poikki vähän väliä', 'down'],
    ['sv', 'pain', 'kassan slutade fungera i fredags', 'down'],
    ['fi', 'pain', 'hakijoita ei vaan tule', 'staff'],
    ['sv', 'pain', 'svårt att hitta rätt kompetens', 'staff'],
    ['en', 'pain', 'too few applicants for every job', 'staff'],
    ['pl', 'pain', 'brakuje nam kandydatów, za mało kandydatów', 'staff'],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual({ [asking]: expected }));
});

describe('a motivation said as the aim answers the options that mean it', () => {
  it.each<Row>([
    ['en', 'goal', 'mainly to save time', ['time']],
    ['en', 'goal', 'we want to cut costs and grow', ['costs', 'growth']],
    ['en', 'goal', 'the new GDPR rules, honestly', ['rules']],
    ['en', 'goal', 'happier customers', ['customers']],
    ['fi', 'goal', 'haluamme säästää aikaa', ['time']],
    ['fi', 'goal', 'ajansäästö ja kasvu', ['time', 'growth']],
    ['fi', 'goal', 'kustannussäästöt', ['costs']],
    ['fi', 'goal', 'parempi asiakaskokemus', ['customers']],
    ['sv', 'goal', 'vi vill spara tid', ['time']],
    ['sv', 'goal', 'sänka kostnaderna', ['costs']],
    ['sv', 'goal', 'vi vill växa', ['growth']],
    ['sv', 'goal', 'lagkrav och spårbarhet', ['rules']],
    ['pl', 'goal', 'chcemy obniżyć koszty', ['costs']],
    ['pl', 'goal', 'zaoszczędzić czas', ['time']],
    ['pl', 'goal', 'więcej klientów', ['growth']],
    ['pl', 'goal', 'wymogi prawne i RODO', ['rules']],
    ['en', 'goal', 'we want to stop wasting time on admin', ['time']],
    ['fi', 'goal', 'vähemmän kuluja', ['costs']],
    ['sv', 'goal', 'att få mer gjort på kortare tid', ['time']],
    ['pl', 'goal', 'żeby mniej wydawać', ['costs']],
    ['fi', 'goal', 'illat vapaaksi paperitöistä', ['time']],
    ['sv', 'goal', 'slippa sitta vid datorn på kvällarna', ['time']],
    // Getting rid of paper ends the manual work an aim to save time is about.
    ['en', 'goal', 'get rid of the paper forms', ['time']],
    ['fi', 'goal', 'eroon paperisista lomakkeista', ['time']],
    ['sv', 'goal', 'slippa papper helt', ['time']],
    ['pl', 'goal', 'chcemy pozbyć się papierów', ['time']],
  ])('%s, asking %s: %s', (locale, asking, text, expected) => expect(read(locale, text, asking)).toEqual({ [asking]: expected }));
});

describe('situation and motivation concepts answer only the question asked', () => {
  it.each<[Locale, string, string]>([
    ['en', 'pain', 'we do it in Excel'],
    ['fi', 'tool', 'haluamme säästää aikaa'],
    ['sv', 'goal', 'vi gör allt för hand'],
    ['pl', 'tool', 'chcemy obniżyć koszty'],
  ])('%s, asking %s: %s records nothing else', (locale, asking, text) => {
    const read1 = read(locale, text, asking);
    expect(Object.keys(read1).filter((k) => k !== asking)).toEqual([]);
  });
});
