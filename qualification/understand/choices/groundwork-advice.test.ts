import { describe, expect, it } from 'vitest';
import { DECIDES_OPTIONS, decidesQuestion, decidesReader, readDecides } from '../../../test/support/deciding-definition.js';
import { madeUpChoice, madeUpDefinition, recordedFacts, t } from '../../../test/support/made-up-definition.js';

/** The four "who decides?" options and one for visitors only looking around. */
const readWithLooking = decidesReader(
  madeUpDefinition([decidesQuestion([...Object.values(DECIDES_OPTIONS), { id: 'looking', means: ['just_looking'], label: t('Just looking', 'Katselen vain', 'Tittar bara', 'Tylko się rozglądam') }])]),
);

describe('who decides: the visitor doing the groundwork for the one who signs recommends', () => {
  it.each([
    ['en', 'I find the options and the MD decides'],
    ['en', 'I write the spec, procurement runs the tender'],
    ['en', 'I pick a couple, then our CFO says yes or no'],
    ['fi', 'mä etsin vaihtoehdot ja toimari päättää'],
    ['fi', 'kirjoitan määrittelyn, hankintayksikkö kilpailuttaa'],
    ['sv', 'jag tar fram alternativ och vd:n bestämmer'],
    ['sv', 'jag skriver underlaget, ekonomichefen skriver på'],
    ['pl', 'ja przygotowuję uzasadnienie, dyrektor finansowy podpisuje'],
    ['pl', 'przygotowuję porównanie, a prezes zatwierdza'],
  ] as const)('%s "%s" is the recommending option', (locale, text) => {
    expect(readDecides(locale, text)).toBe('advise');
  });

  it.each([
    // Researching or comparing with no one to hand it to is only looking around.
    ['en', 'just doing some research for now'],
    ['sv', 'jag gör bara lite research än så länge'],
    ['pl', 'na razie tylko robię rozeznanie'],
    ['pl', 'na razie tylko porównuję oferty'],
    ['fi', 'kerätään tietoa'],
    ['fi', 'ei konkreettisia suunnitelmia, kerään tietoa'],
  ] as const)('%s "%s" is not the recommending option', (locale, text) => {
    expect(readWithLooking(locale, text)).not.toBe('advise');
  });
});

describe('who decides: looking around for whoever signs is the groundwork of a recommendation', () => {
  it.each([
    ['en', 'I am doing some research, my boss decides'],
    ['fi', 'kartoitan vaihtoehtoja, esihenkilö päättää'],
    ['fi', 'vertailen tarjouksia, hallitus päättää'],
    ['sv', 'jag gör research, chefen bestämmer'],
    ['sv', 'jag jämför erbjudanden och styrelsen bestämmer'],
    ['pl', 'robię rozeznanie, a szef decyduje'],
    ['pl', 'porównuję oferty, zarząd decyduje'],
  ] as const)('%s "%s" is the recommending option', (locale, text) => {
    expect(readWithLooking(locale, text)).toBe('advise');
  });

  it.each([
    // Narrowed to only looking, beside someone else's decision: no say of the visitor's to record.
    ['pl', 'ja tylko zbieram informacje, decyduje prezes'],
    ['en', 'I just gather information, my boss decides'],
    // Looking with nobody named who signs is looking.
    ['pl', 'na razie tylko się rozglądam'],
  ] as const)('%s "%s" is not the recommending option', (locale, text) => {
    expect(readWithLooking(locale, text)).not.toBe('advise');
  });

  const withRole = madeUpDefinition([
    madeUpChoice('role', 'person', [
      { id: 'pm', label: t('Project manager', 'Projektipäällikkö', 'Projektledare', 'Kierownik projektu') },
      { id: 'finance', label: t('Finance', 'Talous', 'Ekonomi', 'Finanse') },
    ]),
    decidesQuestion([
      DECIDES_OPTIONS.me,
      DECIDES_OPTIONS.advise,
      { ...DECIDES_OPTIONS.them, synonyms: { en: ['my boss'], fi: ['pomo'], sv: ['chefen'], pl: ['szef'] } },
      { id: 'looking', means: ['just_looking'], label: t('Just looking', 'Katselen vain', 'Tittar bara', 'Tylko się rozglądam') },
    ]),
  ]);

  it.each([
    ['en', 'project manager, my boss asked me to look at options'],
    ['pl', 'kierownik projektu, szef kazał mi zrobić rozeznanie'],
    ['sv', 'projektledare, chefen bad mig titta på alternativ'],
  ] as const)('%s "%s" answering the role says nothing of who decides', (locale, text) => {
    expect(recordedFacts(withRole, text, { locale, now: new Date('2026-01-15T10:00:00Z'), asking: 'role' }).decides).toBeUndefined();
  });
});
