import type { Extraction } from '../../qualification/answer.js';
import type { ConversationState } from '../conversation.js';
import type { Reading } from '../engine/reading.js';
import type { Knowledge, KnowledgeAnswer, ModelUnderstanding, Wording } from '../ports/model.js';
import { wordingCandidates } from './wording.js';

const SUMMARY_LIMIT = 600;

/** What is known so far, one "criterion: value" per answer, bounded so a prompt stays small. */
export function answerSummary(state: ConversationState): string {
  const lines = Object.values(state.answers).map((a) => `${a.criterionId}: ${Array.isArray(a.value) ? a.value.join(', ') : a.value}`);
  const summary = lines.join('\n');
  return summary.length > SUMMARY_LIMIT ? `${summary.slice(0, SUMMARY_LIMIT)}…` : summary;
}

/** What is worked out before the turn's row lock, so a slow model or search never holds it. */
export interface BeforeTurn {
  modelExtractions?: Extraction[];
  /** The company content's answer to a visitor question (null: it has none). */
  knowledge?: KnowledgeAnswer | null;
  wording: Wording | null;
  /** The message as deterministic understanding read it: the turn reuses it instead of reading again. */
  reading?: Reading;
}

export interface LookAhead {
  model?: ModelUnderstanding;
  knowledge?: Knowledge;
  /** Offer the next questions to the model for rewording, in the same call. */
  wording?: boolean;
}

/**
 * A question to the company is looked up in its content; other free text goes to the model only when
 * the deterministic understanding left it unresolved (nothing extracted, no intent recognised). So a
 * message costs at most one model call, and buttons or plain answers none.
 */
export async function beforeTurn(ahead: LookAhead, conversationId: string, state: ConversationState, plain: Reading): Promise<BeforeTurn> {
  const { definition, text } = plain;
  if (state.humanActive) return { wording: null, reading: plain };
  if (plain.intents.includes('question') && ahead.knowledge) {
    return { knowledge: await ahead.knowledge.answer(text, state.locale, conversationId), wording: null, reading: plain };
  }
  if (!ahead.model || plain.extractions.length > 0 || plain.intents.length > 0) return { wording: null, reading: plain };
  const reading = await ahead.model.extract({
    conversationId,
    definition,
    locale: state.locale,
    asking: state.asking,
    text,
    summary: answerSummary(state),
    answered: [...Object.keys(state.answers), ...state.skipped],
    ...(ahead.wording ? { candidates: wordingCandidates(definition, state) } : {}),
  });
  return { modelExtractions: reading.extractions.length > 0 ? reading.extractions : undefined, wording: reading.wording, reading: plain };
}
