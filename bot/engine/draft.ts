import type { LeadDefinition, LocalizedText, Owner } from '../../qualification/definition/schema.js';
import { companyFacts, type KnownCompanies, NO_KNOWN_COMPANIES } from '../../qualification/route/company.js';
import { route } from '../../qualification/route/route.js';
import type { ScoreResult } from '../../qualification/score/result.js';
import { score } from '../../qualification/score/score.js';
import type { BotEvent, ConversationState, Reply, TurnResult } from '../conversation.js';
import type { Copy } from '../../qualification/locales/copy.js';
import { copyFor } from '../../qualification/locales/index.js';

/** The score and the owner of the answers as they stand; dropped whenever an answer or a skip changes them. */
interface Appraisal {
  score: ScoreResult;
  owner?: Owner;
}

/**
 * The working copy of one turn: steps append replies and events and change the state, then
 * `finish` hands back a TurnResult. The caller's state is copied, never changed.
 */
export interface Draft {
  readonly definition: LeadDefinition;
  readonly now: Date;
  readonly copy: Copy;
  /** Customers already known (for rules on `company.known`); none unless the definition routes on them. */
  readonly customers: KnownCompanies;
  state: ConversationState;
  replies: Reply[];
  events: BotEvent[];
  /** Worked out at most once per set of answers: see `scoreOf`, `ownerOf`, `answersChanged`. */
  appraisal: Appraisal | null;
}

/**
 * The caller's state, copied as deep as a turn changes it: steps replace `pending`, `guess` and
 * whole answers, and add to `answers` and `skipped`, but never change an answer or a reading in
 * place, so those are shared (a structured clone of every answer was a good part of a turn's CPU).
 */
function workingCopy(state: ConversationState): ConversationState {
  return { ...state, answers: { ...state.answers }, skipped: [...state.skipped], variants: { ...state.variants } };
}

export function openDraft(definition: LeadDefinition, state: ConversationState, now: Date, customers: KnownCompanies = NO_KNOWN_COMPANIES): Draft {
  return { definition, now, copy: copyFor(state.locale), customers, state: workingCopy(state), replies: [], events: [], appraisal: null };
}

/** The score of the answers so far, computed once until they change. */
export function scoreOf(draft: Draft): ScoreResult {
  draft.appraisal ??= { score: score(draft.definition, Object.values(draft.state.answers), draft.state.skipped) };
  return draft.appraisal.score;
}

/** The owner routing picks for the answers so far, computed once until they change. */
export function ownerOf(draft: Draft): Owner {
  const appraisal = (draft.appraisal ??= { score: scoreOf(draft) });
  const answers = Object.values(draft.state.answers);
  appraisal.owner ??= route(draft.definition, answers, companyFacts(draft.definition, answers, draft.customers));
  return appraisal.owner;
}

/** An answer was recorded or a criterion skipped: the score and owner must be worked out again. */
export function answersChanged(draft: Draft): void {
  draft.appraisal = null;
}

export function finish(draft: Draft): TurnResult {
  const lead = { score: scoreOf(draft), decision: draft.state.decision, owner: ownerOf(draft).id };
  return { replies: draft.replies, state: draft.state, events: draft.events, lead };
}

export function say(draft: Draft, ...lines: string[]): void {
  const text = lines.filter((line) => line.length > 0).join(' ');
  if (text) draft.replies.push({ text });
}

/** The text in the conversation's locale, else the definition's default, else any. */
export function localized(draft: Pick<Draft, 'definition' | 'state'>, text: LocalizedText): string {
  return text[draft.state.locale] ?? text[draft.definition.defaultLocale] ?? Object.values(text)[0] ?? '';
}
