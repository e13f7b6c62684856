import type { OutboxItem, OutboxStore } from '../../bot/ports/outbox.js';
import type { SqlExecutor } from './driver.js';
import { iso, json } from './records.js';

/** The NOTIFY channel that says "an outbox row of this kind (the payload) was just committed". */
export const OUTBOX_CHANNEL = 'kysy_outbox';

/** Marks an item delivered with what is remembered of the delivery (a lead change settles its own in its write, leads.ts). */
export async function settle(db: SqlExecutor, id: string, result: Record<string, unknown>, now: Date): Promise<void> {
  await db.query(`UPDATE outbox SET status = 'delivered', delivered_at = $2, result = $3, last_error = NULL WHERE id = $1`, [id, now.toISOString(), json(result)]);
}

interface OutboxRow {
  id: string;
  kind: string;
  conversation_id: string;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
  seq: string | number;
}

/**
 * A claim is a lease: the claimed rows' next attempt moves to now + lease, so other workers skip them
 * until the holder marks them, and a crashed holder's rows come due again on their own.
 */
export function outboxStore(db: SqlExecutor, leaseMs: number): OutboxStore {
  return {
    async claimDue(kind, limit, now) {
      const rows = await db.query<OutboxRow>(
        `UPDATE outbox SET next_attempt_at = $3
         WHERE id IN (
           SELECT id FROM outbox
           WHERE kind = $1 AND status = 'pending' AND next_attempt_at <= $2
           ORDER BY next_attempt_at, seq
           LIMIT $4
           FOR UPDATE SKIP LOCKED)
         RETURNING id, kind, conversation_id, payload, attempts, created_at, seq`,
        [kind, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString(), limit],
      );
      return rows
        .sort((a, b) => Number(a.seq) - Number(b.seq))
        .map(
          (r): OutboxItem => ({
            id: r.id,
            kind: r.kind,
            conversationId: r.conversation_id,
            payload: r.payload,
            attempts: r.attempts,
            createdAt: iso(r.created_at),
          }),
        );
    },

    markDelivered: (id, result, now) => settle(db, id, result, now),

    async release(ids, now) {
      if (ids.length === 0) return;
      await db.query(`UPDATE outbox SET next_attempt_at = $2 WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb)) AND status = 'pending'`, [
        json(ids),
        now.toISOString(),
      ]);
    },

    async markFailed(id, error, nextAttemptAt) {
      await db.query(
        `UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = $3 WHERE id = $1 AND status = 'pending'`,
        [id, error, nextAttemptAt.toISOString()],
      );
    },
  };
}

/** The oldest undelivered row of each kind that has one (for the outbox-age metric). */
export async function outboxBacklog(db: SqlExecutor): Promise<Array<{ kind: string; oldest: string }>> {
  const rows = await db.query<{ kind: string; oldest: Date | string }>(`SELECT kind, min(created_at) AS oldest FROM outbox WHERE status = 'pending' GROUP BY kind`);
  return rows.map((r) => ({ kind: r.kind, oldest: iso(r.oldest) }));
}
