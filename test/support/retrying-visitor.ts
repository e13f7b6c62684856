import { randomUUID } from 'node:crypto';
import type { Profile, Reply, StartBody, TurnBody } from '../http/visitor.js';

/** One HTTP attempt as the client saw it. */
export interface Attempt {
  status: number | 'network';
  ms: number;
  retryAfter: string | null;
}

/**
 * A visitor that behaves like the widget when the server misbehaves: a request that fails on the
 * network or answers 503 is sent again, identical (same clientMessageId), until it is answered. It
 * keeps what it sent, what was acknowledged and every attempt, for fault tests to check against
 * what the database holds.
 */
export class RetryingVisitor {
  conversationId = '';
  visitorId = '';
  state: TurnBody['state'] = { asking: null, done: false, qualified: null };
  readonly attempts: Attempt[] = [];
  /** clientMessageIds sent, in order; each was acknowledged (200) before the next was sent. */
  readonly acknowledged: string[] = [];
  private sent = 0;

  constructor(
    readonly baseUrl: () => string,
    readonly profile: Profile,
    private readonly options: { timeoutMs?: number; giveUpAfterMs?: number; pauseMs?: number } = {},
    readonly tag = randomUUID().slice(0, 8),
  ) {}

  private async request(path: string, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
    const deadline = Date.now() + (this.options.giveUpAfterMs ?? 60_000);
    for (;;) {
      const started = performance.now();
      const response = await fetch(this.baseUrl() + path, { ...init, signal: AbortSignal.timeout(this.options.timeoutMs ?? 10_000) }).catch(() => null);
      const attempt: Attempt = { status: response?.status ?? 'network', ms: performance.now() - started, retryAfter: response?.headers.get('retry-after') ?? null };
      this.attempts.push(attempt);
      if (response && response.status !== 503) return response;
      await response?.body?.cancel();
      if (Date.now() > deadline) throw new Error(`${path}: still failing after ${this.options.giveUpAfterMs ?? 60_000} ms`);
      await new Promise((resolve) => setTimeout(resolve, this.options.pauseMs ?? 100));
    }
  }

  async start(body: Record<string, unknown> = { locale: 'en' }): Promise<void> {
    const res = await this.request('/api/conversations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`start answered ${res.status}: ${await res.text()}`);
    const started = (await res.json()) as StartBody;
    this.conversationId = started.conversationId;
    this.visitorId = started.visitorId;
    this.state = started.state;
  }

  /** Sends one reply until it is acknowledged. */
  async say(reply: Reply): Promise<TurnBody> {
    const clientMessageId = `${this.tag}-${++this.sent}`;
    const res = await this.request(`/api/conversations/${this.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kysy-visitor': this.visitorId },
      body: JSON.stringify({ clientMessageId, ...reply }),
    });
    if (res.status !== 200) throw new Error(`message answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as TurnBody;
    this.acknowledged.push(clientMessageId);
    this.state = body.state;
    return body;
  }

  /** The profile's answer to what is asked; with nothing asked, small talk (the conversation goes on). */
  nextReply(): Reply {
    const asking = this.state.asking;
    return asking && this.profile[asking] ? this.profile[asking] : { text: `thanks ${this.sent}` };
  }
}
