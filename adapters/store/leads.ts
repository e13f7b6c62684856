import type { LeadActionRecord, LeadState } from '../../bot/lead/lifecycle.js';
import type { LeadStore } from '../../bot/ports/leads.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { SqlDriver, SqlExecutor } from './driver.js';
import { type LeadEventSinks, recordLeadEvents } from './lead-events.js';
import { iso, isoOrNull } from './records.js';
import { insertAudit } from './writes.js';

/**
 * The lead in sales' hands. Rep and SLA actions are kept as audit events typed `lead.<action>`
 * (the card's history, the admin's timeline); the lifecycle decides, this applies under the lead's lock.
 */

const ACTION_PREFIX = 'lead.';

export interface LeadRow {
  conversation_id: string;
  status: LeadState['status'];
  decision: LeadState['decision'];
  owner_id: string | null;
  assignee: string | null;
  handed_off_at: Date | string | null;
  reminders_sent: number;
  definition_version: number;
  card_channel: string | null;
  card_ts: string | null;
}

export const LEAD_COLUMNS = 'conversation_id, status, decision, owner_id, assignee, handed_off_at, reminders_sent, definition_version, card_channel, card_ts';

interface AuditRow {
  actor: string;
  type: string;
  data: Record<string, string | number>;
  at: Date | string;
}

export async function toLeadState(db: SqlExecutor, row: LeadRow): Promise<LeadState> {
  const audit = await db.query<AuditRow>(
    `SELECT actor, type, data, at FROM audit_events WHERE conversation_id = $1 AND type LIKE 'lead.%' ORDER BY seq`,
    [row.conversation_id],
  );
  return {
    id: row.conversation_id,
    status: row.status,
    decision: row.decision,
    ownerId: row.owner_id,
    assignee: row.assignee,
    handedOffAt: isoOrNull(row.handed_off_at),
    remindersSent: row.reminders_sent,
    definitionVersion: row.definition_version,
    actions: audit.map((a) => ({
      type: a.type.slice(ACTION_PREFIX.length) as LeadActionRecord['type'],
      by: a.actor === 'kysy' ? null : a.actor,
      at: iso(a.at),
      detail: a.data,
    })),
  };
}

export async function leadRow(db: SqlExecutor, leadId: string, lock = false): Promise<LeadRow | undefined> {
  const [row] = await db.query<LeadRow>(`SELECT ${LEAD_COLUMNS} FROM leads WHERE conversation_id = $1${lock ? ' FOR UPDATE' : ''}`, [leadId]);
  return row;
}

export function leadStore(driver: SqlDriver, clock: Clock, sinks: LeadEventSinks): LeadStore {
  return {
    async lead(leadId) {
      const row = await leadRow(driver, leadId);
      return row ? toLeadState(driver, row) : null;
    },

    changeLead(leadId, decide) {
      return driver.transaction(async (tx) => {
        const row = await leadRow(tx, leadId, true);
        if (!row) return null;
        const current = await toLeadState(tx, row);
        const change = decide(current);
        if (!change) return null;
        const { nextReminderAt, ...lead } = change.lead;
        const now = clock.now();
        await tx.query(
          `UPDATE leads SET status = $2, assignee = $3, handed_off_at = $4, reminders_sent = $5, next_reminder_at = $6, updated_at = $7
           WHERE conversation_id = $1`,
          [leadId, lead.status, lead.assignee, lead.handedOffAt, lead.remindersSent, nextReminderAt, now.toISOString()],
        );
        const { record } = change;
        if (record) {
          await insertAudit(tx, leadId, { actor: record.by ?? 'kysy', type: `${ACTION_PREFIX}${record.type}`, data: record.detail }, new Date(record.at));
        }
        await recordLeadEvents(tx, leadId, change.events, sinks, now);
        return { ...current, ...lead, actions: record ? [...current.actions, record] : current.actions };
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
        const leads: LeadState[] = [];
        for (const row of rows) leads.push(await toLeadState(tx, row));
        return leads;
      });
    },
  };
}
