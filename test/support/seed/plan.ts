import type { Answer } from '../../../qualification/answer.js';
import type { Criterion, LeadDefinition, Locale } from '../../../qualification/definition/schema.js';
import { route } from '../../../qualification/route/route.js';
import type { Decision, ScoreResult } from '../../../qualification/score/result.js';
import { score } from '../../../qualification/score/score.js';
import type { LeadStatus } from '../../../bot/lead/status.js';
import type { Channel } from '../../../bot/ports/store.js';
import { seededRandom } from '../seeded-random.js';

/**
 * A deterministic, realistic history of conversations and what sales did with them, for tests that
 * need numbers to check (funnel, ROI, lift) and for the 100,000-conversation timing run. The
 * answers are drawn from the definition's own options, scored and routed by the real code; each
 * visitor has a hidden "quality" that makes good answers and acceptance go together, as in life.
 */

export interface SeedAction {
  type: 'accepted' | 'rejected' | 'won' | 'lost';
  by: string;
  at: string;
  detail: Record<string, string | number>;
}

export interface SeedLead {
  score: ScoreResult;
  ownerId: string;
  status: LeadStatus;
  assignee: string | null;
  handedOffAt: string | null;
  actions: SeedAction[];
}

export interface SeedConversation {
  id: string;
  visitorId: string;
  createdAt: string;
  locale: Locale;
  channel: Channel;
  utm: Record<string, string>;
  definitionVersion: number;
  answers: Answer[];
  decision: Decision;
  /** Null for a visitor who answered nothing. */
  lead: SeedLead | null;
}

export interface SeedOptions {
  seed: number;
  conversations: number;
  /** The first conversation's day (UTC); the rest spread over `days`. */
  start: string;
  days: number;
  /** Versions the conversations are split across, in order of time (all of the same definition). */
  versions: number[];
}

/** Campaigns with the share of traffic they bring and how good their visitors tend to be. */
export const SEED_CAMPAIGNS = [
  { utm: {}, share: 0.35, quality: 0.45 },
  { utm: { utm_source: 'google', utm_medium: 'cpc', utm_campaign: 'hvac_search' }, share: 0.3, quality: 0.5 },
  { utm: { utm_source: 'linkedin', utm_medium: 'paid', utm_campaign: 'owners_webinar' }, share: 0.15, quality: 0.7 },
  { utm: { utm_source: 'newsletter', utm_medium: 'email', utm_campaign: 'december' }, share: 0.2, quality: 0.35 },
] as const;

export const REJECT_REASONS = ['Too small', 'Wrong industry', 'Outside our markets', 'No budget', 'Spam or test'];
export const LOST_REASONS = ['Price', 'Chose a competitor', 'Bad timing', 'No decision made'];

const MINUTE = 60_000;

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

/** A value for the criterion: a good visitor leans towards the options worth more points. */
function valueFor(criterion: Criterion, quality: number, random: () => number): Answer['value'] | null {
  switch (criterion.type) {
    case 'choice':
    case 'multi': {
      const byPoints = [...criterion.options].sort((a, b) => (a.points ?? 0) - (b.points ?? 0));
      const lean = Math.min(0.999, Math.max(0, quality + (random() - 0.5) * 0.8));
      const chosen = byPoints[Math.floor(lean * byPoints.length)]!.id;
      if (criterion.type === 'choice') return chosen;
      const other = pick(random, criterion.options).id;
      return other === chosen || random() < 0.5 ? [chosen] : [chosen, other];
    }
    case 'number':
      return Math.max(1, Math.round(Math.exp(random() * 3 + quality * 3)));
    case 'yes_no':
      return random() < quality ? 'yes' : 'no';
    default:
      return null; // contact details: not part of the numbers
  }
}

const uuid = (random: () => number) =>
  'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, (c) => {
    const r = Math.floor(random() * 16);
    return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
  });

export function planSeed(definition: LeadDefinition, options: SeedOptions): SeedConversation[] {
  const random = seededRandom(options.seed);
  const start = Date.parse(`${options.start}T00:00:00Z`);
  const span = options.days * 86_400_000;
  const asked = definition.criteria.filter((c) => c.category !== 'contact');
  const owners = new Map(definition.routing.owners.map((o) => [o.id, o.slackUser ?? o.id]));
  const reps = [...owners.values()];
  const conversations: SeedConversation[] = [];
  for (let i = 0; i < options.conversations; i++) {
    // Spread evenly with jitter, so time order is index order and days fill alike.
    const at = start + Math.floor(((i + random()) / options.conversations) * span);
    const iso = (ms: number) => new Date(ms).toISOString();
    const draw = random();
    let acc = 0;
    const campaign = SEED_CAMPAIGNS.find((c) => (acc += c.share) > draw) ?? SEED_CAMPAIGNS[0];
    const quality = Math.min(1, Math.max(0, campaign.quality + (random() - 0.5) * 0.6));
    const conversation: SeedConversation = {
      id: uuid(random),
      visitorId: uuid(random),
      createdAt: iso(at),
      locale: pick(random, definition.locales),
      channel: random() < 0.85 ? 'web' : 'botframework',
      utm: { ...campaign.utm },
      definitionVersion: options.versions[Math.min(options.versions.length - 1, Math.floor((i / options.conversations) * options.versions.length))]!,
      answers: [],
      decision: 'incomplete',
      lead: null,
    };
    conversations.push(conversation);
    if (random() > 0.72) continue; // left without answering
    const finished = random() < 0.65;
    const count = finished ? asked.length : 1 + Math.floor(random() * (asked.length - 1));
    for (const [n, criterion] of asked.slice(0, count).entries()) {
      const value = valueFor(criterion, quality, random);
      if (value === null) continue;
      conversation.answers.push({ criterionId: criterion.id, value, raw: String(value), source: 'button', confidence: 1, at: iso(at + (n + 1) * 20_000) });
    }
    const result = score(definition, conversation.answers);
    conversation.decision = result.decision;
    const ownerId = route(definition, conversation.answers).id;
    const lead: SeedLead = { score: result, ownerId, status: 'open', assignee: null, handedOffAt: null, actions: [] };
    conversation.lead = lead;
    if (result.decision !== 'sales_ready' || random() > 0.93) continue;
    const handedOff = at + (count + 2) * 20_000;
    lead.status = 'handed_off';
    lead.handedOffAt = iso(handedOff);
    lead.assignee = owners.get(ownerId) ?? ownerId;
    if (random() < 0.06) continue; // nobody has acted yet
    // Minutes to the first action: most within the hour, a long tail to days.
    const waited = Math.round(Math.exp(random() * 4 + 1.5) * MINUTE);
    const by = random() < 0.85 ? lead.assignee : pick(random, reps);
    if (random() > 0.25 + 0.65 * quality) {
      lead.status = 'rejected';
      lead.actions.push({ type: 'rejected', by, at: iso(handedOff + waited), detail: { reason: pick(random, REJECT_REASONS) } });
      continue;
    }
    lead.status = 'accepted';
    lead.assignee = by;
    lead.actions.push({ type: 'accepted', by, at: iso(handedOff + waited), detail: {} });
    const closedAt = iso(handedOff + waited + Math.round((1 + random() * 30) * 86_400_000));
    const close = random();
    if (close < 0.15 + 0.55 * quality) {
      const amount = Math.round(2_000 + quality * 30_000 * (0.5 + random())) ;
      lead.status = 'won';
      lead.actions.push({ type: 'won', by, at: closedAt, detail: { amount, currency: 'EUR' } });
    } else if (close < 0.85) {
      lead.status = 'lost';
      lead.actions.push({ type: 'lost', by, at: closedAt, detail: { reason: pick(random, LOST_REASONS) } });
    }
  }
  return conversations;
}
