import * as z from 'zod/mini';
import type { PageContext } from './embed.js';

// zod/mini keeps the boundary checked at a fraction of full zod's weight in the bundle.
const Choice = z.object({ id: z.string(), label: z.string() });
const Message = z.object({
  id: z.string(),
  text: z.string(),
  role: z.optional(z.enum(['bot', 'visitor', 'rep'])),
  choices: z.optional(z.nullable(z.array(Choice))),
  asking: z.optional(z.nullable(z.string())),
});
const State = z.object({ asking: z.optional(z.nullable(z.string())), done: z.boolean() });
const Turn = z.object({ messages: z.array(Message), state: State });
const Started = z.extend(Turn, { conversationId: z.string(), visitorId: z.string() });
const Transcript = z.extend(Turn, { conversationId: z.string() });

export type Message = z.infer<typeof Message>;
export type Turn = z.infer<typeof Turn>;
export type Started = z.infer<typeof Started>;
export type Transcript = z.infer<typeof Transcript>;
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
  start(body: { locale?: string; visitorId?: string; context: PageContext }): Promise<Started>;
  send(conversationId: string, visitorId: string, body: { clientMessageId: string } & VisitorInput): Promise<Turn>;
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
  async function request<T>(path: string, init: RequestInit, schema: z.ZodMiniType<T>, allow404 = false): Promise<T | null> {
    let failing = false;
    for (let attempt = 1; ; attempt++) {
      const response = await doFetch(options.origin + path, { ...init, credentials: 'omit', cache: 'no-store' }).catch(() => null);
      if (response && !RETRY_STATUS.has(response.status)) {
        if (failing) options.onConnection?.('online');
        if (allow404 && response.status === 404) return null;
        if (!response.ok) throw new ApiError('rejected', response.status);
        const parsed = schema.safeParse(await response.json().catch(() => undefined));
        if (!parsed.success) throw new ApiError('invalid', response.status);
        return parsed.data;
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
    start: async (body) => (await request('/api/conversations', json(body, body.visitorId), Started)) as Started,
    send: async (conversationId, visitorId, body) =>
      (await request(`/api/conversations/${id(conversationId)}/messages`, json(body, visitorId), Turn)) as Turn,
    transcript: (conversationId, visitorId) =>
      request(`/api/conversations/${id(conversationId)}`, { headers: { [VISITOR_HEADER]: visitorId } }, Transcript, true),
  };
}
