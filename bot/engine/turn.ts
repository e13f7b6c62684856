import type { Answer, Extraction } from '../../qualification/answer.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import type { KnownCompanies } from '../../qualification/route/company.js';
import { newConversationState, type ConversationState, type RememberedConsent, type TurnResult, type VisitorInput } from '../conversation.js';
import type { KnowledgeAnswer } from '../ports/model.js';
import { answerQuestion, detours } from './detours.js';
import { finish, localized, openDraft, say, type Draft } from './draft.js';
import { askedCriterion, hear, type Heard } from './hear.js';
import type { Reading } from './reading.js';
import { nextStep, rescore } from './next-step.js';
import { recordAnswer } from './record-answer.js';
import { resolveConsent, resolvePending } from './resolve.js';
import { takeAnswers } from './take-answers.js';
import { greetingText } from '../host/proactive.js';

export interface BeginInit {
  locale: Locale;
  /** The visitor's answers from earlier conversations: recorded, never asked again. */
  previousAnswers: Answer[];
  /** The visitor said yes to keeping their contact details in an earlier conversation (the store keeps when, and to which wording). */
  consent?: RememberedConsent | null;
  variants: Record<string, string>;
  /** Customers already known, for routing rules on `company.known`. */
  customers?: KnownCompanies;
  /** What the host page knows (`Kysy('identify')`), as answers of source `page`. */
  known?: Answer[];
  /** The proactive greeting the visitor opened the chat from: the conversation starts with its text. */
  greeting?: string;
}

/** The host page's facts, for criteria not answered yet; contact details only once consent is given (recordAnswer). */
function recordKnown(draft: Draft, known: Answer[] | undefined): void {
  for (const answer of known ?? []) if (!draft.state.answers[answer.criterionId]) recordAnswer(draft, answer);
}

function initialState(definition: LeadDefinition, init: BeginInit): ConversationState {
  return newConversationState(definition.locales.includes(init.locale) ? init.locale : definition.defaultLocale, init.variants);
}

/**
 * Greets, and lets the visitor talk first: the greeting invites them to say what they are after
 * while the first question is already on offer. Contact details from an earlier visit come along
 * only with the consent given then; without it, consent is asked again before any are kept.
 * A returning person with nothing left to ask is only greeted: their first message's turn goes on
 * (and finds their open lead there, so a handoff is not made twice).
 */
export function begin(definition: LeadDefinition, init: BeginInit, now: Date): TurnResult {
  const draft = openDraft(definition, initialState(definition, init), now, init.customers);
  if (init.consent) draft.state.consent = 'granted';
  for (const answer of init.previousAnswers) recordAnswer(draft, { ...answer, source: 'previous' });
  recordKnown(draft, init.known);
  const greeting = localized(draft, greetingText(definition, init.greeting) ?? definition.greeting);
  if (!(init.consent && rescore(draft).decision !== 'incomplete')) nextStep(draft);
  const asking = draft.state.asking;
  const invites = asking !== null && asking !== 'consent' && draft.replies.length === 1;
  draft.replies.unshift({ text: invites ? `${greeting} ${draft.copy.invite}` : greeting });
  return finish(draft);
}

/** After the goodbye: FAQ answers still work, anything else gets a short friendly word. */
function afterClose(draft: Draft, heard: Heard, knowledge: KnowledgeAnswer | null): void {
  if (heard.text && heard.intents.includes('question')) answerQuestion(draft, heard.text, false, knowledge);
  else if (heard.intents.includes('thanks')) say(draft, draft.copy.welcome);
  else say(draft, draft.copy.closed);
}

export function turn(
  definition: LeadDefinition,
  state: ConversationState,
  input: VisitorInput,
  now: Date,
  extra: { modelExtractions?: Extraction[]; knowledge?: KnowledgeAnswer | null; reading?: Reading; known?: Answer[]; customers?: KnownCompanies } = {},
): TurnResult {
  const draft = openDraft(definition, state, now, extra.customers);
  const heard = hear(draft, input, extra.modelExtractions, extra.reading);
  if (state.humanActive) {
    // A person is talking with the visitor: facts are still noted, the bot stays quiet.
    takeAnswers(draft, heard, null);
    rescore(draft);
    return finish(draft);
  }
  if (state.phase === 'closed') {
    afterClose(draft, heard, extra.knowledge ?? null);
    return finish(draft);
  }
  const consentAsked = state.asking === 'consent';
  const confirmation = resolvePending(draft, heard);
  const consent = resolveConsent(draft, confirmation.heard);
  // Consent given now or before: what the host page knows is not asked again.
  recordKnown(draft, extra.known);
  const asked = askedCriterion(draft);
  const taken = takeAnswers(draft, consent.heard, asked);
  const handled = confirmation.handled || consent.handled;
  const wantsHuman = detours(draft, consent.heard, taken, { asked, consentAsked, handled, knowledge: extra.knowledge ?? null });
  nextStep(draft, { wantsHuman, volunteered: taken.volunteered > 0 });
  return finish(draft);
}
