import type { LeadView } from '../../../bot/lead/view.js';
import type { ScoreResult } from '../../../qualification/score/result.js';

/** What Kysy made in HubSpot for one lead; ids stay null until made (a nurture lead has no deal). */
export interface HubSpotRecords {
  contactId: string | null;
  companyId: string | null;
  dealId: string | null;
  noteId: string | null;
  portalId: string | null;
  uiDomain: string | null;
}

/** The sync's view of where a lead stands in HubSpot, for the admin lead page. */
export interface HubSpotStatus {
  records: (HubSpotRecords & { syncedAt: string }) | null;
  /** Lead events not yet delivered to HubSpot, and the latest failure among them. */
  pending: number;
  attempts: number;
  lastError: string | null;
}

/** The HubSpot adapter's own port: each lead's HubSpot ids, kept beside the lead. */
export interface HubSpotRecordStore {
  hubspotRecords(leadId: string): Promise<HubSpotRecords | null>;
  /** Remembers the ids; nothing when the lead was erased meanwhile. */
  saveHubSpotRecords(leadId: string, records: HubSpotRecords, now: Date): Promise<void>;
  /** The lead as the world sees it and its stored score (for the note's breakdown); null once erased. */
  hubspotLead(leadId: string): Promise<{ view: LeadView; score: ScoreResult } | null>;
  hubspotStatus(leadId: string): Promise<HubSpotStatus>;
}

const OBJECT_TYPE_IDS = { contact: '0-1', company: '0-2', deal: '0-3' } as const;

/** A record's page in HubSpot's web app; null without the account (its details could not be read). */
export function recordUrl(records: HubSpotRecords, object: keyof typeof OBJECT_TYPE_IDS, id: string): string | null {
  if (!records.portalId || !records.uiDomain) return null;
  return `https://${records.uiDomain}/contacts/${encodeURIComponent(records.portalId)}/record/${OBJECT_TYPE_IDS[object]}/${encodeURIComponent(id)}`;
}
