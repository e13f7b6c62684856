import { describe, expect, it } from 'vitest';
import { readDecides as read } from '../../../test/support/deciding-definition.js';

describe('asked who decides, the visitor\'s bare pronoun', () => {
  it.each([
    ['sv', 'jag'],
    ['sv', 'Jag!'],
    ['sv', 'jag, det är mitt företag'],
    ['sv', 'jag. vi är bara tre på kontoret'],
    ['en', 'I.'],
  ] as const)('%s "%s" is the visitor deciding', (locale, text) => {
    expect(read(locale, text)).toBe('me');
  });

  it.each([
    ['sv', 'försäljningschefen och jag'],
    ['sv', 'vd:n och jag'],
    ['sv', 'styrelsen och jag'],
    ['sv', 'min kompis och jag'],
    ['en', 'our finance director and I'],
  ] as const)('%s "%s", someone joined before it, is deciding together', (locale, text) => {
    expect(read(locale, text)).toBe('both');
  });

  it.each([
    // Someone else, a group or a contrast beside it; a question; the pronoun as a subject.
    ['sv', 'jag. fast styrelsen vill vara med'],
    ['sv', 'jag, men vd skriver på'],
    ['sv', 'jag, sen godkänner ekonomichefen'],
    ['sv', 'jag?'],
    ['sv', 'jag vet inte'],
    ['sv', 'jag tror ledningen'],
    ['sv', 'Anna och jag'],
  ] as const)('%s "%s" is not the visitor alone', (locale, text) => {
    expect(read(locale, text)).not.toBe('me');
  });
});
