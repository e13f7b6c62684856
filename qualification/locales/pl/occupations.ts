import type { OccupationWords } from '../pack.js';

/** ISCO-08 (KZiS 2014) groups in Polish (see `OccupationWords`); the function's professionals sit with its managers. */
export const occupations: OccupationWords = {
  titles: {
    '1.1.2.0': ['prezes', 'prezes zarządu', 'prezeska', 'dyrektor generalny', 'dyrektorka generalna', 'właściciel', 'właścicielka', 'współwłaściciel', 'współwłaścicielka', 'założyciel', 'założycielka', 'przedsiębiorca', 'przedsiębiorczyni', 'CEO', 'szef firmy', 'szefowa firmy'],
    '1.2.1.1': ['dyrektor finansowy', 'dyrektorka finansowa', 'CFO', 'kontroler finansowy', 'kierownik działu finansowego', 'główna księgowa', 'główny księgowy', 'księgowa', 'księgowy', 'samodzielna księgowa'],
    '1.2.1.2': ['dyrektor HR', 'dyrektorka HR', 'HR manager', 'kierownik kadr', 'kierowniczka kadr', 'kierownik działu kadr', 'kierowniczka działu kadr', 'dyrektor personalny', 'specjalista ds. kadr', 'specjalistka ds. kadr', 'specjalista do spraw kadr', 'specjalistka do spraw kadr', 'HR business partner', 'rekruter', 'rekruterka', 'kadrowa', 'kadrowiec'],
    '1.3.2.1': ['kierownik produkcji', 'dyrektor produkcji'],
    '1.3.3.0': ['kierownik IT', 'dyrektor IT', 'CTO'],
    '1.4.1.2': ['kierownik restauracji', 'menedżer restauracji'],
    '1.4.2.0': ['kierownik sklepu', 'kierowniczka sklepu'],
    '3.3.4.1': ['office manager', 'office managerka', 'kierownik biura', 'kierowniczka biura', 'koordynator biura', 'koordynatorka biura'],
    '4.1.1.0': ['pracownik biurowy', 'pracowniczka biurowa', 'specjalista ds. administracji', 'specjalistka ds. administracji'],
    '4.1.2.0': ['sekretarka', 'sekretarz', 'asystentka', 'asystent', 'asystentka zarządu', 'asystentka prezesa'],
    '4.2.2.6': ['recepcjonistka'],
    '4.3.1.3': ['specjalista ds. płac', 'specjalistka ds. płac', 'specjalista do spraw płac', 'specjalistka do spraw płac', 'referent płac', 'płacowa', 'kadrowo-płacowa'],
    '5.1.2.0': ['kucharz', 'szef kuchni'],
  },
  work: {
    '1.1.2.0': ['prowadzę firmę', 'prowadzę własną firmę', 'prowadzę działalność', 'własna firma', 'moja firma'],
    '1.2.1.1': ['finanse', 'księgowość', 'kontroling', 'sprawy finansowe'],
    '1.2.1.2': ['kadry', 'dział kadr', 'dział HR', 'HR', 'sprawy kadrowe', 'sprawy pracownicze', 'rekrutacja'],
    '4.1.1.0': ['administracja', 'biuro', 'sprawy biurowe'],
    '4.3.1.3': ['płace', 'płacami', 'wynagrodzenia', 'lista płac', 'listy płac', 'rozliczanie wynagrodzeń'],
  },
};
