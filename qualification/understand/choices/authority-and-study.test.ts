import { describe, expect, it } from 'vitest';
import { DECIDES_OPTIONS, decidesQuestion, decidesReader } from '../../../test/support/deciding-definition.js';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';

/** The four "who decides?" options and one for visitors only looking around, named by their labels only. */
const read = decidesReader(
  madeUpDefinition([decidesQuestion([...Object.values(DECIDES_OPTIONS), { id: 'looking', means: ['just_looking'], label: t('Just looking', 'Katselen vain', 'Tittar bara', 'Tylko się rozglądam') }])]),
);

describe('who decides: holding the mandate is deciding, in four locales', () => {
  it.each([
    ['en', 'it’s down to me'],
    ['en', 'full authority, I’m the GM'],
    ['fi', 'mulla on valtuudet tällaisiin hankintoihin'],
    ['fi', 'päätös on mulla'],
    ['sv', 'jag har mandat att köpa sånt här'],
    ['sv', 'formellt vd:n men han bryr sig inte, så i praktiken jag'],
    ['pl', 'to w mojej gestii'],
    ['pl', 'mam uprawnienia do takich zakupów'],
  ] as const)('%s "%s" is the visitor’s decision', (locale, text) => {
    expect(read(locale, text)).toBe('me');
  });

  it.each([
    // Up to another person, or another deciding while the visitor looks around: neither the visitor's decision nor only looking.
    ['sv', 'det är upp till min chef'],
    ['pl', 'to zależy od szefa'],
    ['sv', 'chefen bestämmer, jag kollar bara runt'],
    ['pl', 'szef decyduje, ja tylko sprawdzam'],
  ] as const)('%s "%s" is not the visitor’s decision', (locale, text) => {
    expect(read(locale, text)).not.toBe('me');
    expect(read(locale, text)).not.toBe('looking');
  });
});

describe('who decides: a study about the software is only looking around', () => {
  it.each([
    ['en', 'I’m writing a comparison for a uni assignment'],
    ['fi', 'teen opinnäytetyötä asiakaspalvelujärjestelmistä'],
    ['sv', 'jag skriver en uppsats om kundtjänstsystem'],
    ['pl', 'piszę pracę magisterską o systemach helpdesk'],
  ] as const)('%s "%s" is just looking', (locale, text) => {
    expect(read(locale, text)).toBe('looking');
  });
});
