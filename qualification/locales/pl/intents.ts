import type { IntentPhrases } from '../../understand/intents/phrases.js';

export const intents: IntentPhrases = {
  why: ['dlaczego pytasz', 'dlaczego pytacie', 'dlaczego pan pyta', 'dlaczego pani pyta', 'po co pytasz', 'po co pytacie', 'po co wam*', 'po co to*', 'czemu pytasz', 'czemu pytacie', 'dlaczego to', 'dlaczego to jest potrzebne', 'do czego wam*', 'do czego to*', 'dlaczego chcecie*', 'dlaczego potrzebujecie*', 'czemu to', 'czemu to jest potrzebne', 'a po co'],
  whyAlone: ['dlaczego', 'czemu', 'po co'],
  skip: ['nie wiem', 'zero pojecia', 'pomin*', 'nastepne pytanie', 'kolejne pytanie', 'wole nie*', 'wolalbym nie*', 'wolalabym nie*', 'wolelibysmy nie*', 'wolimy nie*', 'nie mam pojecia', 'trudno powiedziec', 'nie chce mowic', 'nie chce powiedziec', 'nie chce odpowiadac', 'bez komentarza', 'nie jestem pewien', 'nie jestem pewna', 'nie powiem', 'skip*', 'zalezy od ceny', 'zalezy od kosztow', 'zalezy ile to kosztuje', 'zalezy ile kosztuje', 'nie pamietam', 'nie pamietamy'],
  depends: ['zalezy', 'to zalezy', 'wszystko zalezy', 'w zaleznosci od'],
  skipUnless: ['dlaczego', 'czemu', 'gdzie', 'co', 'kiedy', 'jak', 'kto', 'ktory', 'ktora', 'czy', 'ile', 'skad'],
  correction: ['wlasciwie', 'a wlasciwie', 'tak naprawde', 'chodzilo mi o', 'mialem na mysli', 'mialam na mysli', 'poprawka', 'poprawiam sie', 'sprostowanie', 'pomylilem sie', 'pomylilam sie', 'scislej mowiac', 'actually'],
  human: ['czlowiek*', 'konsultant*', 'zadzwoncie', 'zadzwon*', 'kontakt telefoniczny', 'prosze o kontakt', 'rozmawiac z', 'porozmawiac z', 'handlowc*', 'handlowiec', 'telefonicznie', 'przez telefon', 'prawdziwa osoba', 'prawdziwa osob*', 'skontaktujcie sie', 'oddzwon*'],
  notHuman: ['nasz', 'nasza', 'nasze', 'naszych', 'nasi', 'naszego', 'naszym', 'moj', 'moja', 'w tym', 'jestem', 'jako', 'mamy', 'zatrudniamy', 'kilku', 'kilka', 'dwoch', 'trzech', 'pieciu'],
  wait: ['chwila', 'chwileczke', 'chwilka', 'chwile', 'moment', 'momencik', 'sekunde', 'sekundke', 'zaraz', 'musze sie zastanowic', 'musze pomyslec', 'niech pomysle', 'niech sie zastanowie', 'zastanowie sie', 'daj mi chwile', 'prosze o chwile', 'musze sprawdzic', 'sprawdze', 'dobre pytanie'],
  fillers: ['hmm*', 'hm', 'yyy*', 'eee*', 'no', 'ok', 'okej', 'dobre pytanie', 'nad tym', 'to', 'jeszcze', 'najpierw', 'tylko', 'teraz', 'prosze'],
  greeting: ['czesc', 'dzien dobry', 'witam', 'witaj', 'witajcie', 'hej', 'siema', 'dobry wieczor', 'dobry', 'hello', 'hi'],
  thanks: ['dzieki', 'dziekuje*', 'dziekujemy', 'dzieki wielkie', 'thx', 'thanks'],
  abuse: ['kurw*', 'chuj*', 'pierdol*', 'spierdal*', 'wypierdal*', 'jeban*', 'jebac*', 'idiot*', 'debil*', 'spadaj', 'dupek', 'zamknij sie', 'glupi bot'],
  yes: ['tak', 'jasne', 'oczywiscie', 'zgadza sie', 'dokladnie', 'pewnie', 'ok', 'okej', 'no tak', 'mhm', 'tak jest', 'owszem', 'zgadza', 'yes', 'tak tak', 'taa', 'no pewnie', 'no jasne', 'pewnie ze tak', 'zdecydowanie tak', 'raczej tak', 'chyba tak', 'jak najbardziej', 'ano', 'potwierdzam', 'mamy', 'sa', 'jest', 'niestety tak', 'no niestety tak', 'no jest', 'no sa', 'no mamy', 'no oczywiscie', 'no ba'],
  no: ['nie wiedzialem, ze jest', 'nie wiedzialam, ze jest', 'nie wiedzielismy, ze jest', 'nie wiedzialem ze jest', 'nie wiedzialam ze jest', 'nie wiedzialem, ze istnieje', 'nie wiedzialam, ze istnieje', 'pierwsze slysze', 'nigdy o tym nie slyszalem', 'nigdy o tym nie slyszalam', 'nie', 'nie bardzo', 'raczej nie', 'absolutnie nie', 'nie dziekuje', 'jeszcze nie', 'niestety nie', 'nope', 'no nie', 'niee', 'zdecydowanie nie', 'chyba nie', 'nikt', 'nic z tych rzeczy', 'nic mi o tym nie wiadomo', 'nic mi nie wiadomo', 'nie z tego co wiem', 'juz nie', 'juz nie jestesmy'],
  questionStart: ['czy', 'jak', 'co', 'ile', 'jaki', 'jaka', 'jakie', 'kiedy', 'gdzie', 'kto', 'ktory', 'ktora', 'ktore', 'a co', 'a jak', 'a ile'],
  notQuestion: ['jak naj*', 'co naj*', 'gdzie indziej', 'kiedy tylko', 'jak cena*', 'jak sie oplaci*', 'jak zobacze*', 'jak dostaniemy'],
};
