import type { Answer } from '../../qualification/answer.js';
import type { Criterion, LeadDefinition } from '../../qualification/definition/schema.js';
import { salesLabel } from '../../bot/lead/labels.js';
import type { CriterionScore } from '../../qualification/score/result.js';
import type { LeadState } from '../../bot/lead/lifecycle.js';
import type { ConversationDetail } from '../../bot/ports/store.js';
import type { CardEvent, CardField, CardLead, ScoreLine } from './card.js';

/**
 * From what the store knows about a conversation to what the card shows. Option ids become the
 * labels sales agreed on (`salesLabel`); free text stays the visitor's own.
 */

const MAX_QUOTES = 6;

function humanise(id: string): string {
  const words = id.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function fields(definition: LeadDefinition, answers: Answer[], categories: Criterion['category'][]): CardField[] {
  return definition.criteria
    .filter((c) => categories.includes(c.category))
    .flatMap((c) => {
      const answer = answers.find((a) => a.criterionId === c.id);
      return answer ? [{ label: humanise(c.id), value: salesLabel(definition, c, answer.value), email: c.type === 'email' }] : [];
    });
}

function scoreLines(definition: LeadDefinition, scores: CriterionScore[], categories: CriterionScore['category'][]): ScoreLine[] {
  return scores
    .filter((s) => categories.includes(s.category))
    .map((s) => ({
      label: humanise(s.id),
      value: salesLabel(definition, definition.criteria.find((c) => c.id === s.id), s.value),
      points: s.points,
      reason: s.reason,
    }));
}

/** The visitor's own words, longest first: typed messages and what answers were read from (not clicks, not contact details). */
function quotes(definition: LeadDefinition, detail: ConversationDetail): string[] {
  const contact = new Set(definition.criteria.filter((c) => c.category === 'contact').map((c) => c.id));
  const skip = new Set(detail.answers.filter((a) => a.source === 'button' || contact.has(a.criterionId)).map((a) => a.raw.trim()));
  const fromAnswers = detail.answers.filter((a) => a.source !== 'button' && a.source !== 'previous').map((a) => a.raw);
  const typed = detail.messages.filter((m) => m.role === 'visitor').map((m) => m.text);
  // A one-word message ("yes", "60", a clicked label) says nothing the facts above do not.
  const unique = [...new Set([...typed, ...fromAnswers].map((t) => t.trim()))].filter((t) => /\S\s+\S/.test(t) && !skip.has(t));
  return unique.sort((a, b) => b.length - a.length).slice(0, MAX_QUOTES);
}

function title(definition: LeadDefinition, answers: Answer[]): string {
  const contact = definition.criteria.filter((c) => c.category === 'contact' && (c.type === 'text' || c.type === 'email'));
  const named = contact.filter((c) => c.type === 'text').flatMap((c) => answers.filter((a) => a.criterionId === c.id).map((a) => String(a.value)));
  const email = contact.filter((c) => c.type === 'email').flatMap((c) => answers.filter((a) => a.criterionId === c.id).map((a) => String(a.value)));
  return (named.length ? named : email).join(' · ') || 'website visitor';
}

export function toCardEvents(record: LeadState | null): CardEvent[] {
  return (record?.actions ?? []).map((a): CardEvent => {
    const by = a.by ?? 'Kysy';
    const d = a.detail;
    const note = typeof d.note === 'string' ? d.note : undefined;
    switch (a.type) {
      case 'accepted':
        return { type: 'accepted', by, at: a.at };
      case 'rejected':
        return { type: 'rejected', by, at: a.at, reason: String(d.reason ?? ''), note };
      case 'reassigned':
        return { type: 'reassigned', by, at: a.at, to: String(d.to ?? '') };
      case 'won':
        return { type: 'won', by, at: a.at, amount: Number(d.amount ?? 0), currency: String(d.currency ?? ''), note };
      case 'lost':
        return { type: 'lost', by, at: a.at, reason: String(d.reason ?? ''), note };
      case 'reminded':
      case 'escalated':
        return { type: a.type, at: a.at };
    }
  });
}

export interface CardLeadInput {
  definition: LeadDefinition;
  detail: ConversationDetail;
  record: LeadState | null;
  /** The owner's Slack user when the lead has no assignee yet. */
  ownerUser: string | null;
  requestedAt: string;
  adminUrl: string;
}

export function toCardLead({ definition, detail, record, ownerUser, requestedAt, adminUrl }: CardLeadInput): CardLead {
  const answers = detail.answers;
  const score = detail.lead?.score;
  const utm = detail.conversation.context.utm ?? {};
  const campaign = [utm.utm_campaign, [utm.utm_source, utm.utm_medium].filter(Boolean).join(' / ')].filter(Boolean).join(' — ');
  return {
    // The buttons act on the lead: the id of its first conversation.
    conversationId: detail.lead?.conversationId ?? detail.conversation.id,
    adminUrl,
    title: title(definition, answers),
    assignee: record?.assignee ?? ownerUser,
    who: fields(definition, answers, ['contact', 'person']),
    company: fields(definition, answers, ['company']),
    fit: { points: score?.fit ?? 0, threshold: definition.thresholds.fit, lines: scoreLines(definition, score?.perCriterion ?? [], ['company', 'person']) },
    intent: { points: score?.intent ?? 0, threshold: definition.thresholds.intent, lines: scoreLines(definition, score?.perCriterion ?? [], ['situation', 'motivation']) },
    quotes: quotes(definition, detail),
    source: { pageUrl: detail.conversation.context.pageUrl, referrer: detail.conversation.context.referrer, campaign: campaign || undefined },
    handedOffAt: record?.handedOffAt ?? requestedAt,
    status: record?.status === 'open' || !record ? 'handed_off' : record.status,
    history: toCardEvents(record),
  };
}
