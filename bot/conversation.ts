import { z } from 'zod';
import { Answer, AnswerValue, Extraction } from '../qualification/answer.js';
import { Locale } from '../qualification/definition/schema.js';
import { Decision, ScoreResult } from '../qualification/score/result.js';

/** What the bot's last question is about: a criterion id, 'consent', or null. */
export const Asking = z.string().nullable();

export const Choice = z.object({ id: z.string(), label: z.string() });
export type Choice = z.infer<typeof Choice>;

/** One bot message as every channel receives it; `id` is given by the store when it is saved. */
export const Reply = z.object({
  text: z.string(),
  choices: z.array(Choice).optional(),
  asking: Asking.optional(),
});
export type Reply = z.infer<typeof Reply>;

export const VisitorInput = z.union([
  z.object({ text: z.string().max(4000), choice: z.undefined().optional() }),
  z.object({ choice: z.string().max(200), text: z.undefined().optional() }),
]);
export type VisitorInput = z.infer<typeof VisitorInput>;

export const Phase = z.enum(['qualifying', 'consent', 'contact', 'follow_up', 'closed']);

export const ConversationState = z.object({
  locale: Locale,
  phase: Phase,
  asking: Asking,
  /** An understood value waiting for the visitor's yes/no before it is recorded. */
  pending: Extraction.nullable(),
  /**
   * The last doubtful reading put to the visitor ("did you mean …?") and the words it was read from
   * (contact data removed), kept until its criterion is answered: a different button clicked by then
   * is a corrected guess, worth a marketer's look. Absent in states saved before it existed.
   */
  guess: z.object({ criterionId: z.string(), value: AnswerValue, text: z.string() }).optional(),
  answers: z.record(z.string(), Answer),
  /** Replies to the current question the bot did not understand, in a row: the fallback wording takes turns. */
  missed: z.number().int().nonnegative().optional(),
  /** Criteria the visitor chose not to answer: never asked again. */
  skipped: z.array(z.string()),
  consent: z.enum(['granted', 'denied']).nullable(),
  decision: Decision,
  handoffRequested: z.boolean(),
  /** A person (sales rep) is talking with the visitor: the bot asks nothing. */
  humanActive: z.boolean(),
  /** Question variant per criterion for this conversation (A/B tests). */
  variants: z.record(z.string(), z.string()),
});
export type ConversationState = z.infer<typeof ConversationState>;

/** A conversation before its first turn: nothing asked, answered or decided yet. */
export function newConversationState(locale: Locale, variants: Record<string, string> = {}): ConversationState {
  return {
    locale,
    phase: 'qualifying',
    asking: null,
    pending: null,
    answers: {},
    skipped: [],
    consent: null,
    decision: 'incomplete',
    handoffRequested: false,
    humanActive: false,
    variants,
  };
}

export const BotEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('answer_recorded'), answer: Answer }),
  z.object({ type: z.literal('decision_changed'), from: Decision, to: Decision, score: ScoreResult }),
  z.object({ type: z.literal('handoff_requested'), reason: z.enum(['sales_ready', 'visitor_asked']), score: ScoreResult }),
  z.object({
    type: z.literal('consent_changed'),
    consent: z.enum(['granted', 'denied']),
    /** The question answered and its version (`consentVersion`); absent in events stored before they were kept. */
    text: z.string().optional(),
    textVersion: z.string().optional(),
  }),
  z.object({ type: z.literal('question_asked'), criterionId: z.string(), variant: z.string().nullable() }),
  z.object({ type: z.literal('criterion_skipped'), criterionId: z.string() }),
  z.object({ type: z.literal('conversation_closed'), decision: Decision }),
  /**
   * The visitor typed a reply to the question about `criterionId` and the bot could read nothing
   * from it: no answer, no doubtful reading to confirm, no skip, no detour (a question, a greeting,
   * thanks, "why", a person) and no other fact — the turn in which the bot says it did not catch that.
   * Clicks never count.
   */
  z.object({ type: z.literal('answer_not_understood'), criterionId: z.string() }),
  /**
   * The bot had put a doubtful reading of `criterionId` to the visitor ("did you mean …?") and the
   * visitor, instead of confirming it, clicked a button of that criterion with another option
   * (`optionId`) — at once, or after saying no and being asked again. Recorded with the answer.
   */
  z.object({ type: z.literal('guess_corrected'), criterionId: z.string(), optionId: z.string() }),
]);
export type BotEvent = z.infer<typeof BotEvent>;

/**
 * The lead as the turn leaves it, worked out once by the engine: the score of the answers, the
 * conversation's decision and the owner routing picks. Everything after the turn (the store's lead
 * row, the handoff, the admin preview, the simulator) reads it instead of scoring again.
 */
export interface TurnLead {
  score: ScoreResult;
  decision: Decision;
  owner: string | null;
}

/** A yes to keeping contact details, given in an earlier conversation: when, and to which wording (`consentVersion`). */
export interface RememberedConsent {
  at: string;
  textVersion: string | null;
}

export interface TurnResult {
  replies: Reply[];
  state: ConversationState;
  events: BotEvent[];
  lead: TurnLead;
}
