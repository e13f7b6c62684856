import type { TurnRead } from './turn-read.js';

/**
 * How many conversations a process remembers its last write of: those being talked in now. Each
 * holds one state (a few kB); the oldest is forgotten first, a closed one at once.
 */
export const REMEMBERED_CONVERSATIONS = 1_000;

/** Client message ids remembered per conversation: a resend is of one of the last few. */
const ANSWERED = 16;

interface Remembered {
  read: TurnRead;
  /** Client message ids this process answered since `read`'s version was the newest it knew, newest last. */
  answered: string[];
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
      return entry && !entry.answered.includes(clientMessageId) ? entry.read : undefined;
    },
    /** After a turn wrote `read` (its version and lead as written) in answer to `clientMessageId`. */
    wrote(read: TurnRead, clientMessageId: string) {
      const { id } = read.conversation;
      const answered = [...(remembered.get(id)?.answered ?? []), clientMessageId].slice(-ANSWERED);
      remembered.delete(id);
      if (read.conversation.state.phase === 'closed') return;
      remembered.set(id, { read, answered });
      // A Map iterates in insertion order: the first key is the conversation written longest ago.
      if (remembered.size > limit) remembered.delete(remembered.keys().next().value!);
    },
    forget(conversationId: string) {
      remembered.delete(conversationId);
    },
  };
}
