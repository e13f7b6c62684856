import type { MadeWords } from '../vocabulary.js';

/** Co firmy produkują lub budują, według działu PKD, który to wytwarza (zob. `MadeWords`). */
export const made: MadeWords = {
  products: {
    'C.10': ['chleb', 'pieczywo', 'bułki', 'ciasta', 'ciastka', 'wędliny', 'kiełbasy', 'wyroby mięsne', 'przetwory mięsne', 'nabiał', 'sery', 'jogurty', 'lody', 'mrożonki', 'czekolada', 'słodycze', 'ryby wędzone', 'przetwory rybne', 'pasze', 'karma dla zwierząt', 'gotowe dania', 'żywność'],
    'C.11': ['piwo', 'piwo rzemieślnicze', 'cydr', 'wino', 'wódka', 'alkohole', 'napoje', 'soki', 'woda mineralna'],
    'C.13': ['tekstylia', 'tkaniny', 'przędza', 'dywany'],
    'C.14': ['odzież', 'ubrania', 'odzież robocza', 'mundury', 'dzianiny'],
    'C.15': ['buty', 'obuwie', 'wyroby skórzane', 'torebki'],
    'C.16': ['tarcica', 'drewno', 'wyroby z drewna', 'palety', 'domy z bali', 'okna', 'drzwi', 'stolarka okienna'],
    'C.17': ['papier', 'karton', 'tektura', 'kartony', 'opakowania kartonowe', 'papier toaletowy'],
    'C.20': ['chemia', 'chemikalia', 'farby', 'lakiery', 'detergenty', 'środki czystości', 'nawozy', 'kleje', 'kosmetyki'],
    'C.21': ['leki', 'lekarstwa', 'farmaceutyki', 'tabletki', 'kapsułki', 'szczepionki'],
    'C.22': ['elementy z tworzyw', 'wyroby z tworzyw', 'opakowania z tworzyw', 'tworzywa', 'tworzywa sztuczne', 'wyroby gumowe', 'detale z tworzyw', 'wtryski', 'rury', 'pianka'],
    'C.23': ['beton', 'prefabrykaty', 'prefabrykaty betonowe', 'elementy betonowe', 'szkło', 'cegły', 'ceramika', 'izolacje'],
    'C.24': ['stal', 'aluminium', 'odlewy', 'miedź'],
    'C.25': ['elementy metalowe', 'wyroby metalowe', 'detale metalowe', 'konstrukcje stalowe', 'blachy', 'detale z blachy', 'części toczone', 'złączki', 'sprężyny', 'zbiorniki', 'narzędzia ręczne'],
    'C.26': ['elektronika', 'płytki drukowane', 'czujniki', 'aparatura pomiarowa'],
    'C.27': ['urządzenia elektryczne', 'kable', 'akumulatory', 'baterie', 'rozdzielnice', 'silniki elektryczne', 'transformatory', 'oprawy oświetleniowe'],
    'C.28': ['maszyny', 'maszyny przemysłowe', 'pompy', 'dźwigi', 'sprężarki', 'maszyny rolnicze', 'maszyny leśne', 'przenośniki', 'przekładnie'],
    'C.29': ['części samochodowe', 'części do samochodów', 'przyczepy', 'naczepy', 'karoserie'],
    'C.30': ['łodzie', 'jachty', 'statki', 'pociągi'],
    'C.31': ['meble', 'sofy', 'kanapy', 'meble kuchenne', 'meble biurowe', 'krzesła', 'łóżka', 'materace'],
    'C.32': ['biżuteria', 'zabawki', 'wyroby medyczne', 'sprzęt sportowy'],
    'F.41': ['domy', 'domy jednorodzinne', 'bliźniaki', 'szeregowce', 'bloki', 'budynki mieszkalne', 'mieszkania', 'osiedla', 'domy prefabrykowane', 'domki letniskowe'],
    'F.42': ['drogi', 'mosty', 'tory', 'tunele', 'rurociągi'],
  },
  verbs: ['produkujemy', 'wytwarzamy', 'budujemy', 'stawiamy', 'robimy', 'wykonujemy', 'pieczemy', 'warzymy', 'szyjemy', 'spawamy'],
};
