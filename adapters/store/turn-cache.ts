import type { ConversationRecord, RememberedConversation } from '../../bot/ports/store.js';
import type { TurnRead } from './turn-read.js';

/**
 * How many conversations a process remembers its last write of: those being talked in now. Each
 * holds one state (a few kB); the oldest is forgotten first, a closed one at once.
 */
export const REMEMBERED_CONVERSATIONS = 1_000;

/** Client message ids remembered per conversation: a resend is of one of the last few. */
const ANSWERED = 16;

interface Remembered {
  /** The conversation as written, its state a copy of its own: each turn gets a copy of that. */
  conversation: ConversationRecord;
  /** What of the state the read-ahead reads a message against (`remembered`). */
  state: RememberedConversation['state'];
  version: string;
  lead: TurnRead['lead'];
  /** Client message ids this process answered since `read`'s version was the newest it knew, newest last. */
  answered: string[];
}

/**
 * A deep copy of plain data (objects, arrays, strings, numbers, booleans, null): what a parse of its
 * JSON gives, at a fifth of the cost (a state's JSON holds a visitor's words, which JSON.parse reads
 * letter by letter; a copy shares the strings).
 */
function plainCopy<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map((item: unknown) => plainCopy(item)) as T;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = plainCopy((value as Record<string, unknown>)[key]);
  return copy as T;
}

/**
 * The conversation as this process's last turn of it left it (state, row version, lead), so that its
 * next turn needs no read: one round trip instead of two. Nothing here is trusted: the turn's write
 * checks the row version and the lead as it writes (turn-write.ts, GUARDED), so a conversation another
 * process (a non-sticky load balancer's other instance), a rep, an erasure or a purge changed meanwhile
 * makes the write do nothing, and the turn reads and decides again. A message this process already
 * answered is known here and read at once, so its stored reply comes back without `decide`.
 */
export function turnCache(limit = REMEMBERED_CONVERSATIONS) {
  const remembered = new Map<string, Remembered>();
  return {
    /** What the next turn of `conversationId` may be decided on; undefined when it must read (unknown, or a resend). */
    read(conversationId: string, clientMessageId: string): TurnRead | undefined {
      const entry = remembered.get(conversationId);
      if (!entry || entry.answered.includes(clientMessageId)) return undefined;
      // A copy of its own for each turn: a caller may change the state it gets back. Not put through
      // zod again, as a read is (records.ts): a state the engine left, which is plain data that a
      // read's parse of its JSON gives back unchanged (turn-cache.test.ts).
      return { conversation: { ...entry.conversation, state: plainCopy(entry.conversation.state) }, version: entry.version, lead: entry.lead };
    },
    /** What the conversation's last turn or start here left (ConversationStore.remembered). */
    remembered(conversationId: string): RememberedConversation | undefined {
      const entry = remembered.get(conversationId);
      return entry && { definitionVersion: entry.conversation.definitionVersion, state: entry.state };
    },
    /**
     * After a turn wrote `conversation`, now at `version` with `lead`, in answer to `clientMessageId`;
     * or after the conversation was started (no client message yet).
     */
    wrote(conversation: ConversationRecord, written: Pick<Remembered, 'version' | 'lead'>, clientMessageId?: string) {
      const { id, state } = conversation;
      const before = remembered.get(id)?.answered ?? [];
      const answered = clientMessageId === undefined ? before : [...before, clientMessageId].slice(-ANSWERED);
      remembered.delete(id);
      if (state.phase === 'closed') return;
      // A copy: what the writer does to the state it keeps is not what the next turn is decided on.
      const kept = plainCopy(state);
      const { locale, asking, pending, humanActive } = kept;
      remembered.set(id, { conversation: { ...conversation, state: kept }, ...written, state: { locale, asking, pending, humanActive }, answered });
      // A Map iterates in insertion order: the first key is the conversation written longest ago.
      if (remembered.size > limit) remembered.delete(remembered.keys().next().value!);
    },
    forget(conversationId: string) {
      remembered.delete(conversationId);
    },
  };
}

export type TurnCache = ReturnType<typeof turnCache>;
