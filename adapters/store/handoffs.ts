import type { Clock } from '../../bot/ports/runtime.js';
import type { Decision } from '../../qualification/score/result.js';
import type { HandoffRecord, HandoffStore, LeadAction, LeadStatus, StoredMessage } from '../../bot/ports/store.js';
import { actionEvents } from '../../bot/lead/events.js';
import { findConversation } from './conversations.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { type LeadEventSinks, recordLeadEvents } from './lead-events.js';
import { iso, isoOrNull, json, MESSAGE_COLUMNS, type MessageRow, toMessage } from './records.js';
import { insertAudit, insertMessage } from './writes.js';

/**
 * The lead after the handoff: where its card is, who holds it, what reps did (audit events typed
 * `lead.<action>`), SLA reminders, and what reps wrote to the visitor.
 */

const ACTION_PREFIX = 'lead.';

interface LeadRow {
  conversation_id: string;
  status: LeadStatus;
  owner_id: string | null;
  assignee: string | null;
  card_channel: string | null;
  card_ts: string | null;
  handed_off_at: Date | string | null;
  reminders_sent: number;
}

interface AuditRow {
  actor: string;
  type: string;
  data: Record<string, string | number>;
  at: Date | string;
}

const LEAD_COLUMNS = 'conversation_id, status, owner_id, assignee, card_channel, card_ts, handed_off_at, reminders_sent';

async function recordOf(db: SqlExecutor, row: LeadRow | undefined): Promise<HandoffRecord | null> {
  if (!row) return null;
  const audit = await db.query<AuditRow>(
    `SELECT actor, type, data, at FROM audit_events WHERE conversation_id = $1 AND type LIKE 'lead.%' ORDER BY seq`,
    [row.conversation_id],
  );
  return {
    conversationId: row.conversation_id,
    status: row.status,
    ownerId: row.owner_id,
    assignee: row.assignee,
    card: row.card_channel && row.card_ts ? { channel: row.card_channel, ts: row.card_ts } : null,
    posting: row.card_channel && !row.card_ts ? row.card_channel : null,
    handedOffAt: isoOrNull(row.handed_off_at),
    remindersSent: row.reminders_sent,
    actions: audit.map((a) => ({
      type: a.type.slice(ACTION_PREFIX.length) as LeadAction['type'],
      by: a.actor === 'kysy' ? null : a.actor,
      at: iso(a.at),
      detail: a.data,
    })),
  };
}

async function lead(db: SqlExecutor, conversationId: string, lock = false): Promise<LeadRow | undefined> {
  const [row] = await db.query<LeadRow>(`SELECT ${LEAD_COLUMNS} FROM leads WHERE conversation_id = $1${lock ? ' FOR UPDATE' : ''}`, [conversationId]);
  return row;
}

const audit = (tx: SqlExecutor, conversationId: string, action: LeadAction) =>
  insertAudit(tx, conversationId, { actor: action.by ?? 'kysy', type: `${ACTION_PREFIX}${action.type}`, data: action.detail }, new Date(action.at));

export function handoffStore(driver: SqlDriver, clock: Clock, sinks: LeadEventSinks): HandoffStore {
  return {
    async handoff(conversationId) {
      return recordOf(driver, await lead(driver, conversationId));
    },

    async handoffByCard(card) {
      const [row] = await driver.query<LeadRow>(`SELECT ${LEAD_COLUMNS} FROM leads WHERE card_channel = $1 AND card_ts = $2`, [card.channel, card.ts]);
      return recordOf(driver, row);
    },

    async startPosting(conversationId, channel) {
      await driver.query('UPDATE leads SET card_channel = $2 WHERE conversation_id = $1 AND card_ts IS NULL', [conversationId, channel]);
    },

    async recordCard(conversationId, card, assignee, nextReminderAt, now) {
      const rows = await driver.query(
        `UPDATE leads SET card_channel = $2, card_ts = $3, assignee = COALESCE($4, assignee),
           handed_off_at = COALESCE(handed_off_at, $6),
           reminders_sent = 0,
           next_reminder_at = CASE WHEN status IN ('open', 'handed_off') THEN $5::timestamptz ELSE NULL END,
           updated_at = $6
         WHERE conversation_id = $1 RETURNING conversation_id`,
        [conversationId, card.channel, card.ts, assignee, nextReminderAt?.toISOString() ?? null, now.toISOString()],
      );
      if (rows.length === 0) throw new Error(`no lead for conversation ${conversationId}`);
    },

    handedOff(conversationId, now) {
      return driver.transaction(async (tx) => {
        const [row] = await tx.query<{ decision: string }>(
          `UPDATE leads SET status = 'handed_off', handed_off_at = COALESCE(handed_off_at, $2), updated_at = $2
           WHERE conversation_id = $1 AND status = 'open' RETURNING decision`,
          [conversationId, now.toISOString()],
        );
        if (!row) return false;
        await recordLeadEvents(tx, conversationId, [{ type: 'lead.handed_off', data: { decision: row.decision as Decision } }], sinks, now);
        return true;
      });
    },

    act(conversationId, action, from, change) {
      return driver.transaction(async (tx) => {
        const current = await lead(tx, conversationId, true);
        if (!current || !from.includes(current.status)) return null;
        const status = change.status ?? current.status;
        await tx.query(
          `UPDATE leads SET status = $2, assignee = COALESCE($3, assignee),
             next_reminder_at = CASE WHEN $2 IN ('open', 'handed_off') THEN next_reminder_at ELSE NULL END, updated_at = $4
           WHERE conversation_id = $1`,
          [conversationId, status, change.assignee ?? null, clock.now().toISOString()],
        );
        await audit(tx, conversationId, action);
        await recordLeadEvents(tx, conversationId, actionEvents(action), sinks, clock.now());
        return recordOf(tx, await lead(tx, conversationId));
      });
    },

    claimReminders(now, limit, leaseUntil) {
      return driver.transaction(async (tx) => {
        const rows = await tx.query<LeadRow>(
          `UPDATE leads SET next_reminder_at = $3
           WHERE conversation_id IN (
             SELECT conversation_id FROM leads
             WHERE status = 'handed_off' AND card_ts IS NOT NULL AND next_reminder_at <= $1
             ORDER BY next_reminder_at LIMIT $2
             FOR UPDATE SKIP LOCKED)
           RETURNING ${LEAD_COLUMNS}`,
          [now.toISOString(), limit, leaseUntil.toISOString()],
        );
        const records: HandoffRecord[] = [];
        for (const row of rows) records.push((await recordOf(tx, row)) as HandoffRecord);
        return records;
      });
    },

    reminded(conversationId, action, nextReminderAt) {
      return driver.transaction(async (tx) => {
        await tx.query(
          `UPDATE leads SET reminders_sent = reminders_sent + 1,
             next_reminder_at = CASE WHEN status IN ('open', 'handed_off') THEN $2::timestamptz ELSE NULL END, updated_at = $3
           WHERE conversation_id = $1`,
          [conversationId, nextReminderAt?.toISOString() ?? null, clock.now().toISOString()],
        );
        await audit(tx, conversationId, action);
      });
    },

    addRepMessage(conversationId, externalId, decide) {
      return driver.transaction(async (tx) => {
        const conversation = await findConversation(tx, conversationId, true);
        if (!conversation) return { kind: 'not_found' } as const;
        const seen = await tx.query<MessageRow>(`SELECT ${MESSAGE_COLUMNS} FROM messages WHERE conversation_id = $1 AND external_id = $2`, [conversationId, externalId]);
        if (seen.length) return { kind: 'duplicate', messages: seen.map(toMessage) } as const;
        const commit = decide(conversation);
        const now = clock.now();
        const messages: StoredMessage[] = [];
        for (const m of commit.messages) {
          messages.push(await insertMessage(tx, conversationId, { role: m.role, text: m.text, ...(m.role === 'rep' ? { externalId } : {}) }, now));
        }
        await tx.query('UPDATE conversations SET state = $2, updated_at = $3 WHERE id = $1', [conversationId, json(commit.state), now.toISOString()]);
        return { kind: 'processed', messages } as const;
      });
    },
  };
}
