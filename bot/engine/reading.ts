import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import type { UnderstandContext, Understanding } from '../../qualification/understand/types.js';
import { understand } from '../../qualification/understand/understand.js';
import type { ConversationState } from '../conversation.js';

/**
 * The criterion a typed message is read against: the question in the air, else the value awaiting
 * the visitor's yes; none while a person is talking with the visitor.
 */
export function readingAsking(state: Pick<ConversationState, 'asking' | 'pending' | 'humanActive'>): string | null {
  if (state.humanActive) return null;
  const { asking, pending } = state;
  if (asking && asking !== 'consent' && !pending) return asking;
  return pending?.criterionId ?? null;
}

/**
 * A typed message understood once, with what it was understood against: the look-ahead (company
 * knowledge, the model) and the engine's turn share it instead of each reading the message again.
 */
export interface Reading extends Understanding {
  readonly definition: LeadDefinition;
  readonly text: string;
  readonly locale: Locale;
  readonly asking: string | null;
  readonly now: Date;
}

export function readMessage(definition: LeadDefinition, state: ConversationState, text: string, now: Date): Reading {
  const ctx = { locale: state.locale, now, asking: readingAsking(state) };
  return readingOf(definition, text, ctx, understand(definition, text, ctx));
}

/** `understanding` of `text` (read elsewhere, say on another thread) as the Reading it is of. */
export function readingOf(definition: LeadDefinition, text: string, ctx: UnderstandContext, { extractions, intents }: Understanding): Reading {
  return { definition, text, locale: ctx.locale, asking: ctx.asking, now: ctx.now, extractions, intents };
}

/**
 * `earlier` when it read this very message against the same definition, language, question and
 * instant (understanding is a pure function of these); otherwise the message read afresh — the
 * state may have moved on between the look-ahead and the locked turn.
 */
export function readingFor(earlier: Reading | undefined, definition: LeadDefinition, state: ConversationState, text: string, now: Date): Reading {
  const fits =
    earlier !== undefined &&
    earlier.definition === definition &&
    earlier.text === text &&
    earlier.locale === state.locale &&
    earlier.asking === readingAsking(state) &&
    earlier.now.getTime() === now.getTime();
  return fits ? earlier : readMessage(definition, state, text, now);
}
