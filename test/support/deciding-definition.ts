import { CONFIDENT, type AnswerValue } from '../../qualification/answer.js';
import type { Locale } from '../../qualification/definition/schema.js';
import { understand } from '../../qualification/understand/understand.js';
import { madeUpDefinition, t } from './made-up-definition.js';

const q = t('?', '?', '?', '?');

/** A made-up "who decides?" question whose four options are named by their labels only: no board, council or title. */
export const decidingDefinition = madeUpDefinition([
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

const now = new Date('2026-01-15T10:00:00Z');

/** The option a reply to "who decides?" is read as with confidence, or undefined. */
export function readDecides(locale: Locale, text: string): AnswerValue | undefined {
  const found = understand(decidingDefinition, text, { locale, now, asking: 'decides' }).extractions.find((e) => e.criterionId === 'decides');
  return found && found.confidence >= CONFIDENT ? found.value : undefined;
}
