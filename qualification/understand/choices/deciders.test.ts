import { describe, expect, it } from 'vitest';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

const now = new Date('2026-01-15T10:00:00Z');
const q = t('?', '?', '?', '?');
/** A made-up "who decides?" question whose options name no board, council or title. */
const deciding = madeUpDefinition([
  {
    id: 'decides',
    category: 'person',
    type: 'choice',
    question: q,
    why: q,
    options: [
      { id: 'me', means: ['i_decide'], label: t('I decide', 'Minä päätän', 'Jag bestämmer', 'Ja decyduję') },
      { id: 'both', means: ['decide_together'], label: t('We decide together', 'Päätämme yhdessä', 'Vi bestämmer tillsammans', 'Decydujemy wspólnie') },
      { id: 'advise', means: ['i_recommend'], label: t('I recommend', 'Suosittelen', 'Jag rekommenderar', 'Rekomenduję') },
      { id: 'them', means: ['someone_else_decides'], label: t('Someone else', 'Joku muu', 'Någon annan', 'Ktoś inny') },
    ],
  },
]);
const read = (locale: Locale, text: string) => {
  const found = understand(deciding, text, { locale, now, asking: 'decides' }).extractions.find((e) => e.criterionId === 'decides');
  return found && found.confidence >= CONFIDENT ? found.value : undefined;
};

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
