import { CONFIDENT, type AnswerValue } from '../../qualification/answer.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { understand } from '../../qualification/understand/understand.js';
import { madeUpChoice, madeUpDefinition, t } from './made-up-definition.js';

/** The four options of a "who decides?" question, named by their labels only: no board, council or title. */
export const DECIDES_OPTIONS = {
  me: { id: 'me', means: ['i_decide'], label: t('I decide', 'Minä päätän', 'Jag bestämmer', 'Ja decyduję') },
  both: { id: 'both', means: ['decide_together'], label: t('We decide together', 'Päätämme yhdessä', 'Vi bestämmer tillsammans', 'Decydujemy wspólnie') },
  advise: { id: 'advise', means: ['i_recommend'], label: t('I recommend', 'Suosittelen', 'Jag rekommenderar', 'Rekomenduję') },
  them: { id: 'them', means: ['someone_else_decides'], label: t('Someone else', 'Joku muu', 'Någon annan', 'Ktoś inny') },
};

/** A made-up "who decides?" question (`decides`, about the person) with the options given: by default the four above. */
export function decidesQuestion(options: unknown[] = Object.values(DECIDES_OPTIONS)) {
  return madeUpChoice('decides', 'person', options);
}

/** A made-up "who decides?" question whose four options are named by their labels only: no board, council or title. */
export const decidingDefinition = madeUpDefinition([decidesQuestion()]);

const now = new Date('2026-01-15T10:00:00Z');

/** The option a reply to "who decides?" is read as with confidence against `definition`, or undefined. */
export const decidesReader =
  (definition: LeadDefinition) =>
  (locale: Locale, text: string): AnswerValue | undefined => {
    const found = understand(definition, text, { locale, now, asking: 'decides' }).extractions.find((e) => e.criterionId === 'decides');
    return found && found.confidence >= CONFIDENT ? found.value : undefined;
  };

/** The option a reply to "who decides?" is read as with confidence, or undefined. */
export const readDecides = decidesReader(decidingDefinition);
