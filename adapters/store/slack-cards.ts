import type { CardedLead, CardStore } from '../slack/card-store.js';
import type { Clock } from '../../bot/ports/runtime.js';
import type { SqlDriver } from './driver.js';
import { LEAD_READ, type ReadLeadRow, readLead, toLeadState } from './leads.js';

/** The Slack adapter's port: each lead's card, in the lead's row (card_channel, card_ts). */

function carded(row: ReadLeadRow | undefined): CardedLead | null {
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
      return carded(await readLead(driver, leadId));
    },

    async leadByCard(card) {
      const [row] = await driver.query<ReadLeadRow>(`SELECT ${LEAD_READ} FROM leads l WHERE l.card_channel = $1 AND l.card_ts = $2`, [card.channel, card.ts]);
      return carded(row);
    },

    async startPosting(leadId, channel) {
      await driver.query('UPDATE leads SET card_channel = $2 WHERE conversation_id = $1 AND card_ts IS NULL', [leadId, channel]);
    },

    async recordCard(leadId, card) {
      const rows = await driver.query('UPDATE leads SET card_channel = $2, card_ts = $3, updated_at = $4 WHERE conversation_id = $1 RETURNING conversation_id', [
        leadId,
        card.channel,
        card.ts,
        clock.now().toISOString(),
      ]);
      if (rows.length === 0) throw new Error(`no lead ${leadId}`);
    },
  };
}
