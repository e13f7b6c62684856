import { describe, expect, it } from 'vitest';
import { DECIDES_OPTIONS, decidesQuestion, decidesReader, readDecides } from '../../../test/support/deciding-definition.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

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
