import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import type { UnderstandContext } from '../../qualification/understand/types.js';
import type { ConversationState } from '../conversation.js';
import { type Reading, readingAsking, readingOf } from '../engine/reading.js';
import type { MessageReader } from '../ports/understanding.js';

/** Conversations whose last state this process remembers: those being talked in now (the oldest is forgotten first). */
export const REMEMBERED_CONVERSATIONS = 1_000;

/** What a message of a conversation is read against, as this process's own last turn (or start) of it left it. */
interface LastSeen {
  definition: LeadDefinition;
  locale: Locale;
  asking: string | null;
}

/**
 * A typed message read before its turn, by `reader` (another thread), against what this process last
 * saw of the conversation, while this thread takes other turns. Nothing here is trusted: the locked
 * turn keeps the reading only if it was read against the state the turn finds (`readingFor`), and
 * reads the message itself otherwise — a conversation it never saw, one another process or a rep
 * moved on meanwhile, a reader that failed or took too long.
 */
export function readAhead(reader: MessageReader, limit = REMEMBERED_CONVERSATIONS) {
  const seen = new Map<string, LastSeen>();
  const readOn = (definition: LeadDefinition, text: string, ctx: UnderstandContext) =>
    reader.read(definition, text, ctx).then(
      (understanding) => readingOf(definition, text, ctx, understanding),
      () => undefined,
    );
  return {
    /** After this process's turn or start of `conversationId` left it at `state`, on `definition`. */
    saw(conversationId: string, definition: LeadDefinition, state: ConversationState) {
      seen.delete(conversationId);
      if (state.phase === 'closed') return;
      seen.set(conversationId, { definition, locale: state.locale, asking: readingAsking(state) });
      // A Map iterates in insertion order: the first key is the conversation seen longest ago.
      if (seen.size > limit) seen.delete(seen.keys().next().value!);
    },
    /** `text` read against what was last seen of the conversation; undefined when nothing was, or the reader could not. */
    read(conversationId: string, text: string, now: Date): Promise<Reading | undefined> {
      const last = seen.get(conversationId);
      return last ? readOn(last.definition, text, { locale: last.locale, now, asking: last.asking }) : Promise.resolve(undefined);
    },
    /** `text` read against `state` as it is now (the look-ahead's); undefined when the reader could not. */
    readNow(definition: LeadDefinition, state: ConversationState, text: string, now: Date): Promise<Reading | undefined> {
      return readOn(definition, text, { locale: state.locale, now, asking: readingAsking(state) });
    },
  };
}
