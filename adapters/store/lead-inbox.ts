import type { Channel, LeadStatus } from '../../bot/ports/store.js';
import type { Locale } from '../../qualification/definition/schema.js';
import type { Decision, ScoreResult } from '../../qualification/score/result.js';
import type { LeadView } from '../../bot/lead/view.js';
import type { SqlExecutor } from './driver.js';
import { readLeadView } from './lead-view.js';
import { iso, isoOrNull } from './records.js';

/** What the inbox and the CSV export filter on: the conversation the lead came from. */
export interface InboxConditions {
  decision?: Decision;
  status?: LeadStatus;
  ownerId?: string;
  locale?: Locale;
  /** Created at or after this instant (ISO). */
  from?: string;
  /** Created before this instant (ISO, exclusive). */
  to?: string;
  /** Part of the utm_campaign the visitor came with, any case. */
  campaign?: string;
}

export interface InboxFilter extends InboxConditions {
  limit: number;
  offset: number;
  /** The definition's contact criteria: their latest answers are read when the person consented. */
  contactCriteria?: string[];
}

/** The WHERE clause over `conversations c LEFT JOIN leads l`, its parameters from $1 to $7. */
export const INBOX_WHERE = `($1::text IS NULL OR c.decision = $1)
  AND ($2::text IS NULL OR l.status = $2)
  AND ($3::text IS NULL OR l.owner_id = $3)
  AND ($4::text IS NULL OR c.locale = $4)
  AND ($5::timestamptz IS NULL OR c.created_at >= $5)
  AND ($6::timestamptz IS NULL OR c.created_at < $6)
  AND ($7::text IS NULL OR c.context->'utm'->>'utm_campaign' ILIKE $7)`;

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export function inboxParams(filter: InboxConditions): unknown[] {
  return [
    filter.decision ?? null,
    filter.status ?? null,
    filter.ownerId ?? null,
    filter.locale ?? null,
    filter.from ?? null,
    filter.to ?? null,
    filter.campaign ? likePattern(filter.campaign) : null,
  ];
}

export interface InboxRow {
  id: string;
  channel: Channel;
  locale: Locale;
  decision: Decision;
  status: LeadStatus | null;
  ownerId: string | null;
  fit: number | null;
  intent: number | null;
  utm: Record<string, string>;
  /** Latest answers to the contact criteria, only when the person's latest word on consent was yes. */
  contact: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** One thing that happened to a conversation after it started: an audit event or a handoff delivery. */
export interface TimelineEntry {
  at: string;
  type: string;
  actor: string;
  detail: Record<string, unknown>;
}

export interface LeadInboxStore {
  leadInbox(filter: InboxFilter): Promise<InboxRow[]>;
  /** The leads among the inbox's conversations, newest first, as the world outside Kysy sees them (at most `max`). */
  leadViews(conditions: InboxConditions, max: number): Promise<LeadView[]>;
  /** Decisions, consent, handoff requests, rep actions and outbox deliveries, oldest first. */
  leadTimeline(conversationId: string): Promise<TimelineEntry[]>;
}

interface InboxDbRow {
  id: string;
  channel: Channel;
  locale: Locale;
  decision: Decision;
  status: LeadStatus | null;
  owner_id: string | null;
  score: ScoreResult | null;
  utm: Record<string, string> | null;
  contact: Record<string, unknown> | null;
  created_at: Date | string;
  updated_at: Date | string;
}

// Per-question events are the transcript's business; the timeline keeps what changed the lead.
const QUIET_EVENTS = ['question_asked', 'answer_recorded', 'criterion_skipped'];

export function leadInboxStore(db: SqlExecutor): LeadInboxStore {
  return {
    async leadInbox(filter) {
      const rows = await db.query<InboxDbRow>(
        `SELECT c.id, c.channel, c.locale, c.decision, l.status, l.owner_id, l.score::json AS score, c.context->'utm' AS utm, c.created_at, c.updated_at,
           CASE WHEN (SELECT k.granted FROM consents k WHERE k.visitor_id = c.visitor_id ORDER BY k.seq DESC LIMIT 1) THEN
             (SELECT jsonb_object_agg(x.criterion, x.value) FROM (
                SELECT DISTINCT ON (a.criterion) a.criterion, a.value FROM answers a
                WHERE a.conversation_id = c.id AND a.criterion IN (SELECT jsonb_array_elements_text($10::jsonb))
                ORDER BY a.criterion, a.at DESC, a.seq DESC) x)
           END AS contact
         FROM conversations c LEFT JOIN leads l ON l.conversation_id = c.lead_id
         WHERE ${INBOX_WHERE}
         ORDER BY c.created_at DESC, c.id DESC
         LIMIT $8 OFFSET $9`,
        [...inboxParams(filter), filter.limit, filter.offset, JSON.stringify(filter.contactCriteria ?? [])],
      );
      return rows.map((r) => ({
        id: r.id,
        channel: r.channel,
        locale: r.locale,
        decision: r.decision,
        status: r.status,
        ownerId: r.owner_id,
        fit: r.score?.fit ?? null,
        intent: r.score?.intent ?? null,
        utm: r.utm ?? {},
        contact: Object.fromEntries(Object.entries(r.contact ?? {}).map(([k, v]) => [k, String(v)])),
        createdAt: iso(r.created_at),
        updatedAt: iso(r.updated_at),
      }));
    },

    async leadViews(conditions, max) {
      const ids = await db.query<{ id: string }>(
        `SELECT l.conversation_id AS id FROM conversations c JOIN leads l ON l.conversation_id = c.id
         WHERE ${INBOX_WHERE} ORDER BY c.created_at DESC, c.id DESC LIMIT $8`,
        [...inboxParams(conditions), max],
      );
      const views: LeadView[] = [];
      for (const { id } of ids) {
        const view = await readLeadView(db, id);
        if (view) views.push(view);
      }
      return views;
    },

    async leadTimeline(conversationId) {
      const events = await db.query<{ at: Date | string; type: string; actor: string; data: Record<string, unknown> }>(
        `SELECT at, type, actor, data::json AS data FROM audit_events
         WHERE conversation_id = $1 AND NOT (type = ANY($2::text[])) ORDER BY at, seq`,
        [conversationId, QUIET_EVENTS],
      );
      const outbox = await db.query<{
        kind: string;
        created_at: Date | string;
        attempts: number;
        status: string;
        delivered_at: Date | string | null;
        last_error: string | null;
      }>('SELECT kind, created_at, attempts, status, delivered_at, last_error FROM outbox WHERE conversation_id = $1 ORDER BY seq', [conversationId]);
      const entries: TimelineEntry[] = events.map((e) => ({ at: iso(e.at), type: e.type, actor: e.actor, detail: e.data }));
      for (const item of outbox) {
        entries.push({ at: iso(item.created_at), type: `${item.kind}.queued`, actor: 'kysy', detail: {} });
        const deliveredAt = isoOrNull(item.delivered_at);
        if (deliveredAt) entries.push({ at: deliveredAt, type: `${item.kind}.delivered`, actor: 'kysy', detail: { failedAttempts: item.attempts } });
        else if (item.attempts > 0) entries.push({ at: iso(item.created_at), type: `${item.kind}.failing`, actor: 'kysy', detail: { failedAttempts: item.attempts, error: item.last_error ?? '' } });
      }
      return entries.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    },
  };
}
