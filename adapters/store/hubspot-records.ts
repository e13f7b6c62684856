import type { HubSpotRecords, HubSpotRecordStore } from '../crm/hubspot/record-store.js';
import type { ScoreResult } from '../../qualification/score/result.js';
import type { SqlExecutor } from './driver.js';
import { readLeadView } from './lead-view.js';
import { iso } from './records.js';

interface RecordRow {
  contact_id: string | null;
  company_id: string | null;
  deal_id: string | null;
  note_id: string | null;
  portal_id: string | null;
  ui_domain: string | null;
  synced_at: Date | string;
}

const toRecords = (r: RecordRow): HubSpotRecords => ({
  contactId: r.contact_id,
  companyId: r.company_id,
  dealId: r.deal_id,
  noteId: r.note_id,
  portalId: r.portal_id,
  uiDomain: r.ui_domain,
});

/** The HubSpot adapter's port (adapters/crm/hubspot/record-store.ts), table hubspot_records; outbox kind `hubspot`. */
export function hubspotRecordStore(db: SqlExecutor): HubSpotRecordStore {
  const row = async (leadId: string) =>
    (await db.query<RecordRow>('SELECT contact_id, company_id, deal_id, note_id, portal_id, ui_domain, synced_at FROM hubspot_records WHERE lead_id = $1', [leadId]))[0];
  return {
    async hubspotRecords(leadId) {
      const found = await row(leadId);
      return found ? toRecords(found) : null;
    },

    async saveHubSpotRecords(leadId, r, now) {
      await db.query(
        `INSERT INTO hubspot_records (lead_id, contact_id, company_id, deal_id, note_id, portal_id, ui_domain, synced_at)
         SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE EXISTS (SELECT 1 FROM leads WHERE conversation_id = $1)
         ON CONFLICT (lead_id) DO UPDATE SET contact_id = $2, company_id = $3, deal_id = $4, note_id = $5, portal_id = $6, ui_domain = $7, synced_at = $8`,
        [leadId, r.contactId, r.companyId, r.dealId, r.noteId, r.portalId, r.uiDomain, now.toISOString()],
      );
    },

    async hubspotLead(leadId) {
      const view = await readLeadView(db, leadId);
      if (!view) return null;
      const [lead] = await db.query<{ score: ScoreResult }>('SELECT score::json AS score FROM leads WHERE conversation_id = $1', [leadId]);
      return lead ? { view, score: lead.score } : null;
    },

    async hubspotStatus(leadId) {
      const found = await row(leadId);
      const [outbox] = await db.query<{ pending: number; attempts: number | null; last_error: string | null }>(
        `SELECT count(*)::int AS pending, max(attempts) AS attempts,
                (array_agg(last_error ORDER BY attempts DESC) FILTER (WHERE last_error IS NOT NULL))[1] AS last_error
         FROM outbox WHERE kind = 'hubspot' AND conversation_id = $1 AND status = 'pending'`,
        [leadId],
      );
      return {
        records: found ? { ...toRecords(found), syncedAt: iso(found.synced_at) } : null,
        pending: outbox?.pending ?? 0,
        attempts: outbox?.attempts ?? 0,
        lastError: outbox?.last_error ?? null,
      };
    },
  };
}
