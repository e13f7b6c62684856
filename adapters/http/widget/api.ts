import type { PageContext } from './embed.js';
import { type Check, type Greeting, isGreetingReply, isStarted, isTranscript, isTurn, type Started, type Transcript, type Turn } from './replies.js';

export type { Greeting, Message, Started, Transcript, Turn } from './replies.js';
/** What the host page told `Kysy('identify')`; the server validates it like any answer. */
export interface Known {
  email?: string;
  name?: string;
  company?: string;
  traits?: Record<string, string | number | boolean | string[]>;
}
export type VisitorInput = { text: string } | { choice: string };

export class ApiError extends Error {
  constructor(
    readonly kind: 'offline' | 'rejected' | 'invalid',
    readonly status?: number,
  ) {
    super(`widget api: ${kind}${status ? ` ${status}` : ''}`);
  }
}

export interface ApiOptions {
  origin: string;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** Delay before retry number `attempt` (1-based). */
  backoff?: (attempt: number) => number;
  maxAttempts?: number;
  /** Told when requests start failing and when they get through again. */
  onConnection?: (state: 'reconnecting' | 'online') => void;
}

export interface Api {
  start(body: { locale?: string; visitorId?: string; context: PageContext; known?: Known; greeting?: string }): Promise<Started>;
  send(conversationId: string, visitorId: string, body: { clientMessageId: string; known?: Known } & VisitorInput): Promise<Turn>;
  /** The proactive greeting for `path` (or the one named), null when none applies. */
  greeting(path: string, locale: string | undefined, id?: string): Promise<Greeting | null>;
  /** The visitor's own transcript, or null when the server no longer knows the conversation. */
  transcript(conversationId: string, visitorId: string): Promise<Transcript | null>;
}

const RETRY_STATUS = new Set([408, 429, 500, 502, 503, 504]);
const VISITOR_HEADER = 'X-Kysy-Visitor';

export const defaultBackoff = (attempt: number): number => Math.min(500 * 2 ** (attempt - 1), 8000);

export function createApi(options: ApiOptions): Api {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const backoff = options.backoff ?? defaultBackoff;
  const maxAttempts = options.maxAttempts ?? 8;

  // Every retry repeats the identical request (same clientMessageId), so the server processes it once.
  async function request<T>(path: string, init: RequestInit, check: Check<T>, allow404 = false): Promise<T | null> {
    let failing = false;
    for (let attempt = 1; ; attempt++) {
      const response = await doFetch(options.origin + path, { ...init, credentials: 'omit', cache: 'no-store' }).catch(() => null);
      if (response && !RETRY_STATUS.has(response.status)) {
        if (failing) options.onConnection?.('online');
        if (allow404 && response.status === 404) return null;
        if (!response.ok) throw new ApiError('rejected', response.status);
        const body: unknown = await response.json().catch(() => undefined);
        if (!check(body)) throw new ApiError('invalid', response.status);
        return body;
      }
      if (attempt >= maxAttempts) throw new ApiError('offline', response?.status);
      if (!failing) options.onConnection?.('reconnecting');
      failing = true;
      await sleep(backoff(attempt));
    }
  }

  const json = (body: unknown, visitorId?: string): RequestInit => ({
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(visitorId ? { [VISITOR_HEADER]: visitorId } : {}) },
    body: JSON.stringify(body),
  });
  const id = encodeURIComponent;

  return {
    start: async (body) => (await request('/api/conversations', json(body, body.visitorId), isStarted)) as Started,
    send: async (conversationId, visitorId, body) =>
      (await request(`/api/conversations/${id(conversationId)}/messages`, json(body, visitorId), isTurn)) as Turn,
    greeting: async (path, locale, greeting) => {
      const query = new URLSearchParams({ path, ...(locale ? { locale } : {}), ...(greeting ? { greeting } : {}) });
      return (await request(`/api/greeting?${query}`, {}, isGreetingReply))?.greeting ?? null;
    },
    transcript: (conversationId, visitorId) =>
      request(`/api/conversations/${id(conversationId)}`, { headers: { [VISITOR_HEADER]: visitorId } }, isTranscript, true),
  };
}
