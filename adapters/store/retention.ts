import type { RetentionStore } from '../../bot/ports/retention.js';
import type { SqlDriver } from './driver.js';

/** Statuses in which a lead belongs to sales: never purged, whatever its age. */
const SALES_STATUSES = `('handed_off', 'accepted', 'won', 'lost')`;

/**
 * Last active before $1, its lead not in sales' hands, its visitor never consented. The day it was
 * last active (active_on) is what is indexed (migration 014: an index on updated_at, which every turn
 * changes, would cost each turn a new entry in every index of the table); it follows from updated_at < $1.
 */
const EXPIRED = `c.active_on <= ($1::timestamptz AT TIME ZONE 'UTC')::date AND c.updated_at < $1
  AND NOT EXISTS (SELECT 1 FROM leads l WHERE l.conversation_id = c.lead_id AND l.status IN ${SALES_STATUSES})
  AND NOT EXISTS (SELECT 1 FROM consents k WHERE k.visitor_id = c.visitor_id AND k.granted)`;

/**
 * One batch is one transaction: claim conversations (SKIP LOCKED, so another purger or a turn in
 * progress is passed over), lock their leads so a rep's action or a card being recorded finishes
 * first, then delete what still qualifies, judged on fresh data. The claim is FOR NO KEY UPDATE so
 * a lead action already holding its lead can still add its audit row to the conversation and commit,
 * rather than deadlock with us. Every table hanging off a conversation cascades with it.
 */
export function retentionStore(driver: SqlDriver): RetentionStore {
  return {
    purgeExpired(before, limit) {
      return driver.transaction(async (tx) => {
        const claimed = await tx.query<{ id: string }>(
          `SELECT c.id FROM conversations c WHERE ${EXPIRED}
           ORDER BY c.active_on, c.updated_at LIMIT $2
           FOR NO KEY UPDATE OF c SKIP LOCKED`,
          [before.toISOString(), limit],
        );
        if (claimed.length === 0) return 0;
        const ids = JSON.stringify(claimed.map((r) => r.id));
        await tx.query(
          `SELECT conversation_id FROM leads WHERE conversation_id IN (SELECT lead_id FROM conversation_records WHERE id IN (SELECT jsonb_array_elements_text($1::jsonb))) ORDER BY conversation_id FOR UPDATE`,
          [ids],
        );
        const deleted = await tx.query<{ id: string }>(
          `DELETE FROM conversation_records WHERE id IN (SELECT c.id FROM conversations c WHERE c.id IN (SELECT jsonb_array_elements_text($2::jsonb)) AND ${EXPIRED})
           RETURNING id`,
          [before.toISOString(), ids],
        );
        return deleted.length;
      });
    },
  };
}
