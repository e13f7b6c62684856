import { describe, expect, it } from 'vitest';
import type { Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import { matchWord, wordOf, type Level } from './match.js';

const level = (locale: Locale, word: string, term: string) => {
  const pack = packFor(locale);
  return matchWord(wordOf(word, pack), wordOf(term, pack), pack);
};

describe('a synonym’s stem with an ending of the language is an inflection', () => {
  const rows: [Locale, string, string][] = [
    ['fi', 'Yhdysvalloista', 'Yhdysvallat'],
    ['fi', 'Kanadassa', 'Kanada'],
    ['fi', 'Suomessa', 'Suomi'],
    ['fi', 'Tampereella', 'Tampere'],
    ['fi', 'Helsingissä', 'Helsinki'],
    ['fi', 'Lahdessa', 'Lahti'],
    ['fi', 'Turussa', 'Turku'],
    ['fi', 'Excelissä', 'Excel'],
    ['fi', 'laskutuksessa', 'laskutus'],
    ['fi', 'putkimiehenä', 'putkimies'],
    ['fi', 'putkimiehiä', 'putkimies'],
    ['fi', 'suomalaisen', 'suomalainen'],
    ['fi', 'maksuja', 'maksut'],
    ['pl', 'Kanady', 'Kanada'],
    ['pl', 'Kanadzie', 'Kanada'],
    ['pl', 'Polsce', 'Polska'],
    ['pl', 'hydraulikiem', 'hydraulik'],
    ['pl', 'papierze', 'papier'],
    ['sv', 'rörmokarna', 'rörmokare'],
    ['sv', 'ventilationen', 'ventilation'],
    ['sv', 'byggfirman', 'byggfirma'],
    ['en', 'plumbers', 'plumber'],
    // Two forms of one verb: "hired" and "hiring", "booked" and "booking".
    ['en', 'hired', 'hiring'],
    ['en', 'booking', 'booked'],
    ['en', 'planned', 'planning'],
  ];
  it.each(rows)('%s: %s is %s', (locale, word, term) => {
    expect(level(locale, word, term)).toBe<Level>('inflected');
  });
});

describe('a compound holds the whole synonym, never a part of it', () => {
  it.each<[Locale, string, string, Level | null]>([
    ['fi', 'sähköurakointia', 'sähkö', 'inflected'],
    ['fi', 'suunnittelujärjestelmän', 'järjestelmä', 'inflected'],
    ['sv', 'planeringssystemet', 'planering', 'inflected'],
    ['sv', 'delägare', 'ägaren', 'inflected'],
    ['sv', 'byggföretagare', 'företagare', 'inflected'],
    ['sv', 'byggföretag', 'företagare', null],
    // "-tagare" (one who takes) is a head of its own, no owner ("ägare").
    ['sv', 'franchisetagare', 'ägare', null],
    ['sv', 'arbetstagare', 'ägare', null],
    ['sv', 'fastighetsägare', 'ägare', 'inflected'],
    ['fi', 'maksuton', 'maksut', null],
    ['fi', 'maksutta', 'maksut', null],
    // "-kunta" after some words makes a group of people, no municipality.
    ['fi', 'maalaiskuntaa', 'kunta', 'inflected'],
    ['fi', 'osuuskunnassa', 'kunta', null],
    ['fi', 'henkilökunnan', 'kunta', null],
    ['fi', 'seurakuntayhtymän', 'kuntayhtymä', null],
    // After a number it makes an estimate: "kymmenkunta" is about ten, "satakunnan" about a hundred.
    ['fi', 'kymmenkunta', 'kunta', null],
    ['fi', 'parikymmenkuntaa', 'kunta', null],
    ['fi', 'satakunnan', 'kunta', null],
    ['fi', 'tuhatkunta', 'kunta', null],
    // A negation is a word of its own: "ledningen" (the management) ends in "ingen" but says no "inget".
    ['sv', 'ledningen', 'inget', null],
    ['sv', 'ledningen', 'ingen', null],
  ])('%s: %s against %s → %s', (locale, word, term, expected) => {
    expect(level(locale, word, term)).toBe(expected);
  });
});

describe('a shared beginning is no inflection', () => {
  it.each<[Locale, string, string]>([
    // verbs against nouns
    ['fi', 'maksaa', 'maksut'],
    ['fi', 'Toimiiko', 'toimitusjohtaja'],
    ['fi', 'Toimiiko', 'toimari'],
    ['pl', 'działamy', 'dział'],
    ['pl', 'zarządzanie', 'zarząd'],
    // other words with the same first letters
    ['fi', 'puolella', 'Puola'],
    ['fi', 'puoli', 'Puola'],
    ['fi', 'puolen', 'Puola'],
    ['fi', 'päätämme', 'päätän'],
    ['fi', 'suomeksi', 'Suomi'],
    ['pl', 'osobowe', 'osoba'],
    ['sv', 'varma', 'värme'],
    ['sv', 'Svensson', 'svensk'],
    // A participle against the noun or base it is made of: "budgeted" is not "budget".
    ['en', 'budgeted', 'budget'],
    ['en', 'hired', 'hire'],
  ])('%s: %s is not %s', (locale, word, term) => {
    // One letter off may still be a typo, which is only ever a guess to confirm.
    expect([null, 'typo']).toContain(level(locale, word, term));
  });

  it('takes a stem whose last consonant changed only as a guess to confirm', () => {
    expect(level('pl', 'hydraulicznej', 'hydraulika')).toBe<Level>('prefix');
  });
});
