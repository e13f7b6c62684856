import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { ConversationState, Reply } from '../conversation.js';
import { scoreState } from '../engine/next-criterion.js';
import type { CandidateQuestion, Wording } from '../ports/model.js';

const MAX_CANDIDATES = 2;

/**
 * The questions the engine may ask after this message, offered to the model for rewording in the same
 * call: the next one if the visitor answers what is asked, and the one after. The engine still
 * chooses; a rewording is used only when its criterion is the one asked.
 */
export function wordingCandidates(definition: LeadDefinition, state: ConversationState): CandidateQuestion[] {
  const missing = new Set(scoreState(definition, state).missing);
  return definition.criteria
    .filter((c) => c.category !== 'contact' && c.id !== state.asking && missing.has(c.id) && !state.answers[c.id] && !state.skipped.includes(c.id))
    .slice(0, MAX_CANDIDATES)
    .flatMap((c) => {
      const variant = c.variants.find((v) => v.id === state.variants[c.id]);
      const text = (variant?.question ?? c.question)[state.locale] ?? c.question[definition.defaultLocale];
      return text ? [{ criterionId: c.id, question: text }] : [];
    });
}

/** Replaces the asked question's text with the model's wording for it, acknowledgement first. */
export function applyWording(replies: Reply[], wording: Wording | null): Reply[] {
  if (!wording) return replies;
  return replies.map((reply) => {
    const worded = reply.asking ? wording.questions[reply.asking] : undefined;
    if (!worded) return reply;
    return { ...reply, text: wording.acknowledgement ? `${wording.acknowledgement} ${worded}` : worded };
  });
}
