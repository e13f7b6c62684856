import type { CountedThings, LearnerWords } from '../../understand/numbers/units.js';
import { weekdayRanges } from '../day-ranges.js';

/** Weekdays, Monday first, folded, as ranges of office days name them (see `weekdayRanges`). */
const PL_DAYS = ['poniedzialek|pon|pn', 'wtorek|wt', 'sroda|sr', 'czwartek|czw', 'piatek|pt', 'sobota|sob', 'niedziela|niedz|nd'];

/** Words for things businesses count, beginnings of words after a number ("40 ciężarówek", "3 sklepy"). */
/** Words after which a thing's word says where the count is ("10 in the office"), not what it counts. */
const where = ['w', 'we', 'na', 'po', 'z', 'ze', 'przy', 'miedzy', 'dla', 'do', 'u'];

export const counted: CountedThings = {
  vehicles: {
    after: ['pojazd', 'samochod', 'aut', 'auta', 'ciezarow', 'bus', 'busy', 'busow', 'busami', 'dostawcz', 'furgon', 'ciagnik', 'tir', 'tiry', 'tirow', 'naczep', 'autobus', 'taksow', 'wozow', 'wozy', 'karetk'],
    before: ['flota', 'flota liczy', 'we flocie', 'w flocie mamy', 'we flocie mamy'],
    spoken: [],
    where,
  },
  orders: {
    after: ['zamowie', 'paczk', 'paczek', 'przesyl', 'wysylk', 'wysylek', 'zlecen', 'transakcj'],
    before: [],
    spoken: [],
    where,
  },
  locations: {
    after: ['budow', 'inwestycj', 'lokaliz', 'placow', 'sklep', 'oddzia', 'biur', 'magazyny', 'magazynow', 'magazynach', 'punkt', 'filii', 'filie', 'restaurac', 'kawiar', 'salon', 'klinik', 'zaklad', 'hotel', 'warsztat', 'domow', 'domy', 'budyn', 'nieruchomo', 'centrala', 'centrali', 'siedzib', 'szkol', 'przedszkol', 'obiekt', 'zlobk', 'hala', 'hali', 'hale', 'bary', 'barow', 'barach', 'pub', 'puby', 'pubow', 'klub', 'bistr', 'pizzeri', 'kiosk', 'budk', 'budek', 'food truck', 'foodtruck', 'piekarn'],
    before: [],
    spoken: [['tylko (?:jedno |jeden |jedna )?(?:biuro|budynek|oddzial|sklep|obiekt|lokalizacja|szkola)|w (?:jednym|tym samym) budynku', 1]],
    alone: ['centrala', 'centrali', 'siedziba', 'siedzibe', 'siedzibie', 'budynek glowny', 'glowny budynek', 'kampus glowny', 'glowny kampus'],
    one: ['jeden', 'jedna', 'jedno'],
    where,
  },
  floors: { after: ['pietr', 'pieter', 'kondygnac'], before: [], spoken: [], where },
  days: {
    after: ['dzien', 'dni', 'dniach', 'dnia'],
    before: [],
    spoken: [[
      'raz (?:w|na) tydzien', 1], ['raz w tygodniu', 1], ['codziennie|kazdego dnia|caly tydzien|od poniedzialku do piatku|pon(?: ?- ?| )pt', 5],
      ...weekdayRanges(['od poniedzialku', 'od wtorku', 'od srody', 'od czwartku', 'od piatku', 'od soboty', 'od niedzieli'], ['poniedzialku', 'wtorku', 'srody', 'czwartku', 'piatku', 'soboty', 'niedzieli'], ' do '),
      ...weekdayRanges(PL_DAYS, PL_DAYS, '\\s*[-–]\\s*'),
    ],
    where,
  },
  // A phone, a SIM card or a number is one subscription to an operator ("80 numerów", "5 kart SIM").
  subscriptions: {
    after: ['abonament', 'sim', 'kart sim', 'karty sim', 'numer', 'telefon', 'komork', 'komorek', 'linii', 'linie'],
    before: [],
    spoken: [],
    where,
  },
  // Land by its area ("240 ha", "120 hektarów") and animals kept ("60 krów", "350 loch", "20 tysięcy kur").
  area: { after: ['hektar', 'ha'], before: [], spoken: [], where },
  animals: {
    after: ['zwierz', 'krow', 'krowy', 'bydl', 'jalow', 'ciel', 'byk', 'byki', 'bykow', 'tucznik', 'swin', 'loch', 'prosi', 'warchlak', 'kur', 'kury', 'kurcz', 'brojler', 'niose', 'nioski', 'indyk', 'owiec', 'owce', 'kozy', 'koz'],
    before: [],
    spoken: [],
    where,
  },
  // Kasa, terminal płatniczy albo tablet: każde to stanowisko sprzedaży ("dwie kasy fiskalne i cztery terminale").
  terminals: {
    after: ['kas', 'kasa', 'kasy', 'kase', 'kasie', 'terminal', 'czytnik', 'stanowisk kasow', 'stanowiska kasow', 'stanowisko kasow', 'tablet', 'ipad', 'pos'],
    before: [],
    spoken: [],
    where,
  },
  // Hours, and one said in words ("może godzina"); "pół godziny" is half of one.
  hours: { after: ['godz', 'h'], before: [], spoken: [['(?:jedna |jedną )?(?:godzina|godzine|godzinka|godzinke)', 1], ['pol godziny|polgodziny', 0.5]], where },
  devices: {
    // A "stacja" alone may be a petrol station: only a workstation's whole name.
    after: ['urzadze', 'komputer', 'laptop', 'serwer', 'stacjonar', 'stacje robocz', 'stacji robocz', 'stanowisk komputer', 'stanowiska komputer', 'stanowisk robocz', 'stanowiska robocz', 'pc', 'tablet', 'notebook', 'endpoint', 'koncowk', 'mac', 'smartfon'],
    before: [],
    spoken: [],
    where,
  },
};

/** Those who study in an organisation's spaces, after a number; and a question's words that count them too. */
export const learners: LearnerWords = { after: ['uczni', 'uczen', 'student', 'studenc', 'sluchacz'], asked: ['uczy', 'uczni', 'uczen', 'student', 'studiu'] };
