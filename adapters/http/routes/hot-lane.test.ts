import { connect } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationState } from '../../../bot/conversation.js';
import type { ConversationRecord, StoredMessage } from '../../../bot/ports/store.js';
import type { ConversationService } from '../../../bot/service/types.js';
import { createLogger } from '../../log/logger.js';
import { metrics } from '../../observability/metrics.js';
import { DatabaseUnavailable } from '../../store/unavailable.js';
import { createApp } from '../app.js';
import { listen, type RunningServer } from '../server.js';

// The hot lane answers the two conversation requests before Express's router; any other shape of
// the same request (here: with a query string) goes down the router. Both must answer alike.
const VISITOR = 'visitor-0123456789abcdef';
const state = { asking: 'industry', phase: 'qualifying', decision: 'incomplete', humanActive: false } as ConversationState;
const conversation = { id: 'c1', visitorId: VISITOR, state } as ConversationRecord;
const bot: StoredMessage = { id: 'm1', conversationId: 'c1', role: 'bot', text: 'Hi <b>there</b> – ✓', choices: [{ id: 'hvac', label: 'HVAC' }], asking: 'industry', createdAt: '' };

const calls: unknown[] = [];
const service: ConversationService = {
  open: async (request) => {
    calls.push(request);
    if (request.context?.pageUrl === 'https://down.example/') throw new DatabaseUnavailable(new Error('ECONNREFUSED'));
    if (request.context?.pageUrl === 'https://boom.example/') throw new Error('a bug');
    return { conversation, messages: [bot], created: true };
  },
  message: async (request) => {
    calls.push(request);
    const id = 'conversationId' in request.conversation ? request.conversation.conversationId : null;
    return id === 'c1' ? { kind: 'processed', conversationId: id, messages: [bot], state } : { kind: 'not_found' };
  },
  transcript: async () => null,
  greeting: async () => null,
};

const appWith = (rateLimitPerMinute: number) =>
  createApp({ service, ready: async () => true, logger: createLogger('silent'), widgetOrigins: ['https://www.customer.example'], ownOrigin: 'http://localhost:3000', rateLimitPerMinute, trustProxy: false });

let server: RunningServer;
beforeAll(async () => {
  server = await listen(appWith(10_000), 0, '127.0.0.1');
});
afterAll(() => server.close());

const json = { 'content-type': 'application/json' };
/** Everything a client sees of an answer, but the parts that differ per request (date, request id, requests left). */
async function seen(res: Response) {
  const headers = Object.fromEntries([...res.headers].filter(([name]) => !['date', 'x-request-id', 'ratelimit'].includes(name)));
  return { status: res.status, headers, body: await res.text() };
}

/** The request down the lane and down the router, with what the client saw and what the service was asked each time. */
async function both(path: string, body: string | Blob, headers: Record<string, string>, url = server.url) {
  const answers = [];
  for (const suffix of ['', '?via=router']) {
    calls.length = 0;
    const res = await fetch(url + path + suffix, { method: 'POST', body, headers });
    answers.push({ ...(await seen(res)), calls: [...calls] });
  }
  return answers;
}

const visitor = { ...json, 'x-kysy-visitor': VISITOR };
const message = JSON.stringify({ clientMessageId: 'm-1', text: 'We are 40 people' });

describe('the hot lane', () => {
  it.each([
    ['a start with a locale and languages', '/api/conversations', '{"locale":"fi"}', { ...json, 'accept-language': 'sv-SE,sv;q=0.9' }, 201],
    ['a start with an empty body', '/api/conversations', '', json, 201],
    ['a start with a byte order mark', '/api/conversations', '\ufeff{"locale":"sv"}', json, 201],
    ['a start with charset=utf-8', '/api/conversations', '{}', { 'content-type': 'application/json; charset=utf-8' }, 201],
    ['a start whose context carries NUL and lone surrogates', '/api/conversations', '{"context":{"pageUrl":"https://x.example/\\ud800\\u0000"}}', json, 201],
    ['a start from a widget origin', '/api/conversations', '{}', { ...json, origin: 'https://www.customer.example' }, 201],
    ['a start from a stranger origin', '/api/conversations', '{}', { ...json, origin: 'https://evil.example' }, 201],
    ['a gzip-compressed start', '/api/conversations', new Blob([gzipSync('{"locale":"fi"}')]), { ...json, 'content-encoding': 'gzip' }, 201],
    ['a body over the limit', '/api/conversations', JSON.stringify({ context: { pageUrl: 'x'.repeat(17_000) } }), json, 413],
    ['a text/plain body', '/api/conversations', '{}', { 'content-type': 'text/plain' }, 415],
    ['a body in another charset', '/api/conversations', '{}', { 'content-type': 'application/json; charset=latin1' }, 415],
    ['malformed JSON', '/api/conversations', '{"locale":', json, 400],
    ['a JSON string, not an object', '/api/conversations', '"hello"', json, 400],
    ['whitespace only', '/api/conversations', '  \n ', json, 400],
    ['nesting too deep', '/api/conversations', `{"context":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`, json, 400],
    ['an invalid field', '/api/conversations', '{"locale":5}', json, 400],
    ['a database outage', '/api/conversations', '{"context":{"pageUrl":"https://down.example/"}}', json, 503],
    ['a bug', '/api/conversations', '{"context":{"pageUrl":"https://boom.example/"}}', json, 500],
    ['a message', '/api/conversations/c1/messages', message, visitor, 200],
    ['a message to an unknown conversation', '/api/conversations/c2/messages', message, visitor, 404],
    ['a message without the visitor', '/api/conversations/c1/messages', message, json, 400],
    ['a message with a bad visitor id', '/api/conversations/c1/messages', message, { ...json, 'x-kysy-visitor': 'short' }, 400],
    ['a message with both text and choice', '/api/conversations/c1/messages', '{"clientMessageId":"m-2","text":"hi","choice":"hvac"}', visitor, 400],
    ['a message without a client id', '/api/conversations/c1/messages', '{"text":"hi"}', visitor, 400],
  ])('answers %s as the router does', async (_name, path, body, headers, status) => {
    const [lane, router] = await both(path, body, headers);
    expect(lane!.status).toBe(status);
    expect(lane).toEqual(router);
  });

  it('labels a request whose body it refuses by the declared route, as the router does', async () => {
    const observed = async (route: string, status: number) =>
      (await metrics.httpDuration.get()).values.find((v) => v.metricName?.endsWith('_count') && v.labels.route === route && v.labels.status === String(status))?.value ?? 0;
    const route = '/api/conversations/:id/messages';
    const before = await observed(route, 400);
    await both('/api/conversations/c1/messages', '{"text":', visitor);
    await new Promise((resolve) => setImmediate(resolve));
    expect((await observed(route, 400)) - before).toBe(2);
  });

  it('reads a body that comes in pieces, a character split between them, as the router does', async () => {
    const body = Buffer.from('{"context":{"pageUrl":"https://x.example/ä✓"}}');
    const cut = body.indexOf('✓') + 1;
    const answers = [];
    for (const suffix of ['', '?via=router']) {
      calls.length = 0;
      const head = `POST /api/conversations${suffix} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n`;
      const socket = connect(server.port, '127.0.0.1');
      const reply = new Promise<string>((resolve) => {
        let text = '';
        socket.on('data', (chunk) => (text += chunk)).on('end', () => resolve(text));
      });
      socket.write(Buffer.concat([Buffer.from(head), body.subarray(0, cut)]));
      await new Promise((resolve) => setTimeout(resolve, 30));
      socket.write(body.subarray(cut));
      answers.push({ status: (await reply).split(' ')[1], calls: [...calls] });
    }
    expect(answers[0]).toEqual({ status: '201', calls: [expect.objectContaining({ context: { pageUrl: 'https://x.example/ä✓' } })] });
    expect(answers[0]).toEqual(answers[1]);
  });

  it('counts its requests against the same rate limit as the router, and refuses alike', async () => {
    const limited = await listen(appWith(4), 0, '127.0.0.1');
    try {
      const first = await both('/api/conversations/c1/messages', message, visitor, limited.url);
      const second = await both('/api/conversations/c1/messages', message, visitor, limited.url);
      const refused = await both('/api/conversations/c1/messages', message, visitor, limited.url);
      expect([...first, ...second, ...refused].map((a) => a.status)).toEqual([200, 200, 200, 200, 429, 429]);
      expect(refused[0]).toEqual(refused[1]);
    } finally {
      await limited.close();
    }
  });
});
