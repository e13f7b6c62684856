import { describe, expect, it } from 'vitest';
import { forms } from './forms.js';

/** Polish words whose "e" drops before a case ending, as the Snowball stemmer does not relate them (folded). */
const rows: [string, string][] = [
  ['majstrem', 'majster'],
  ['majstra', 'majster'],
  ['handlowcem', 'handlowiec'],
  ['handlowcy', 'handlowiec'],
  ['budynku', 'budynek'],
  ['budynkach', 'budynek'],
  ['handlem', 'handel'],
];

/** "ą" of a last syllable turns "ę" before an ending (folded: "a" and "e"). */
describe('Polish forms whose "ą" turns "ę"', () => {
  it.each([
    ['urzedem', 'urzad'],
    ['urzedu', 'urzad'],
    ['urzedach', 'urzad'],
  ])('"%s" is a form of "%s"', (word, term) => {
    expect(forms.inflects?.(word, term)).toBe(true);
  });
});

describe('Polish forms with a dropping "e"', () => {
  it.each(rows)('"%s" is a form of "%s"', (word, term) => {
    expect(forms.inflects?.(word, term)).toBe(true);
  });

  it('takes off only a case ending: "majstersztyk" (a masterpiece) is no form of "majster"', () => {
    expect(forms.inflects?.('majstersztyk', 'majster')).toBe(false);
  });
});

/** A verb said in the first person and the same verb said of someone else: one stem, not one answer (lower case, as written or typed bare). */
describe('Polish verbs said of the visitor and of someone else', () => {
  it.each([
    ['zatwierdza', 'zatwierdzam'],
    ['zatwierdzaja', 'zatwierdzam'],
    ['zatwierdzają', 'zatwierdzamy'],
    ['decyduje', 'decydujemy'],
    ['decydują', 'decyduję'],
    ['robi', 'robimy'],
    ['płacą', 'płacimy'],
    ['ma', 'mam'],
    ['zamawiam', 'zamawia'],
  ])('"%s" is another person than "%s"', (word, term) => {
    expect(forms.otherPerson?.(word, term)).toBe(true);
  });

  it.each([
    ['zatwierdzamy', 'zatwierdzam'],
    ['decyduję', 'decyduje'],
    ['programu', 'program'],
    ['problemy', 'problem'],
    ['decyzji', 'decyzję'],
    ['decyzja', 'decyzję'],
    ['właściciel', 'właścicielem'],
    ['szefa', 'szefem'],
    ['szkła', 'szkłem'],
    // The instrumental of a verbal noun is no first-person verb ("sprzątaniem" is not "I clean").
    ['sprzątaniem', 'sprzątanie'],
    ['zarządzaniem', 'zarządzanie'],
  ])('"%s" and "%s" are not told apart by person', (word, term) => {
    expect(forms.otherPerson?.(word, term)).toBe(false);
  });
});
