import { describe, expect, it } from 'vitest';
import { readDecides as read } from '../../../test/support/deciding-definition.js';

describe('asked who decides, a group or a title named without the visitor is someone else', () => {
  it.each([
    ['en', 'the trustees'],
    ['en', 'the parish council decides'],
    ['en', 'not me, the finance director'],
    ['fi', 'johtoryhmä'],
    ['fi', 'valtuusto päättää isoista'],
    ['fi', 'talousjohtaja'],
    ['sv', 'kommunstyrelsen'],
    ['sv', 'ledningsgruppen'],
    ['sv', 'ekonomichefen'],
    ['pl', 'rada nadzorcza'],
    ['pl', 'decyduje zarząd spółki'],
    ['pl', 'dyrektor finansowy'],
  ] as const)('%s "%s"', (locale, text) => {
    expect(read(locale, text)).toBe('them');
  });

  it.each([
    // The visitor among them, or beside them: not someone else alone.
    ['en', 'me and the board'],
    ['en', 'we sit on the board'],
    ['fi', 'minä ja hallitus'],
    ['sv', 'vi i styrelsen'],
    ['pl', 'ja i zarząd'],
    // A question about the board, a negated board.
    ['en', 'does the board have to see it?'],
    ['sv', 'inte styrelsen'],
    ['en', 'not the trustees'],
  ] as const)('%s "%s" is not someone else', (locale, text) => {
    expect(read(locale, text)).not.toBe('them');
  });

  it('the visitor’s pronoun as the subject of words of its own is no say of theirs ("jag har inget mandat")', () => {
    expect(read('pl', 'ja nie mam tu nic do powiedzenia')).not.toBe('me');
    expect(read('en', 'me and my partner')).toBe('both');
    expect(read('fi', 'mun päätös')).toBe('me');
  });
});
