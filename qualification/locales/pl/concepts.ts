import type { ConceptPhrases } from '../pack.js';

export const concepts: ConceptPhrases = {
  yes: ['tak', 'jasne', 'oczywiście', 'owszem', 'tak mamy', 'zgadza się'],
  no: ['nie', 'nie mamy', 'raczej nie', 'niestety nie', 'nie bardzo'],
  dont_know: ['nie wiem', 'trudno powiedzieć', 'nie mam pojęcia', 'nie jestem pewien', 'nie jestem pewna'],
  no_budget: ['brak budżetu', 'nie mamy budżetu', 'nie ma budżetu', 'bez budżetu', 'budżet nie został zatwierdzony', 'nic nie zatwierdzono', 'nie mamy zarezerwowanych pieniędzy', 'nie przewidzieliśmy budżetu', 'nie mamy pieniędzy', 'nie myśleliśmy o budżecie', 'budżet nie był omawiany'],
  i_decide: ['ja decyduję', 'sam decyduję', 'sama decyduję', 'decyduję sam', 'decyduję sama', 'to moja decyzja', 'ja podejmuję decyzję', 'decyzja jest moja', 'decyzja należy do mnie', 'moja decyzja', 'ja podejmuję decyzje', 'podejmuję decyzje', 'mam ostatnie słowo'],
  i_recommend: ['rekomenduję', 'proponuję', 'doradzam', 'przygotowuję decyzję', 'mam wpływ na decyzję', 'sugeruję', 'przygotowuję propozycję', 'przygotowuję rekomendację', 'daję rekomendację', 'przedstawiam propozycję', 'zbieram oferty', 'robię rozeznanie dla szefa'],
  someone_else_decides: ['ktoś inny decyduje', 'decyduje ktoś inny', 'szef decyduje', 'decyduje szef', 'zarząd decyduje', 'decyduje zarząd', 'właściciel decyduje', 'nie moja decyzja', 'nie ja decyduję', 'decyduje przełożony', 'decyduje szefowa', 'szefowa decyduje', 'decyduje mój szef', 'decyduje moja szefowa', 'decyzja należy do szefa', 'decyzja należy do zarządu'],
  just_looking: ['tylko się rozglądam', 'rozglądam się', 'robię rozeznanie', 'zbieram informacje', 'z ciekawości', 'przeglądam oferty', 'sprawdzam możliwości', 'na razie tylko sprawdzam', 'nie mamy konkretnych planów', 'sprawdzamy co jest na rynku'],
  student: ['student', 'studentka', 'studentem', 'studentką', 'studiuję', 'jestem na studiach', 'praca dyplomowa', 'praca magisterska', 'praca licencjacka', 'projekt na studia', 'projekt na uczelnię'],
  job_hunting: ['szukam pracy', 'szukam zatrudnienia', 'bezrobotny', 'bezrobotna', 'bezrobotnym', 'bezrobotną', 'poszukuję pracy', 'kandydat do pracy', 'kandydatka do pracy'],
  retired: ['emeryt', 'emerytka', 'emerytem', 'emerytką', 'na emeryturze'],
};
