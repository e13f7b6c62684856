import { z } from 'zod';
import type { Logger } from '../log/logger.js';

/**
 * New messages for a visitor's open widget, across every server instance: published as a Postgres
 * NOTIFY (PGlite and PostgreSQL alike), each instance LISTENs once and fans out to its own
 * subscribers. The payload carries ids only; the text is read from the store by whoever shows it.
 */

export interface Notifier {
  notify(channel: string, payload: string): Promise<void>;
  listen(channel: string, onPayload: (payload: string) => void): Promise<() => Promise<void>>;
}

export interface LiveHub {
  publish(conversationId: string, messageIds: string[]): Promise<void>;
  /** `onClose` runs when the hub shuts down, so long-lived streams end and the server can stop. */
  subscribe(conversationId: string, listener: (messageIds: string[]) => void, onClose?: () => void): () => void;
  close(): Promise<void>;
}

export const LIVE_CHANNEL = 'kysy_live';

const Payload = z.object({ c: z.string(), m: z.array(z.string()).max(50) });

export async function createLiveHub(notifier: Notifier, logger: Logger): Promise<LiveHub> {
  const listeners = new Map<string, Set<(ids: string[]) => void>>();
  const closers = new Set<() => void>();
  const unlisten = await notifier.listen(LIVE_CHANNEL, (raw) => {
    let payload: z.infer<typeof Payload>;
    try {
      payload = Payload.parse(JSON.parse(raw));
    } catch {
      logger.warn('live: ignored a malformed notification');
      return;
    }
    for (const listener of listeners.get(payload.c) ?? []) listener(payload.m);
  });

  return {
    async publish(conversationId, messageIds) {
      if (messageIds.length === 0) return;
      await notifier.notify(LIVE_CHANNEL, JSON.stringify({ c: conversationId, m: messageIds.slice(0, 50) }));
    },
    subscribe(conversationId, listener, onClose) {
      const set = listeners.get(conversationId) ?? new Set();
      set.add(listener);
      listeners.set(conversationId, set);
      if (onClose) closers.add(onClose);
      return () => {
        set.delete(listener);
        if (set.size === 0) listeners.delete(conversationId);
        if (onClose) closers.delete(onClose);
      };
    },
    async close() {
      for (const close of [...closers]) close();
      closers.clear();
      listeners.clear();
      await unlisten();
    },
  };
}
