import { afterEaster, afterHolidays, untilBlackFriday, untilEaster, untilHalfEnd, untilMidsummer, untilFirstHalfNextYear, untilNewYear, untilSecondHalfNextYear } from '../../understand/time/calendar.js';
import type { TimeTopics } from '../../understand/time.js';
import {
  NO_PLAN,
  untilMonthEnd,
  untilNextMonth,
  untilNextYear,
  untilQuarterEnd,
  untilSeason,
  untilSeasonEnd,
  untilSeasonStart,
  untilYearEnd,
  type Season,
} from '../../understand/time/calendar.js';
import { counted, countedRange, fixed, monthName, N, namedQuarter, namedYear, numericDate, rule, seasonOfYear, U, type TimeCounting, type TimeRule } from '../../understand/time/rules.js';
import { weekNumber } from '../../understand/time/week-numbers.js';
import { numbers } from './numbers.js';

/** Season words, folded: wiosna, lato (latem, lecie), jesień, zima, wakacje; a "sezon" by its adjective ("sezon letni", summer's). */
function season(phrase: string): Season {
  const word = phrase.startsWith('sezon') ? (phrase.split(' ')[1] ?? '') : phrase;
  if (word.startsWith('wios')) return 'spring';
  if (word.startsWith('lat') || word.startsWith('lec') || word.startsWith('letn') || word.startsWith('wakac') || word.startsWith('urlop')) return 'summer';
  if (word.startsWith('jesie')) return 'autumn';
  return 'winter';
}

/** Month names in every case, nominative too ("na marzec", "do marca", "w marcu"). */
const MONTH = '(?<m>(?:styczni|lutego|lutym|marc|kwietni|czerwc|lipc|sierpni|wrzesni|pazdziernik|listopad|grudni)\\p{L}*|styczen|luty|marzec|kwiecien|maj|maja|maju|czerwiec|lipiec|sierpien|wrzesien|grudzien)';
const MONTH_STEMS = ['stycz', 'lut', 'mar', 'kwie', 'maj', 'czerw', 'lip', 'sierp', 'wrze', 'pazdz', 'listop', 'grud'];

const COUNTING: TimeCounting = {
  numbers,
  vague: { jeden: 1, kilka: 3, kilku: 3, pare: 2, paru: 2, pol: 0.5, polroku: 6 },
  units: { week: /^(?:tydz\p{L}*|tygod\p{L}*)$/u, month: /^miesi\p{L}*$/u, year: /^(?:rok|roku|lat|lata)$/u },
};

/** What a time phrase is about (see `TimeTopics`). */
export const timeTopics: TimeTopics = {
  elsewhere: ['rozszerz*', 'ekspansj*', 'przeprowadz*', 'przenies*', 'przenosimy', 'najem', 'najmu', 'wynajem', 'umowa najmu', 'fuzj*', 'polaczy*', 'zalozy*', 'zalozona', 'otworzy*', 'przejel*', 'przejecie', 'kupilismy', 'zatrudnil*', 'zatrudnimy', 'rekrut*', 'remont*', 'konczy sie', 'wygasa', 'emerytur*', 'biur*', 'budow*', 'sprzedal*', 'audyt*'],
  buying: ['zacz*', 'rozpocz*', 'kupi*', 'zakup*', 'zmieni*', 'zmiana', 'wdroz*', 'wdrozenie', 'decyz*', 'zdecyd*', 'potrzeb*', 'chcemy', 'chce', 'planuj*', 'plan', 'system*', 'program*', 'plac*', 'gotow*', 'uzywa*', 'korzysta*', 'narzedzi*', 'budzet*', 'to', 'tego', 'start*', 'ruszy*', 'umowa z', 'umowy z', 'umowe z', 'kontrakt*', 'licencj*', 'abonament*', 'dostawc*'],
  meetings: ['zebrani*', 'walne', 'zgromadzeni*', 'posiedzeni*', 'glosowani*', 'glosuj*', 'uchwal*'],
  already: ['juz'],
  notBefore: ['przed', 'wczesniej niz', 'predzej niz'],
  when: ['jak', 'kiedy', 'gdy', 'jak tylko', 'po tym jak', 'zanim', 'jak juz', 'kiedy juz', 'gdy juz'],
};

export const time: TimeRule[] = [
  fixed('(?:(?:przed|do|na) )?(?:przyszlym |przyszlego |nastepnym |nastepnego |kolejnym |kolejnego )?black friday(?: w przyszlym roku)?', untilBlackFriday),
  fixed('(?:od|z) (?:poczatkiem )?nowego roku(?: obrotowego| budzetowego)?|w nowym roku obrotowym|(?:gdy|jak|kiedy) (?:sie )?zacznie (?:sie )?nowy rok(?: obrotowy| budzetowy)?|na poczatku (?:przyszlego|nowego) roku|(?:zaraz )?po nowym roku|w styczniu', untilNewYear),
  fixed('do konca (?:pierwszego )?polrocza|w (?:pierwszym )?polroczu|w pierwszej polowie roku|do polowy roku|do konca czerwca', (now) => untilHalfEnd(now, 1)),
  fixed('w drugim polroczu|w drugiej polowie roku|do konca drugiego polrocza', (now) => untilHalfEnd(now, 2)),
  fixed('(?:w|do konca) pierwsz(?:ej polowie|ego polrocza|ym polroczu) (?:przyszlego|kolejnego|nastepnego) roku', untilFirstHalfNextYear),
  fixed('w drugi(?:ej polowie|m polroczu) przyszlego roku|w drugi(?:ej polowie|m polroczu) (?:kolejnego|nastepnego) roku', untilSecondHalfNextYear),
  fixed('przed wakacjami|do wakacji|przed latem|do lata|przed urlopami', untilMidsummer),
  fixed('przed wielkanoca|do wielkanocy|przed swietami wielkanocnymi|na wielkanoc', untilEaster),
  fixed('(?:zaraz |tuz |od razu )?po (?:swietach|swietach bozego narodzenia|nowym roku|feriach)', afterHolidays),
  fixed('(?:zaraz |tuz |od razu )?po (?:wielkanocy|swietach wielkanocnych)', afterEaster),
  fixed('od razu|natychmiast|jak najszybciej|najszybciej jak (?:sie da|to mozliwe|mozna)|jak tylko (?:sie da|bedzie mozna|bedzie to mozliwe)|jak najpredzej|pilnie|asap|na juz|na wczoraj|niezwlocznie|od zaraz', () => 0, 0.9),
  fixed('(?:jeszcze |na razie )?nie planujemy|nie ma pospiechu|nie spieszy (?:nam |mi )?sie|nie spieszymy sie|bez pospiechu|brak planow|nie mamy (?:zadnych )?planow|nie mamy terminu|nie w najblizszym czasie|nic pilnego|nie jest to pilne|nie pali sie', () => NO_PLAN, 0.9),
  // "Wkrótce", "niedługo": a near start, said vaguely ("nie w najbliższym czasie" is longer and wins).
  fixed('(?:raczej |pewnie |dosc )?(?:wkrotce|niedlugo|niebawem)|w najblizszym czasie|lada (?:moment|dzien|chwila)', () => 2),
  fixed('w tym miesiacu|do konca (?:tego )?miesiaca|w biezacym miesiacu', untilMonthEnd),
  fixed('w (?:przyszlym|nastepnym|kolejnym) miesiacu|za miesiac', untilNextMonth),
  fixed('w tym tygodniu|w przyszlym tygodniu|za tydzien', () => 0.25),
  countedRange(`(?:za |w ciagu )?(?<a>\\d+|\\p{L}+) ?(?:-|–|do) ?(?<b>\\d+|\\p{L}+) ${U}`, COUNTING),
  counted(`(?:za|w ciagu|w przeciagu|w najblizszych|w ciagu najblizszych|w ciagu kolejnych|przez|do) (?:jakies |okolo |mniej wiecej |ok |gdzies |moze )?${N} ${U}`, COUNTING),
  fixed('za pol roku|w ciagu pol roku|w ciagu polrocza|za polrocze|w ciagu szesciu miesiecy', () => 6),
  fixed('w ciagu roku|za rok|w ciagu najblizszego roku|w przeciagu roku', () => 12),
  fixed('w (?:przyszlym|nastepnym|kolejnym) kwartale', (now) => untilQuarterEnd(now, 1)),
  fixed('w tym kwartale|do konca (?:tego )?kwartalu|w biezacym kwartale', (now) => untilQuarterEnd(now, 0)),
  fixed('(?:jeszcze )?w tym roku|do konca (?:tego )?roku|przed koncem roku|pod koniec roku|przed swietami|w biezacym roku', untilYearEnd),
  fixed('w (?:przyszlym|nastepnym|kolejnym) roku|na poczatku przyszlego roku|po nowym roku', untilNextYear),
  rule('(?:przed|do) (?<s>latem|lata|wakacjami|wakacji|wiosna|wiosny|jesienia|jesieni|zima|zimy)', (m, now) => untilSeasonStart(now, season(m.groups?.s ?? ''))),
  rule('(?:przed|do) (?<s>sezonem (?:letnim|zimowym|wiosennym|jesiennym)|sezonu (?:letniego|zimowego|wiosennego|jesiennego))', (m, now) => untilSeasonStart(now, season(m.groups?.s ?? ''))),
  rule('po (?<s>wakacjach|lecie|urlopach|sezonie letnim|wiosnie|jesieni|zimie)', (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''))),
  // "Do końca (przyszłego) lata": the season's end.
  rule('(?:do|przed) (?:konca|koncem) (?<x>przyszlego |tego )?(?<s>lata|wiosny|jesieni|zimy|wakacji)', (m, now) => untilSeasonEnd(now, season(m.groups?.s ?? ''), m.groups?.x?.trim() === 'przyszlego')),
  rule('(?<x>przyszlej |tej |na |w |)(?<s>wiosny|wiosna|wiosne|latem|lato|lecie|wakacje|jesienia|jesien|zima|zime)(?<y> przyszlego roku)?', (m, now) =>
    untilSeason(now, season(m.groups?.s ?? ''), m.groups?.x?.trim() === 'przyszlej' || Boolean(m.groups?.y)),
  ),
  monthName(`(?:(?:do|przed|pod) (?:konca|koniec)|z koncem) ${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  monthName(`(?:(?:gdy|jak|kiedy) (?:sie )?zacznie (?:sie )?nowy rok(?: obrotowy| budzetowy)? )?(?:w|we|do|od|przed|na|po|pod koniec|na poczatku|z poczatkiem|okolo|w okolicach|kolo|w przyszlym|w przyszlym roku w) ${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  // Dates: "od 1 kwietnia", "do 15 lutego 2027", "od 1.09.2027".
  monthName(`(?:(?:od|do|przed|po|na|w dniu|najpozniej do) )?(?<d>\\d{1,2})\\.? ${MONTH}(?: (?<y>20\\d\\d))?`, MONTH_STEMS),
  // Pora roku danego roku: "wiosną 2027", "na wiosnę 2027 r.", "do lata 2027", "po wakacjach 2027" (nie środek roku).
  seasonOfYear('(?:(?:na|w|moze|prawdopodobnie|chyba) )?(?<s>wiosna|wiosne|latem|lato|lecie|wakacje|jesienia|jesien) (?:roku )?(?<y>20\\d\\d)(?: (?:roku|r))?', season, 'middle'),
  seasonOfYear('(?:przed|do) (?<s>latem|lata|wakacjami|wakacji|wiosna|wiosny|jesienia|jesieni) (?:roku )?(?<y>20\\d\\d)(?: (?:roku|r))?', season, 'start'),
  seasonOfYear('po (?<s>wakacjach|lecie|wiosnie|jesieni) (?:roku )?(?<y>20\\d\\d)(?: (?:roku|r))?', season, 'end'),
  numericDate(false),
  // "W 12 tygodniu", "do 12. tygodnia", "tydzień 12": a week by its number ("12 tygodni" counts weeks).
  weekNumber('(?<w>\\d{1,2})\\.? (?:tygodniu|tygodnia)(?: roku)?|tydzien (?:nr\\.? ?)?(?<w2>\\d{1,2})'),
  namedYear(
    {
      start: ['nie wczesniej niz(?: w)?', 'najwczesniej(?: w)?', 'dopiero w', 'przed', 'do', 'od', 'na poczatku', 'z poczatkiem'],
      end: ['pod koniec', 'do konca', 'na koniec', 'pod koniec roku'],
      plain: ['w', 'we', 'w roku', '(?:moze|prawdopodobnie|chyba|raczej|pewnie)(?: w)?', 'gdzies w'],
    },
    { start: ['najwczesniej'], end: [], plain: ['roku', 'r', 'moze', 'chyba', 'prawdopodobnie'] },
  ),
  namedQuarter('(?:(?:(?<e>do konca|pod koniec|z koncem) |w )?(?:q(?<q>[1-4])|(?<q2>(?:pierwsz|drug|trzeci|czwart|ostatni)\\p{L}*) kwartal(?:e|u))|w (?<r>i|ii|iii|iv) kwartale)(?: (?:(?<n2>przyszlego roku|nastepnego roku)|(?<y>20\\d\\d)(?: r(?:oku)?)?))?', ['pierwsz', 'drugi', 'trzeci', 'czwart']),
];
