import type { LeadDefinition } from '../../qualification/definition/schema.js';
import type { UnderstandContext, Understanding } from '../../qualification/understand/types.js';

/**
 * Deterministic understanding (`understand`) done away from the thread that serves turns: while a
 * message is read elsewhere, that thread takes other visitors' turns. Gives exactly what
 * `understand(definition, text, ctx)` gives; rejects when it cannot read now (not started yet, busy
 * past its patience, broken), and the caller then reads the message itself: nothing is lost.
 */
export interface MessageReader {
  read(definition: LeadDefinition, text: string, ctx: UnderstandContext): Promise<Understanding>;
}
