import type { AnswerSource, Extraction } from '../../qualification/answer.js';
import type { Intent } from '../../qualification/understand/types.js';
import type { VisitorInput } from '../conversation.js';
import type { Draft } from './draft.js';
import { SKIP_CHOICE } from './not-understood.js';
import { type Reading, readingFor } from './reading.js';

export interface Found {
  extraction: Extraction;
  source: AnswerSource;
}

/** One visitor message, understood: a clicked choice, or text with its extractions and intents. */
export interface Heard {
  text: string | null;
  choice: string | null;
  found: Found[];
  intents: Intent[];
}

/** The criterion the last question was about (not consent, not a confirmation). */
export function askedCriterion(draft: Draft): string | null {
  const { asking, pending } = draft.state;
  return asking && asking !== 'consent' && !pending ? asking : null;
}

/**
 * Deterministic understanding first; a model's extraction only fills a criterion the extractors
 * found nothing for, so a model can add facts but never overrule plain code. `earlier` is the
 * look-ahead's reading of the same message, used when it still fits.
 */
export function hear(draft: Draft, input: VisitorInput, modelExtractions: Extraction[] = [], earlier?: Reading): Heard {
  if (input.choice === SKIP_CHOICE) return { text: null, choice: null, found: [], intents: ['skip'] };
  if (input.choice !== undefined) return { text: null, choice: input.choice, found: [], intents: [] };
  const text = input.text ?? '';
  const understood = readingFor(earlier, draft.definition, draft.state, text, draft.now);
  const asking = understood.asking;
  const found: Found[] = understood.extractions.map((extraction) => ({
    extraction,
    source: extraction.criterionId === asking ? 'asked' : 'volunteered',
  }));
  for (const extraction of modelExtractions) {
    if (!found.some((f) => f.extraction.criterionId === extraction.criterionId)) found.push({ extraction, source: 'model' });
  }
  return { text, choice: null, found, intents: understood.intents };
}
