import type { Channel } from '../../bot/ports/store.js';
import type { Locale } from '../../qualification/definition/schema.js';

/** Which conversations the outcome figures are about: started in [from, to), and optionally one segment. */
export interface OutcomeFilter {
  from: string;
  to: string;
  locale?: Locale;
  channel?: Channel;
  /** UTM values of the conversation's context, matched exactly. */
  source?: string;
  medium?: string;
  campaign?: string;
  /** The definition version the conversation ran on. */
  version?: number;
}

/** The WHERE clause over `conversations c`, its parameters $1 to $8. */
export const OUTCOME_WHERE = `c.created_at >= $1 AND c.created_at < $2
  AND ($3::text IS NULL OR c.locale = $3)
  AND ($4::text IS NULL OR c.channel = $4)
  AND ($5::text IS NULL OR c.context->'utm'->>'utm_source' = $5)
  AND ($6::text IS NULL OR c.context->'utm'->>'utm_medium' = $6)
  AND ($7::text IS NULL OR c.context->'utm'->>'utm_campaign' = $7)
  AND ($8::int IS NULL OR c.definition_version = $8)`;

export function outcomeParams(f: OutcomeFilter): unknown[] {
  return [f.from, f.to, f.locale ?? null, f.channel ?? null, f.source ?? null, f.medium ?? null, f.campaign ?? null, f.version ?? null];
}
