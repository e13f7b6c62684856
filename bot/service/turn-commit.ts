import type { Answer } from '../../qualification/answer.js';
import type { Criterion, LeadDefinition } from '../../qualification/definition/schema.js';
import { withoutContactData } from '../../qualification/understand/contact-data.js';
import { copyFor } from '../../qualification/locales/index.js';
import type { ConversationState, TurnResult, VisitorInput } from '../conversation.js';
import type { HandoffPayload } from '../ports/handoff.js';
import { followUpEmailCriterion } from '../engine/next-criterion.js';
import { qualificationEvents } from '../lead/events.js';
import { reviewDrafts } from '../review/items.js';
import type { ConversationLead, ConversationRecord, TurnCommit } from '../ports/store.js';

/** What the transcript shows for a click: the button's label, as the visitor saw it. */
function clickedLabel(definition: LeadDefinition, before: ConversationState, choice: string, recorded: Answer[]): string {
  const fromButton = recorded.find((a) => a.source === 'button');
  if (fromButton) return fromButton.raw;
  const criterion = definition.criteria.find((c) => c.id === before.asking);
  if (criterion && 'options' in criterion) {
    const option = criterion.options.find((o) => o.id === choice);
    const label = option?.label[before.locale] ?? option?.label[definition.defaultLocale];
    if (label) return label;
  }
  const copy = copyFor(before.locale);
  if (choice === 'yes') return copy.yes;
  if (choice === 'no') return copy.no;
  return choice;
}

/** The criteria that say who the person is, found once per definition (a published version is one object, never changed). */
interface Identity {
  /** Where a follow-up e-mail goes (`followUpEmailCriterion`). */
  email: Criterion | null;
  /** The contact text criterion whose id names the company (as the lead view finds it). */
  company: Criterion | null;
  /** Every contact criterion whose answer may put the lead in another company. */
  companyIds: ReadonlySet<string>;
}

const identities = new WeakMap<LeadDefinition, Identity>();
function identityOf(definition: LeadDefinition): Identity {
  let identity = identities.get(definition);
  if (!identity) {
    const contact = definition.criteria.filter((c) => c.category === 'contact');
    identity = {
      email: followUpEmailCriterion(definition),
      company: contact.find((c) => c.type === 'text' && c.id.includes('company')) ?? null,
      companyIds: new Set(contact.filter((c) => c.type === 'email' || (c.type === 'text' && c.id.includes('company'))).map((c) => c.id)),
    };
    identities.set(definition, identity);
  }
  return identity;
}

/** The e-mail address the visitor gave with consent to keep it (validated and lower-cased when recorded). */
function consentedEmail(definition: LeadDefinition, state: ConversationState): string | null {
  const criterion = identityOf(definition).email;
  const answer = criterion && state.answers[criterion.id];
  return state.consent === 'granted' && answer && typeof answer.value === 'string' ? answer.value.toLowerCase() : null;
}

/** The company name given, with consent. */
function consentedCompanyName(definition: LeadDefinition, state: ConversationState): string | null {
  const criterion = identityOf(definition).company;
  const answer = criterion && state.answers[criterion.id];
  return state.consent === 'granted' && answer && typeof answer.value === 'string' ? answer.value.trim() || null : null;
}

/** The turn recorded an e-mail or a company name, or consent was given: the lead's company may have changed. */
function companyChanged(definition: LeadDefinition, recorded: Answer[], events: TurnResult['events']): boolean {
  const contact = identityOf(definition).companyIds;
  return recorded.some((a) => contact.has(a.criterionId)) || events.some((e) => e.type === 'consent_changed' && e.consent === 'granted');
}

/** Everything one turn writes, derived from the engine's result: answers, lead snapshot and events, outbox rows. */
export function buildTurnCommit(
  definition: LeadDefinition,
  conversation: ConversationRecord,
  input: VisitorInput,
  result: TurnResult,
  now: Date,
  lead: ConversationLead | null,
): TurnCommit {
  const recorded = result.events.flatMap((e) => (e.type === 'answer_recorded' ? [e.answer] : []));
  const visitorMessage =
    input.choice !== undefined
      ? { text: clickedLabel(definition, conversation.state, input.choice, recorded), choice: input.choice }
      : // Without consent no contact data is kept, not even inside the transcript.
        { text: result.state.consent === 'granted' ? input.text : withoutContactData(input.text) };

  const leadId = lead?.id ?? conversation.leadId;
  // One person, one handoff: a lead already with sales is not handed off again; its card is redrawn (relayToPerson).
  const withSales = lead !== null && lead.status !== 'open';
  const outbox = result.events.flatMap((event) => {
    if (event.type !== 'handoff_requested' || withSales) return [];
    const payload: HandoffPayload = {
      conversationId: leadId,
      definitionVersion: conversation.definitionVersion,
      reason: event.reason,
      decision: result.state.decision,
      ownerId: result.lead.owner,
      locale: result.state.locale,
      fit: event.score.fit,
      intent: event.score.intent,
      total: event.score.total,
      requestedAt: now.toISOString(),
    };
    return [{ kind: 'handoff', key: `handoff:${leadId}`, payload }];
  });
  const joining = lead !== null && lead.id !== conversation.leadId;

  const review = reviewDrafts(result.events, conversation.state, input.text);
  return {
    ...(review.length > 0 ? { review } : {}),
    visitorMessage,
    replies: result.replies,
    state: result.state,
    events: result.events,
    answers: recorded,
    lead: { score: result.lead.score, decision: result.lead.decision, ownerId: result.lead.owner },
    outbox,
    leadEvents: [
      ...(joining ? [{ type: 'lead.updated' as const, data: { conversationId: conversation.id } }] : []),
      ...qualificationEvents(lead?.qualifiedAs ?? null, result.state.decision),
    ],
    email: consentedEmail(definition, result.state),
    ...(companyChanged(definition, recorded, result.events) ? { company: { email: consentedEmail(definition, result.state), name: consentedCompanyName(definition, result.state) } } : {}),
  };
}
