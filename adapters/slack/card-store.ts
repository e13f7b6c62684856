import type { LeadState } from '../../bot/lead/lifecycle.js';

/** Where a handoff card lives in Slack: the channel id and the message ts. */
export interface CardRef {
  channel: string;
  ts: string;
}

export interface CardedLead extends LeadState {
  card: CardRef | null;
  /** A post of the card to this channel was started and not yet recorded (it may have reached Slack). */
  posting: string | null;
}

/** The Slack adapter's own port: the card of each lead, kept beside the lead. */
export interface CardStore {
  cardedLead(leadId: string): Promise<CardedLead | null>;
  /** The lead whose card (or whose card's thread) this is. */
  leadByCard(card: CardRef): Promise<CardedLead | null>;
  /** Notes that a card is about to be posted to `channel`, so a retry knows to look for it first. */
  startPosting(leadId: string, channel: string): Promise<void>;
  /** Remembers where the lead's card is now (posted, or moved to someone else's DM). */
  recordCard(leadId: string, card: CardRef): Promise<void>;
}
