import type { CardedLead, CardStore } from '../slack/card-store.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { SqlDriver } from './driver.js';
import { LEAD_READ, type ReadLeadRow, toLeadState } from './leads.js';

/** The Slack adapter's port: each lead's card, in a row of its own beside the lead (lead_cards, migration 032). */

type CardedRow = ReadLeadRow & { card_channel: string | null; card_ts: string | null };

/** The lead as `readLead` reads it, with its card (`c`: no row while the lead has neither a card nor a reminder clock). */
const CARDED = `SELECT ${LEAD_READ}, c.card_channel, c.card_ts FROM leads l LEFT JOIN lead_cards c ON c.conversation_id = l.conversation_id`;

function carded(row: CardedRow | undefined): CardedLead | null {
  if (!row) return null;
  return {
    ...toLeadState(row),
    card: row.card_channel && row.card_ts ? { channel: row.card_channel, ts: row.card_ts } : null,
    posting: row.card_channel && !row.card_ts ? row.card_channel : null,
  };
}

export function slackCardStore(driver: SqlDriver, clock: Clock): CardStore {
  return {
    async cardedLead(leadId) {
      const [row] = await driver.query<CardedRow>(`${CARDED} WHERE l.conversation_id = $1`, [leadId]);
      return carded(row);
    },

    async leadByCard(card) {
      const [row] = await driver.query<CardedRow>(`${CARDED} WHERE c.card_channel = $1 AND c.card_ts = $2`, [card.channel, card.ts]);
      return carded(row);
    },

    async startPosting(leadId, channel) {
      await driver.query(
        `INSERT INTO lead_cards (conversation_id, card_channel) SELECT conversation_id, $2 FROM leads WHERE conversation_id = $1
         ON CONFLICT (conversation_id) DO UPDATE SET card_channel = excluded.card_channel WHERE lead_cards.card_ts IS NULL`,
        [leadId, channel],
      );
    },

    async recordCard(leadId, card) {
      const rows = await driver.query(
        `WITH l AS (UPDATE leads SET updated_at = $4 WHERE conversation_id = $1 RETURNING conversation_id)
         INSERT INTO lead_cards (conversation_id, card_channel, card_ts) SELECT conversation_id, $2, $3 FROM l
         ON CONFLICT (conversation_id) DO UPDATE SET card_channel = excluded.card_channel, card_ts = excluded.card_ts
         RETURNING conversation_id`,
        [leadId, card.channel, card.ts, clock.now().toISOString()],
      );
      if (rows.length === 0) throw new Error(`no lead ${leadId}`);
    },
  };
}
