/**
 * A person's rights over what Kysy keeps about them (GDPR articles 15 and 17), by the e-mail address
 * they gave: every stored item about them, or all of it erased. Both are recorded in the audit trail
 * (who, when, how much; never the address).
 */

/** Every stored row about the person, per table, as the database holds it. */
export interface PersonExport {
  email: string;
  exportedAt: string;
  visitors: Record<string, unknown>[];
  conversations: Record<string, unknown>[];
  messages: Record<string, unknown>[];
  answers: Record<string, unknown>[];
  consents: Record<string, unknown>[];
  auditEvents: Record<string, unknown>[];
  leads: Record<string, unknown>[];
  leadEvents: Record<string, unknown>[];
  outbox: Record<string, unknown>[];
  reviewItems: Record<string, unknown>[];
}

/** How much an erasure anonymised; the rows themselves stay, so counts over leads and answers hold. */
export interface ErasureCounts {
  visitors: number;
  conversations: number;
  messages: number;
  answers: number;
  leads: number;
  /** Slack cards queued to be redrawn without the person (`chat.update` by the relay worker). */
  cards: number;
}

export interface Erasure {
  id: string;
  at: string;
  counts: ErasureCounts;
}

export interface PeopleStore {
  /** Everything about the person with this e-mail (any case); empty lists when nothing is known. Audited as `person.exported`. */
  exportPerson(email: string, actor: string): Promise<PersonExport>;
  /**
   * Irreversibly anonymises everything about the person in one transaction — texts, answers they typed,
   * contact details, the link to their browser — keeping conversations, leads and choice answers as
   * counts; queues a redraw of their Slack cards. Audited as `person.erased`.
   */
  erasePerson(email: string, actor: string): Promise<Erasure>;
}
