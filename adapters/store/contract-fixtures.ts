import type { Answer } from '../../qualification/answer.js';
import { type LeadDefinition, LeadDefinition as LeadDefinitionSchema } from '../../qualification/definition/schema.js';
import type { Decision, ScoreResult } from '../../qualification/score/result.js';
import { newConversationState, type BotEvent, type ConversationState } from '../../bot/conversation.js';
import { applyLeadAction, type LeadAction } from '../../bot/lead/lifecycle.js';
import type { LeadStore, Settling } from '../../bot/ports/leads.js';
import type { NewConversation, TurnCommit } from '../../bot/ports/store.js';

/** A clock the contract moves by hand, so timestamps and date filters are exact. */
export function manualClock(start: string) {
  let current = new Date(start);
  return {
    now: () => new Date(current),
    set: (iso: string) => void (current = new Date(iso)),
    advance: (ms: number) => void (current = new Date(current.getTime() + ms)),
  };
}
export type ManualClock = ReturnType<typeof manualClock>;

/** A `decide` for turns that must be answered without deciding anything (duplicates, strangers, unknown ids). */
export const mustNotDecide = (): TurnCommit => {
  throw new Error('decide must not run');
};

export function state(overrides: Partial<ConversationState> = {}): ConversationState {
  return { ...newConversationState('en'), asking: 'industry', ...overrides };
}

export function answer(criterionId: string, value: Answer['value'], at: string): Answer {
  return { criterionId, value, raw: String(value), source: 'asked', confidence: 1, at };
}

export function scoreOf(decision: Decision, total = 0): ScoreResult {
  return { fit: total, intent: 0, total, perCriterion: [], decision, missing: [] };
}

export function newConversation(overrides: Partial<NewConversation> = {}): NewConversation {
  return {
    channel: 'web',
    locale: 'en',
    context: { pageUrl: 'https://example.com/pricing', referrer: 'https://search.example', utm: { source: 'ad' } },
    definitionVersion: 1,
    state: state(),
    replies: [{ text: 'Hello! Which industry is your company in?', choices: [{ id: 'hvac', label: 'HVAC' }], asking: 'industry' }],
    events: [{ type: 'question_asked', criterionId: 'industry', variant: null }],
    ...overrides,
  };
}

/** A turn that records `answers`, replies with one question and moves the state along. */
export function commit(
  before: ConversationState,
  options: {
    text?: string;
    answers?: Answer[];
    decision?: Decision;
    events?: BotEvent[];
    outbox?: TurnCommit['outbox'];
    leadEvents?: TurnCommit['leadEvents'];
    email?: string;
  } = {},
): TurnCommit {
  const answers = options.answers ?? [];
  const decision = options.decision ?? before.decision;
  return {
    visitorMessage: { text: options.text ?? 'We do HVAC' },
    replies: [
      { text: 'Got it.' },
      { text: 'How many employees?', asking: 'company_size' },
    ],
    state: {
      ...before,
      asking: 'company_size',
      decision,
      answers: { ...before.answers, ...Object.fromEntries(answers.map((a) => [a.criterionId, a])) },
    },
    events: [...answers.map((a): BotEvent => ({ type: 'answer_recorded', answer: a })), ...(options.events ?? [])],
    answers,
    lead: { score: scoreOf(decision, 40), decision, ownerId: 'anna' },
    outbox: options.outbox ?? [],
    leadEvents: options.leadEvents ?? [],
    email: options.email ?? null,
  };
}

const text = (en: string) => ({ en });

export function definition(companyName: string): LeadDefinition {
  return LeadDefinitionSchema.parse({
    version: 1,
    company: { name: companyName },
    locales: ['en'],
    defaultLocale: 'en',
    greeting: text('Hi'),
    criteria: [
      {
        id: 'industry',
        category: 'company',
        type: 'choice',
        question: text('Which industry?'),
        why: text('To know you'),
        options: [
          { id: 'hvac', label: text('HVAC'), points: 20 },
          { id: 'other', label: text('Other') },
        ],
      },
    ],
    thresholds: { fit: 10, intent: 0 },
    routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U123' }], defaultOwner: 'anna' },
    sla: { acceptMinutes: 30 },
  });
}

/** The SLA of the contract's leads. */
export const SLA = { acceptMinutes: 30 };

/** A rep's or Kysy's action at `at`, applied by the lifecycle to the lead as it is, as LeadLife does. */
export function actOn(store: LeadStore, leadId: string, action: LeadAction, at: string, settling?: Settling) {
  return store.changeLead(leadId, (lead) => applyLeadAction(lead, action, at, SLA), settling);
}
