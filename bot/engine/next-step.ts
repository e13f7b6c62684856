import type { ScoreResult } from '../../qualification/score/result.js';
import { farewell, goodbye, handoff, inHandoffFlow, nurture } from './closing.js';
import { ownerOf, say, scoreOf, type Draft } from './draft.js';
import { nextCriterion } from './next-criterion.js';
import { askConfirmation, ask } from './question.js';

/** Scores the answers so far and notes a changed decision. */
export function rescore(draft: Draft): ScoreResult {
  const result = scoreOf(draft);
  if (result.decision !== draft.state.decision) {
    draft.events.push({ type: 'decision_changed', from: draft.state.decision, to: result.decision, score: result });
    draft.state.decision = result.decision;
  }
  return result;
}

export interface StepCues {
  wantsHuman: boolean;
  /** Facts arrived unasked: worth a word when the questions go on. */
  volunteered: boolean;
}

/**
 * The bot's next move as a function of the state: confirm a doubtful value, go on with a handoff,
 * ask the next question that can still change the decision, or close as the decision says.
 */
export function nextStep(draft: Draft, cues: StepCues = { wantsHuman: false, volunteered: false }): void {
  const { wantsHuman } = cues;
  const { state, definition, copy } = draft;
  const result = rescore(draft);
  const pending = state.pending;
  const pendingCriterion = pending && definition.criteria.find((c) => c.id === pending.criterionId);
  if (pending && pendingCriterion) {
    askConfirmation(draft, pendingCriterion, pending);
    return;
  }
  if (wantsHuman && state.handoffRequested) {
    say(draft, copy.handoffInChat(ownerOf(draft).name));
  } else if (wantsHuman && !inHandoffFlow(draft)) {
    say(draft, copy.humanAck);
    state.phase = 'consent';
  }
  if (inHandoffFlow(draft) || (result.decision === 'sales_ready' && !state.handoffRequested)) {
    handoff(draft, result);
    return;
  }
  if (state.handoffRequested && result.decision !== 'incomplete') {
    goodbye(draft);
    return;
  }
  if (result.decision === 'disqualified') {
    farewell(draft);
    return;
  }
  const next = result.decision === 'incomplete' && state.phase !== 'follow_up' ? nextCriterion(definition, state, result) : null;
  if (next) {
    if (cues.volunteered) say(draft, copy.notedAhead);
    // A fallback that already put the question again (with its buttons) is not followed by it once more.
    if (draft.replies.at(-1)?.asking !== next.id) ask(draft, next);
  } else if (state.handoffRequested) {
    goodbye(draft);
  } else {
    nurture(draft);
  }
}
