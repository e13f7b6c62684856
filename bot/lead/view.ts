import { z } from 'zod';
import { type Answer, AnswerSource, AnswerValue } from '../../qualification/answer.js';
import { type LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { Decision, type ScoreResult } from '../../qualification/score/result.js';
import { Channel, type VisitContext } from '../ports/store.js';
import type { LeadEvent } from './events.js';
import { salesLabel } from './labels.js';
import { LeadStatus } from './status.js';

/**
 * A lead as the world outside Kysy sees it when an event about it is delivered (the webhook body's
 * `lead`, the CRM sync): read at delivery time, so it is the lead as it is then.
 */
export const LeadView = z.object({
  id: z.string(),
  status: LeadStatus,
  decision: Decision,
  score: z.object({ fit: z.number(), intent: z.number(), total: z.number() }),
  owner: z.object({ id: z.string(), name: z.string() }).nullable(),
  /** The chat user holding the lead (a Slack user id), when someone does. */
  assignee: z.string().nullable(),
  answers: z.array(z.object({ criterionId: z.string(), value: AnswerValue, label: z.string(), raw: z.string(), source: AnswerSource })),
  /** Only when the person consented to being contacted; nulls otherwise. */
  contact: z.object({ email: z.string().nullable(), name: z.string().nullable(), company: z.string().nullable() }),
  /** The language of the person's latest conversation. */
  locale: Locale,
  /** Channel and campaign of the lead's first conversation: where the lead came from. */
  channel: Channel,
  campaign: z.object({ source: z.string().nullable(), medium: z.string().nullable(), campaign: z.string().nullable() }).nullable(),
  conversationIds: z.array(z.string()),
  createdAt: z.iso.datetime(),
  handedOffAt: z.iso.datetime().nullable(),
  /** How it ended: won with an amount, lost or rejected with a reason. */
  outcome: z.object({ amount: z.number().nullable(), currency: z.string().nullable(), reason: z.string().nullable() }).nullable(),
});
export type LeadView = z.infer<typeof LeadView>;

/** What the store reads about a lead; `toLeadView` makes the view of it. */
export interface LeadViewParts {
  lead: {
    id: string;
    status: LeadStatus;
    decision: Decision;
    score: ScoreResult;
    ownerId: string | null;
    assignee: string | null;
    createdAt: string;
    handedOffAt: string | null;
  };
  /** Oldest first. */
  conversations: Array<{ id: string; channel: Channel; locale: Locale; context: VisitContext }>;
  /** The newest answer per criterion over the lead's conversations. */
  answers: Answer[];
  /** The person's latest word on consent was yes. */
  consented: boolean;
  /** The latest won, lost or rejected event. */
  outcome: LeadEvent | null;
}

const ENDED: Record<string, LeadEvent['type']> = { won: 'lead.won', lost: 'lead.lost', rejected: 'lead.rejected' };

function campaignOf(context: VisitContext): LeadView['campaign'] {
  const utm = context.utm ?? {};
  const campaign = { source: utm.utm_source ?? null, medium: utm.utm_medium ?? null, campaign: utm.utm_campaign ?? null };
  return campaign.source || campaign.medium || campaign.campaign ? campaign : null;
}

/**
 * Contact details by the definition's contact criteria: the e-mail criterion; the company from the
 * text criterion whose id names the company; the name from the other text criterion.
 */
function contactOf(definition: LeadDefinition, answers: Answer[]): LeadView['contact'] {
  const contact = definition.criteria.filter((c) => c.category === 'contact');
  const value = (id: string | undefined) => {
    const found = answers.find((a) => a.criterionId === id);
    return found ? String(found.value) : null;
  };
  const texts = contact.filter((c) => c.type === 'text');
  const company = texts.find((c) => c.id.includes('company'));
  return {
    email: value(contact.find((c) => c.type === 'email')?.id),
    name: value(texts.find((c) => c !== company)?.id),
    company: value(company?.id),
  };
}

export function toLeadView(definition: LeadDefinition, parts: LeadViewParts): LeadView {
  const { lead, conversations, consented, outcome } = parts;
  const first = conversations[0];
  const latest = conversations.at(-1);
  if (!first || !latest) throw new Error(`lead ${lead.id} has no conversation`);
  const contactIds = new Set(definition.criteria.filter((c) => c.category === 'contact').map((c) => c.id));
  const order = new Map(definition.criteria.map((c, i) => [c.id, i]));
  // Without consent nothing of the person's contact details leaves Kysy.
  const answers = parts.answers
    .filter((a) => consented || !contactIds.has(a.criterionId))
    .sort((a, b) => (order.get(a.criterionId) ?? order.size) - (order.get(b.criterionId) ?? order.size));
  const owner = definition.routing.owners.find((o) => o.id === lead.ownerId);
  const ended = outcome && ENDED[lead.status] === outcome.type ? outcome.data : null;
  return {
    id: lead.id,
    status: lead.status,
    decision: lead.decision,
    score: { fit: lead.score.fit, intent: lead.score.intent, total: lead.score.total },
    owner: owner ? { id: owner.id, name: owner.name } : null,
    assignee: lead.assignee,
    answers: answers.map((a) => ({
      criterionId: a.criterionId,
      value: a.value,
      label: salesLabel(definition, definition.criteria.find((c) => c.id === a.criterionId), a.value),
      raw: a.raw,
      source: a.source,
    })),
    contact: consented ? contactOf(definition, answers) : { email: null, name: null, company: null },
    locale: latest.locale,
    channel: first.channel,
    campaign: campaignOf(first.context),
    conversationIds: conversations.map((c) => c.id),
    createdAt: lead.createdAt,
    handedOffAt: lead.handedOffAt,
    outcome: ended ? { amount: ended.amount ?? null, currency: ended.currency ?? null, reason: ended.reason ?? null } : null,
  };
}
