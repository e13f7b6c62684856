import type { LeadDefinition } from '../../qualification/definition/schema.js';
import { type Reading, readingAsking, readingOf } from '../engine/reading.js';
import type { RememberedConversation } from '../ports/store.js';
import type { MessageReader } from '../ports/understanding.js';

/**
 * A typed message read before its turn, by `reader` (another thread), against a state of its
 * conversation that may be out of date — the one this process's last turn or start of it left
 * (ConversationStore.remembered) — while this thread takes other turns. Nothing here is trusted: the
 * locked turn keeps the reading only if it was read against the state the turn finds (`readingFor`),
 * and reads the message itself otherwise — a conversation another process or a rep moved on
 * meanwhile, a reader that failed or took too long (undefined).
 */
export function readAhead(reader: MessageReader) {
  return (definition: LeadDefinition, state: RememberedConversation['state'], text: string, now: Date): Promise<Reading | undefined> => {
    const ctx = { locale: state.locale, now, asking: readingAsking(state) };
    return reader.read(definition, text, ctx).then(
      (understanding) => readingOf(definition, text, ctx, understanding),
      () => undefined,
    );
  };
}
