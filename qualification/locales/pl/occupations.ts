import type { OccupationWords } from '../pack.js';

/**
 * ISCO-08 (KZiS 2014) groups in Polish (see `OccupationWords`); the function's professionals and
 * staff sit with its managers (informatycy with IT managers, dyspozytorzy and brygadziści with the
 * service managers who run the field work), and craft, repair and installation work (7) is one group.
 */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['prezes', 'prezes zarządu', 'prezeska', 'dyrektor generalny', 'dyrektorka generalna', 'właściciel', 'właścicielka', 'współwłaściciel', 'współwłaścicielka', 'założyciel', 'założycielka', 'przedsiębiorca', 'przedsiębiorczyni', 'CEO', 'szef firmy', 'szefowa firmy', 'prezes firmy', 'właściciel firmy', 'dyrektor zarządzający', 'członek zarządu', 'wspólnik', 'wspólniczka'],
    '1.2.1.1': ['dyrektor finansowy', 'dyrektorka finansowa', 'CFO', 'kontroler finansowy', 'kierownik działu finansowego', 'główna księgowa', 'główny księgowy', 'księgowa', 'księgowy', 'samodzielna księgowa'],
    '1.2.1.2': ['dyrektor HR', 'dyrektorka HR', 'HR manager', 'kierownik kadr', 'kierowniczka kadr', 'kierownik działu kadr', 'kierowniczka działu kadr', 'dyrektor personalny', 'specjalista ds. kadr', 'specjalistka ds. kadr', 'specjalista do spraw kadr', 'specjalistka do spraw kadr', 'HR business partner', 'rekruter', 'rekruterka', 'kadrowa', 'kadrowiec'],
    '1.2.2.1': ['dyrektor sprzedaży', 'kierownik sprzedaży', 'dyrektor handlowy', 'kierownik działu sprzedaży', 'dyrektor marketingu', 'kierownik marketingu', 'handlowiec', 'przedstawiciel handlowy', 'specjalista ds. sprzedaży', 'opiekun klienta', 'marketingowiec'],
    '1.2.2.1.1': ['kierownik e-commerce', 'kierowniczka e-commerce', 'dyrektor e-commerce', 'dyrektor ds. e-commerce', 'menedżer e-commerce', 'e-commerce manager', 'specjalista ds. e-commerce', 'specjalistka ds. e-commerce', 'kierownik sklepu internetowego', 'kierowniczka sklepu internetowego', 'szef sklepu internetowego', 'kierownik sprzedaży internetowej', 'head of e-commerce'],
    '1.3.2.1': ['kierownik produkcji', 'dyrektor produkcji', 'kierownik zakładu'],
    '1.3.2.3': ['kierownik budowy', 'kierownik projektu', 'kierownik kontraktu'],
    '1.3.2.4': ['kierownik zakupów', 'dyrektor zakupów', 'zakupowiec', 'specjalista ds. zakupów', 'zaopatrzeniowiec'],
    '1.3.2.4.1': ['kierownik logistyki', 'dyrektor logistyki', 'logistyk', 'kierownik floty', 'kierownik transportu', 'spedytor', 'kierownik magazynu', 'kierownik zmiany', 'kierowniczka zmiany'],
    '1.3.3.0': ['kierownik IT', 'dyrektor IT', 'CTO', 'informatyk', 'informatyczka', 'administrator systemów', 'administrator IT', 'programista', 'programistka', 'specjalista IT', 'wsparcie IT', 'CIO'],
    '1.4.1.1': ['dyrektor hotelu', 'kierownik hotelu'],
    '1.4.1.2': ['kierownik restauracji', 'menedżer restauracji', 'manager restauracji', 'menedżer lokalu', 'kierownik lokalu', 'kierownik sali', 'kierownik baru'],
    '1.4.2.0': ['kierownik sklepu', 'kierowniczka sklepu'],
    '1.4.3.9': ['kierownik operacyjny', 'dyrektor operacyjny', 'COO', 'kierownik serwisu', 'kierowniczka serwisu', 'szef serwisu', 'dyrektor serwisu', 'kierownik działu serwisu', 'kierownik utrzymania ruchu', 'kierownik obsługi klienta', 'dyspozytor', 'dyspozytorka', 'planista', 'planistka', 'koordynator serwisu', 'brygadzista', 'kierownik robót', 'kierownik ekipy'],
    '3.3.4.1': ['office manager', 'office managerka', 'kierownik biura', 'kierowniczka biura', 'koordynator biura', 'koordynatorka biura'],
    '4.1.1.0': ['pracownik biurowy', 'pracowniczka biurowa', 'specjalista ds. administracji', 'specjalistka ds. administracji'],
    '4.1.2.0': ['sekretarka', 'sekretarz', 'asystentka', 'asystent', 'asystentka zarządu', 'asystentka prezesa'],
    '4.2.2.6': ['recepcjonistka'],
    '4.3.1.3': ['specjalista ds. płac', 'specjalistka ds. płac', 'specjalista do spraw płac', 'specjalistka do spraw płac', 'referent płac', 'płacowa', 'kadrowo-płacowa'],
    '5.1.2.0': ['kucharz', 'szef kuchni', 'kucharka', 'sous chef'],
    '5.1.3.1': ['kelner', 'kelnerka'],
    '5.1.3.2': ['barman', 'barmanka'],
    '7': ['technik', 'serwisant', 'instalator', 'monter', 'mechanik', 'fachowiec', 'konserwator', 'technik serwisu'],
    '7.1.1.2': ['murarz'],
    '7.1.1.5': ['stolarz', 'cieśla'],
    '7.1.2.1': ['dekarz'],
    '7.1.2.6': ['hydraulik'],
    '7.1.2.7': ['instalator HVAC', 'technik chłodnictwa', 'monter klimatyzacji'],
    '7.1.3.1': ['malarz'],
    '7.2.3.1': ['mechanik samochodowy'],
    '7.4.1.1': ['elektryk', 'elektromonter'],
    '8.3.2.2': ['taksówkarz', 'kurier'],
    '8.3.3.2': ['kierowca', 'kierowca ciężarówki'],
  },
  work: {
    '1.1.2.0': ['prowadzę firmę', 'prowadzę własną firmę', 'prowadzę działalność', 'własna firma', 'moja firma', 'to nasza firma', 'to mój sklep', 'mój własny sklep', 'nasza rodzinna firma'],
    '1.2.1.1': ['finanse', 'księgowość', 'kontroling', 'sprawy finansowe'],
    '1.2.1.2': ['kadry', 'dział kadr', 'dział HR', 'HR', 'sprawy kadrowe', 'sprawy pracownicze', 'rekrutacja'],
    '1.2.2.1': ['sprzedaż', 'marketing', 'handel'],
    '1.3.2.4': ['zakupy', 'zaopatrzenie', 'zamówienia', 'zajmuję się zamówieniami'],
    '1.3.2.4.1': ['logistyka', 'magazyn', 'transport'],
    '1.3.3.0': ['IT', 'dział IT', 'pracuję w IT'],
    '1.4.3.9': ['operacje', 'odpowiadam za operacje', 'planowanie zleceń'],
    '4.1.1.0': ['administracja', 'biuro', 'sprawy biurowe'],
    '4.3.1.3': ['płace', 'płacami', 'wynagrodzenia', 'lista płac', 'listy płac', 'rozliczanie wynagrodzeń'],
    '7': ['pracuję w terenie', 'robię instalacje', 'montuję', 'naprawiam'],
  },
  levels: {
    before: ['kierownik', 'kierowniczka', 'szef', 'szefowa', 'dyrektor', 'dyrektorka', 'menedżer', 'menedżerka', 'manager', 'lider', 'liderka', 'koordynator', 'koordynatorka', 'kierownik ds.', 'kierowniczka ds.', 'dyrektor ds.', 'dyrektorka ds.', 'kierownik działu', 'kierowniczka działu', 'szef działu', 'szefowa działu', 'head of'],
    after: ['manager'],
    linking: [],
    seniority: ['starszy', 'starsza', 'młodszy', 'młodsza', 'senior', 'junior', 'zastępca', 'zastępczyni'],
    abbreviations: ['ds'],
  },
};
