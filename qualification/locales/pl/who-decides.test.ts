import { describe, expect, it } from 'vitest';
import { readDecides } from '../../../test/support/deciding-definition.js';

/**
 * Who decides, said as Polish buyers say it, against the four options marked only by what they mean
 * (I decide, together, I recommend, someone else): the pack's concept phrases, formal and plain.
 */
describe('Polish: who decides, in the words buyers use', () => {
  it.each([
    // Someone else: a tender, purchasing, "up there", a superior, not in my hands.
    ['musi być przetarg', 'them'],
    ['musimy ogłosić przetarg', 'them'],
    ['to musi iść przez przetarg, zajmuje się tym wydział zamówień publicznych', 'them'],
    ['decyduje dział zakupów', 'them'],
    ['to nie ode mnie zależy', 'them'],
    ['nie jestem decyzyjna', 'them'],
    ['decyzja zapada wyżej', 'them'],
    ['góra decyduje', 'them'],
    ['muszę to skonsultować z szefem', 'them'],
    ['kierownik decyduje', 'them'],
    ['to zależy od prezesa', 'them'],
    ['tata decyduje, to jego firma', 'them'],
    // A municipality: the mayor or the head of the commune signs.
    ['u nas wszystko podpisuje wójt', 'them'],
    ['burmistrz zatwierdza takie wydatki', 'them'],
    ['dyrektor finansowy podejmuje decyzję, ja będę tylko użytkownikiem', 'them'],
    // Me: it lands on my desk, the last word is mine.
    ['ostatecznie i tak to ląduje na moim biurku', 'me'],
    ['ostatnie zdanie należy do mnie', 'me'],
    // Me, told of the future, of signing, of asking nobody.
    ['sama zdecyduję', 'me'],
    ['ja podejmę decyzję', 'me'],
    ['to ja będę decydować', 'me'],
    ['podpis składam ja', 'me'],
    ['mam wolną rękę', 'me'],
    ['nikogo nie muszę pytać o zgodę', 'me'],
    ['to na mnie spoczywa decyzja', 'me'],
    // Together: partners voting, as a team of two or three, with the CEO.
    ['we trójkę, wspólnicy, zawsze głosujemy', 'both'],
    ['nas trzech wspólników, musi być jednogłośnie', 'both'],
    ['wspólnie ustalamy', 'both'],
    ['razem z prezesem', 'both'],
    ['razem ze wspólnikami', 'both'],
    ['decyzje zapadają kolegialnie', 'both'],
    ['ja z żoną', 'both'],
    // Someone else: no say, beyond the visitor's powers, decided elsewhere.
    ['ja nie mam tu nic do gadania', 'them'],
    ['nie mam takich uprawnień', 'them'],
    ['to poza moimi kompetencjami', 'them'],
    ['decyzje zapadają w Niemczech', 'them'],
    ['u nas i tak nie mamy nic do gadania, wszystko idzie przez centralę', 'them'],
    ['decyzja zapadnie w grupie', 'them'],
    ['we dwoje nie, decydujemy w trójkę ze wspólnikami', 'both'],
    // I recommend: the material prepared, shown, a hint given to whoever signs.
    ['prezes, ale to ja przygotowuję materiały', 'advise'],
    ['znajdę coś i pokażę szefowi', 'advise'],
    ['decyduje zarząd, ja mogę coś podpowiedzieć', 'advise'],
    // I recommend: the groundwork handed to whoever signs.
    ['ja szukam opcji, a prezes decyduje', 'advise'],
    ['zaniosę to do szefa', 'advise'],
    ['wybieram i daję szefowi do akceptacji', 'advise'],
    ['zamówienia publiczne, ale opis przedmiotu zamówienia piszę ja', 'advise'],
    ['muszę to przedstawić zarządowi', 'advise'],
    ['przedstawię to na zarządzie', 'advise'],
  ])('"%s" is %s', (text, option) => {
    expect(readDecides('pl', text)).toBe(option);
  });

  it.each([
    // Someone else's deciding said with the diacritic the visitor types elsewhere: not the visitor's "decyduję o zakupach".
    ['decyduje dział zakupów', 'me'],
    // Another's deciding typed without diacritics is no "decyduję" of the visitor's: the boss is its subject.
    ['zarząd o wszystkim decyduje', 'me'],
    ['prezes sam o tym decyduje', 'me'],
  ])('"%s" is not %s', (text, option) => {
    expect(readDecides('pl', text)).not.toBe(option);
  });
});
