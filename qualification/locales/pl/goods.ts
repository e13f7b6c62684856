import type { GoodsWords } from '../../definition/goods.js';

/**
 * What shops sell, by kind (definition/goods.ts), as Polish visitors name it. Base forms, often the
 * plural goods are named in: the stemmer reads the cases ("zabawek", "mebli"). Words whose stem is
 * too short to read inflections from safely ("buty", "kawa") list their common forms.
 */
export const goods: GoodsWords = {
  fashion: ['odzież', 'ubrania', 'ciuchy', 'moda', 'buty', 'butów', 'butami', 'obuwie', 'sneakersy', 'trampki', 'kozaki', 'sandały', 'szpilki', 'dżinsy', 'jeansy', 'spodnie', 'sukienki', 'koszule', 'koszulki', 't-shirty', 'bluzy', 'kurtki', 'płaszcze', 'swetry', 'bielizna', 'stroje kąpielowe', 'skarpetki', 'torebki', 'torby', 'plecaki', 'czapki', 'szaliki', 'odzież damska', 'odzież męska', 'odzież dziecięca', 'ubranka dla dzieci', 'streetwear', 'odzież używana', 'okulary przeciwsłoneczne', 'oprawki okularowe'],
  jewellery: ['biżuteria', 'pierścionki', 'naszyjniki', 'kolczyki', 'bransoletki', 'zegarki'],
  home: ['meble', 'sofy', 'kanapy', 'fotele', 'stoły', 'krzesła', 'łóżka', 'materace', 'dywany', 'lampy', 'oświetlenie', 'wystrój wnętrz', 'wyposażenie wnętrz', 'wyposażenie domu', 'dekoracje', 'artykuły do domu', 'tekstylia domowe', 'pościel', 'ręczniki', 'zasłony', 'firany', 'poduszki', 'artykuły kuchenne', 'naczynia', 'garnki', 'zastawa stołowa', 'świece', 'świeczki', 'wazony', 'tapety', 'lustra', 'noże', 'noże kuchenne', 'świece zapachowe'],
  garden: ['ogród', 'artykuły ogrodnicze', 'rośliny', 'kwiaty', 'nasiona', 'cebulki kwiatowe', 'meble ogrodowe', 'grille', 'kosiarki', 'szklarnie', 'donice', 'doniczki'],
  diy: ['narzędzia', 'elektronarzędzia', 'narzędzia ręczne', 'artykuły żelazne', 'materiały budowlane', 'farby', 'wkręty', 'śruby', 'artykuły hydrauliczne', 'artykuły elektryczne', 'płytki', 'panele podłogowe', 'majsterkowanie'],
  beauty: ['uroda', 'kosmetyki', 'kosmetyki naturalne', 'makijaż', 'kosmetyki do makijażu', 'pielęgnacja skóry', 'pielęgnacja twarzy', 'pielęgnacja włosów', 'kosmetyki do włosów', 'szampony', 'perfumy', 'zapachy', 'lakiery do paznokci', 'pomadki', 'kremy', 'serum', 'kosmetyki do brody', 'kosmetyki wegańskie', 'mydło', 'mydła', 'przedłużanie włosów', 'peruki'],
  health: ['zdrowie', 'suplementy', 'suplementy diety', 'witaminy', 'minerały', 'białko', 'odżywki białkowe', 'produkty zdrowotne', 'artykuły medyczne', 'sprzęt medyczny', 'leki bez recepty', 'soczewki kontaktowe', 'aparaty słuchowe', 'olejki eteryczne', 'batony proteinowe'],
  electronics: ['elektronika', 'elektronika użytkowa', 'RTV', 'RTV AGD', 'gadżety', 'telefony', 'telefony komórkowe', 'komórki', 'smartfony', 'laptopy', 'komputery', 'tablety', 'słuchawki', 'głośniki', 'telewizory', 'aparaty fotograficzne', 'drony', 'smartwatche', 'konsole', 'podzespoły komputerowe', 'akcesoria GSM', 'etui na telefony', 'ładowarki', 'kable', 'inteligentny dom'],
  appliances: ['AGD', 'drobne AGD', 'sprzęt AGD', 'urządzenia kuchenne', 'ekspresy do kawy', 'odkurzacze', 'pralki', 'lodówki', 'zmywarki', 'mikrofalówki', 'czajniki', 'blendery', 'frytkownice'],
  food_drink: ['żywność', 'jedzenie', 'artykuły spożywcze', 'produkty spożywcze', 'kawa', 'kawę', 'kawy', 'herbata', 'wino', 'wina', 'piwo', 'piwo', 'piwa', 'piwa rzemieślnicze', 'napoje', 'przekąski', 'słodycze', 'czekolada', 'przyprawy', 'sosy', 'oliwa', 'miód', 'delikatesy', 'żywność ekologiczna', 'zdrowa żywność', 'wypieki', 'sery', 'serów'],
  sports_outdoor: ['sport', 'outdoor', 'artykuły sportowe', 'sprzęt sportowy', 'sprzęt turystyczny', 'artykuły turystyczne', 'odzież turystyczna', 'odzież outdoorowa', 'sprzęt kempingowy', 'namioty', 'śpiwory', 'trekking', 'sprzęt wspinaczkowy', 'rowery', 'rowery elektryczne', 'części rowerowe', 'akcesoria rowerowe', 'narty', 'sprzęt narciarski', 'snowboardy', 'sprzęt fitness', 'sprzęt do ćwiczeń', 'maty do jogi', 'sprzęt wędkarski', 'wędki', 'sprzęt golfowy', 'kajaki', 'deskorolki', 'sprzęt myśliwski'],
  toys_kids: ['zabawki', 'zabawki dla dzieci', 'zabawki drewniane', 'zabawki edukacyjne', 'puzzle', 'gry planszowe', 'planszówki', 'lalki', 'klocki', 'pluszaki', 'artykuły dziecięce', 'artykuły dla dzieci', 'artykuły dla niemowląt', 'wózki dziecięce', 'foteliki samochodowe', 'pieluchy'],
  pets: ['zwierzęta', 'artykuły dla zwierząt', 'akcesoria dla zwierząt', 'zoologiczny', 'karma', 'karma dla psów', 'karma dla kotów', 'zabawki dla psów', 'żwirek', 'legowiska', 'smycze', 'obroże', 'akwaria', 'akwarystyka', 'sprzęt jeździecki'],
  books_media: ['książki', 'e-booki', 'audiobooki', 'komiksy', 'manga', 'czasopisma', 'płyty winylowe', 'winyle', 'filmy', 'nuty'],
  auto: ['części samochodowe', 'części do samochodów', 'akcesoria samochodowe', 'opony', 'felgi', 'części motocyklowe', 'odzież motocyklowa', 'kosmetyki samochodowe', 'oleje silnikowe', 'motoryzacja'],
  office: ['artykuły biurowe', 'materiały biurowe', 'artykuły papiernicze', 'papiernicze', 'notesy', 'długopisy', 'tusze do drukarek', 'tonery', 'meble biurowe', 'artykuły szkolne'],
  hobby: ['rękodzieło', 'artykuły do rękodzieła', 'artykuły plastyczne', 'włóczka', 'włóczki', 'tkaniny', 'pasmanteria', 'koraliki', 'instrumenty muzyczne', 'gitary', 'modelarstwo', 'artykuły hobbystyczne'],
};
