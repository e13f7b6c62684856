import type { UnitCues } from '../../understand/numbers/units.js';
import type { PeopleWords } from '../../understand/choices/people-words.js';
import type { DirectivePhrases, NamePhrases } from '../addressing.js';
import type { Lexicon } from '../lexicon.js';

export const lexicon: Lexicon = {
  generic: ['tak', 'nie', 'inna', 'inne', 'inny', 'cos', 'innego', 'nic', 'jeszcze', 'razem', 'wspolnie', 'na', 'razie', 'zadne', 'z', 'tych'],
  stopwords: new Set(['i', 'w', 'z', 'na', 'to', 'co', 'do', 'ze', 'we', 'ja', 'on', 'od', 'nie', 'tak', 'sie', 'jak', 'ale', 'it']),
  light: new Set(['i', 'a', 'w', 'we', 'z', 'ze', 'na', 'do', 'od', 'o', 'po', 'przez', 'dla', 'to', 'ten', 'ta', 'te', 'tego', 'byl', 'byc', 'sie', 'wiecej', 'mniej', 'nowy', 'stary', 'lepszy', 'dobry', 'bardzo', 'tez', 'takze', 'tylko', 'wszystko', 'wszystkie', 'co', 'jak', 'ktory', 'ktora', 'ktore', 'u']),
  floating: ['sie'],
  coordinators: ['i', 'lub', 'albo', 'oraz'],
  both: { words: ['jedno i drugie', 'to i to', 'oba', 'obie', 'obu', 'obydwa', 'obydwie', 'po trochu'], joins: ['plus', 'a', 'natomiast', 'zas'] },
  falseFriends: [],
  boundEnds: {},
  negations: new Set(['zaden', 'zadna', 'zadne', 'zadnego', 'zadnej', 'zadnych', 'zadnym', 'zadnymi', 'nie', 'bez', 'nigdy', 'brak', 'braku', 'ani']),
  lacking: new Set(['bez']),
  being: new Set(['byc', 'jest', 'sa', 'byl', 'byla', 'bylo', 'byly', 'byli', 'bedzie', 'beda', 'ma', 'mam', 'mamy', 'maja', 'mial', 'miala', 'mielismy', 'mialem', 'miec', 'zdarza', 'zdarzylo', 'zdarzaja']),
  contrasts: new Set(['tylko', 'lecz', 'ale', 'raczej', 'poza', 'oprocz', 'procz']),
  leaving: { before: ['z', 'ze', 'od'], endings: [], to: ['na', 'do'], toEndings: [], going: ['przechodzimy', 'przejdziemy', 'przechodzic', 'zmieniamy', 'zmienimy', 'migrujemy', 'zmigrujemy', 'przesiadamy', 'przesiadziemy'], then: ['wczesniej', 'mielismy', 'mialem', 'mialam', 'uzywalismy', 'korzystalismy', 'kiedys', 'dawniej', 'przedtem', 'poprzednio', 'do niedawna', 'najpierw', 'na poczatku', 'probowalismy', 'testowalismy'], now: ['teraz', 'od zeszlego roku', 'od ubieglego roku', 'od tego roku', 'od jakiegos czasu', 'obecnie', 'dzis', 'dzisiaj', 'aktualnie', 'w tej chwili', 'od niedawna', 'w tym roku'], later: ['potem', 'pozniej', 'nastepnie', 'w koncu', 'ostatecznie', 'po czym'] },
  towards: { before: ['do'], endings: [] },
  sites: { branch: ['oddzial*', 'filia', 'filie', 'filii', 'spolka zalezna', 'spolke zalezna', 'spolki zaleznej', 'biuro sprzedazy', 'spolka matka', 'spolki matki', 'spolce matce', 'spolka dominujaca', 'grupa', 'grupy'], seat: ['siedzib*', 'centrala', 'centrali', 'centrale', 'zarejestrowan*'] },
  parties: ['klienc*', 'klient*', 'odbiorc*', 'dostawc*', 'producent*', 'hurtowni*', 'dystrybutor*', 'podwykonawc*', 'konkurenc*', 'konkurent*', 'inwestor*', 'ksiegow*'],
  throughout: ['po calej', 'calej', 'calym', 'cala', 'calego'],
  speed: ['szybciej', 'szybko', 'przyspieszyc', 'wydajniej', 'sprawniej', 'usprawnic', 'latwiej', 'prosciej'],
  clients: { before: ['dla', 'do', 'zaopatrujemy'], endings: [], nouns: ['klientami sa', 'klienci to', 'klienci sa', 'klientow stanowia', 'wsrod klientow'], sellers: ['sprzeda'] },
  except: ['poza', 'oprocz', 'procz', 'niz', 'z wyjatkiem'],
  hedges: ['jesli', 'jezeli', 'gdyby', 'moze', 'ewentualnie', 'mozliwe', 'moglibysmy', 'chcielibysmy', 'bysmy', 'by', 'bylibysmy', 'rozwazamy', 'zastanawiamy', 'planujemy', 'myslimy', 'kiedys'],
  tools: ['system', 'program', 'oprogramowanie', 'aplikacja', 'narzedzie', 'platforma', 'modul'],
  using: ['mamy', 'korzystamy z', 'uzywamy', 'pracujemy na', 'to'],
  abbreviations: [
    ['GW', 'generalny wykonawca'],
    ['BHP', 'bezpieczeństwo i higiena pracy'],
    ['JST', 'jednostka samorządu terytorialnego'],
    ['WM', 'wspólnota mieszkaniowa'],
    ['SM', 'spółdzielnia mieszkaniowa'],
    ['TBS', 'towarzystwo budownictwa społecznego'],
    ['KPiR', 'księga przychodów i rozchodów'],
    ['UDT', 'urząd dozoru technicznego'],
    ['NFZ', 'Narodowy Fundusz Zdrowia'],
    ['OZE', 'odnawialne źródła energii'],
    ['PV', 'fotowoltaika'],
    ['HR', 'zasoby ludzkie'],
    ['IT', 'informatyka'],
    ['dyr', 'dyrektor'],
    ['kier', 'kierownik'],
    ['FM', 'facility manager'],
  ],
};

export const headcount: UnitCues = {
  // "5 recruiters and a coordinator": one more person named by a title after a count.
  one: ['jeden', 'jedna', 'jedno'],
  self: '(?:ja|mnie)',
  after: ['osob', 'pracownik', 'ludzi', 'technik', 'monter', 'etat', 'czlonk', 'instalator', 'elektryk', 'hydraulik', 'nauczyciel'],
  before: ['jest nas', 'zatrudniamy', 'zatrudnia', 'zatrudniamy okolo', 'pracuje u nas', 'mamy zespol', 'zespol'],
  spoken: [
    ["(?:tylko|jedynie|sam) ja|jestem sam|jestem sama|(?:jednoosobowa|jednoosobowo)(?: dzialalnosc| firma)?|bez pracownikow|nie mam pracownikow", 1],
    ["ja i (?:moj |moja )?(?:wspolnik|wspolniczka|zona|maz|partner|partnerka|brat|siostra|ojciec|syn|corka|kolega|kolezanka)|(?:moj |moja )?(?:wspolnik|wspolniczka|zona|maz|partner|partnerka) i ja|jest nas dwoje|jest nas dwoch|we dwoje|we dwoch", 2],
  ],
  // "8 for staff": a people word after these says whom the things counted are for, not what is counted.
  where: ['dla'],
};

export const otherUnits = ['zl', 'pln', 'miesi', 'lat', 'rok', 'tydzie', 'tygodn', 'dni', 'dzien', 'godzin', 'mln', 'milion', 'mld', 'miliard'];

export const directives: DirectivePhrases = {
  openers: ['prosze'],
  imperatives: ['ustaw', 'oznacz', 'zmien', 'zaktualizuj', 'zignoruj', 'ignoruj', 'zapomnij', 'pomin', 'zakwalifikuj', 'potraktuj', 'uznaj'],
  anywhere: ['\\b(?:poprzednie|wszystkie)\\s+instrukcje\\b'],
};

export const names: NamePhrases = {
  greetings: ['czesc', 'dzien dobry'],
  leadIns: ['nazywam sie', 'mam na imie', 'jestem', 'firma nazywa sie', 'nasza firma to', 'firma to', 'to jest', 'to', 'z tej strony', 'tu jest', 'tutaj', 'tu'],
  signOffs: ['z tej strony'],
  affiliations: ['z', 'ze', 'w', 'we'],
};

/** Who a person named in the message is: the visitor, or someone else (`someoneElse`). */
export const people: PeopleWords = {
  self: ['jestesmy', 'jestem', 'ja', 'pracuje jako', 'jako', 'sam', 'sama', 'moja rola', 'moje stanowisko', 'na stanowisku', 'stanowisko', 'funkcje', 'w roli', 'zarzadzam', 'prowadze', 'odpowiadam za'],
  others: ['dla', 'przez', 'z', 'ze', 'od', 'do', 'u', 'nasz', 'nasza', 'naszego', 'naszej', 'nasi', 'naszych', 'moj', 'moja', 'mojego', 'mojej', 'ich', 'jego', 'jej', 'wasz', 'wasza', 'firmy', 'dwoch', 'jeden', 'jedna'],
  acts: ['decyduje', 'decyduja', 'zajmuje', 'podejmuje', 'zatwierdza', 'podpisuje', 'prowadzi', 'ma', 'chce', 'mowi', 'przez', 'przez naszego'],
  ownActs: ['zajmuję', 'decyduję', 'podejmuję', 'podpisuję'],
  otherCases: ['owi'],
  joins: ['i', 'oraz'],
  bare: ['tylko', 'po prostu', 'no', 'raczej', 'chyba', 'wlasciwie'],
  prepares: ['przygotow*', 'zbieram', 'rozeznan*', 'research', 'analiz*', 'wylicz*', 'papierologi*'],
  only: ['tylko', 'jedynie', 'wylacznie'],
  copulas: ['jest', 'to', 'byl', 'byla'],
  objects: ['mnie', 'mi', 'nas', 'nam'],
  possessives: [],
  clitics: [],
  ofNoun: ['a', 'y', 'i', 'ej', 'ego'],
  bodies: ['zarzad', 'zarzadu', 'zarzadowi', 'rada', 'rady', 'radzie', 'rade', 'dyrekcja', 'dyrekcji', 'wlasciciele', 'wlascicieli', 'wspolnicy', 'wspolnikow', 'centrala', 'centrali', 'walne', 'zgromadzenie', 'centrala firmy'],
  we: ['my'],
  kin: { family: ['rodzina', 'żona', 'mąż', 'małżonek', 'małżonka'], members: ['rodzina', 'żona', 'mąż', 'małżonek', 'małżonka', 'brat', 'siostra', 'tata', 'ojciec', 'mama', 'matka', 'rodzice', 'syn', 'córka', 'wujek', 'stryj', 'ciocia', 'kuzyn', 'kuzynka', 'szwagier', 'szwagierka', 'teść', 'teściowa', 'zięć', 'synowa', 'dziadek', 'babcia', 'wnuk', 'wnuczka'], forms: ['synem', 'syna', 'synowi', 'synami', 'synowie', 'synów', 'ojcem', 'ojca', 'ojcu', 'mężem', 'męża', 'mężowi', 'teściem', 'teścia', 'teściowi', 'zięciem', 'zięcia', 'dziećmi', 'dzieci', 'rodzicami'] },
  oneOf: ['jeden z', 'jeden ze', 'jedna z', 'jedna ze', 'jednym z', 'jednym ze', 'jednego z', 'jeden z naszych', 'jedna z naszych'],
  determiners: [['mój', 'nasz', ''], ['moja', 'nasza', ''], ['moje', 'nasze', ''], ['mojego', 'naszego', ''], ['mojej', 'naszej', '']],
  advice: {
    advises: ['rekomend*', 'propon*', 'propozycj*', 'dorad*', 'sugeru*', 'sugesti*', 'opiniu*', 'polec*', 'podpowi*', 'podpowiad*'],
    mine: ['ja', 'moj', 'moja', 'moje', 'mojej', 'mojego', 'moim', 'moich', 'mnie', 'mi'],
    own: ['rekomenduję', 'zarekomenduję', 'doradzam', 'doradzę', 'proponuję', 'zaproponuję', 'sugeruję', 'polecam', 'polecę', 'radzę', 'opiniuję', 'przedstawiam', 'przedstawię', 'pokażę', 'podpowiem', 'podpowiadam'],
  },
};
