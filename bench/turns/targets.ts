import { randomUUID } from 'node:crypto';
import type { Locale } from '../../qualification/definition/schema.js';
import type { Choice, Seen } from './visitor.js';

/** One conversation as the load generator drives it, over HTTP on loopback. */
export interface Session {
  seen: Seen;
  /** Sends one typed message; resolves when the answer is back. */
  send(text: string): Promise<void>;
}

/** A server under load: Kysy, or the limit standing in for the cheapest durable turn. */
export interface Target {
  readonly name: string;
  start(locale: Locale): Promise<Session>;
}

interface ApiBody {
  conversationId?: string;
  visitorId?: string;
  messages: Array<{ text: string; choices?: Choice[]; asking?: string | null }>;
  state: { asking: string | null; done: boolean };
}

async function post(url: string, body: unknown, expected: number, headers: Record<string, string> = {}): Promise<ApiBody> {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  if (res.status !== expected) throw new Error(`POST ${new URL(url).pathname} answered ${res.status}: ${(await res.text()).slice(0, 300)}`);
  return (await res.json()) as ApiBody;
}

function seenIn(body: ApiBody): Seen {
  const asked = [...body.messages].reverse().find((m) => m.choices && m.asking === body.state.asking);
  return { asking: body.state.asking, choices: asked?.choices ?? [], done: body.state.done };
}

/** Kysy's public API, exactly as the widget calls it. */
export function kysyTarget(baseUrl: string): Target {
  return {
    name: 'kysy',
    async start(locale) {
      const started = await post(`${baseUrl}/api/conversations`, { locale }, 201);
      const headers = { 'x-kysy-visitor': started.visitorId! };
      const url = `${baseUrl}/api/conversations/${started.conversationId}/messages`;
      const session: Session = {
        seen: seenIn(started),
        async send(text) {
          session.seen = seenIn(await post(url, { clientMessageId: randomUUID(), text }, 200, headers));
        },
      };
      return session;
    },
  };
}

/**
 * The limit answers the same requests with one INSERT each and knows nothing of questions, so the
 * visitor is led through the example definition's questions in order, one message each, as a
 * conversation where every answer is understood would go.
 */
const SCRIPT = ['industry', 'company_size', 'country', 'role', 'decision_power', 'current_tool', 'main_pain', 'timeline', 'budget', 'motivation', 'contact_name', 'contact_email'];

export function limitTarget(baseUrl: string): Target {
  return {
    name: 'limit',
    async start(locale) {
      const started = await post(`${baseUrl}/api/conversations`, { locale }, 201);
      const headers = { 'x-kysy-visitor': started.visitorId! };
      const url = `${baseUrl}/api/conversations/${started.conversationId}/messages`;
      let step = 0;
      const at = () => ({ asking: SCRIPT[step] ?? null, choices: [], done: step >= SCRIPT.length });
      const session: Session = {
        seen: at(),
        async send(text) {
          await post(url, { clientMessageId: randomUUID(), text }, 200, headers);
          step += 1;
          session.seen = at();
        },
      };
      return session;
    },
  };
}
