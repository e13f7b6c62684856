import { describe, expect, it } from 'vitest';
import { madeUpDefinition, t } from '../../../test/support/made-up-definition.js';
import { CONFIDENT } from '../../answer.js';
import type { Locale } from '../../definition/schema.js';
import { understand } from '../understand.js';

const now = new Date('2026-01-15T10:00:00Z');
const q = t('?', '?', '?', '?');
/** A made-up "who decides?" question, its options named by their labels only. */
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
