import { describe, expect, it } from 'vitest';
import { ApiError, createApi } from './api.js';

interface Call {
  url: string;
  init: RequestInit;
}

const turn = { messages: [{ id: 'm2', text: 'How many employees?', asking: 'company_size' }], state: { asking: 'company_size', done: false, qualified: null } };

/** A fetch that plays back the given outcomes in order: a Response, or 'down' for a network error. */
function scriptedFetch(outcomes: Array<Response | 'down'>) {
  const calls: Call[] = [];
  const fetchFn = async (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> => {
    calls.push({ url: String(input), init });
    const next = outcomes.shift();
    if (!next || next === 'down') throw new TypeError('Failed to fetch');
    return next;
  };
  return { calls, fetchFn: fetchFn as typeof fetch };
}

const json = (status: number, body: unknown): Response => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function api(outcomes: Array<Response | 'down'>, maxAttempts = 5) {
  const { calls, fetchFn } = scriptedFetch(outcomes);
  const sleeps: number[] = [];
  const connection: string[] = [];
  const client = createApi({
    origin: 'https://bot.example.com',
    fetch: fetchFn,
    sleep: async (ms) => void sleeps.push(ms),
    maxAttempts,
    onConnection: (state) => connection.push(state),
  });
  return { client, calls, sleeps, connection };
}

describe('sending a message', () => {
  it('retries network errors with backoff, repeating the same clientMessageId', async () => {
    const { client, calls, sleeps, connection } = api(['down', 'down', json(200, turn)]);
    const reply = await client.send('c1', 'v1', { clientMessageId: 'k1', text: '25 people' });
    expect(reply.messages[0]?.text).toBe('How many employees?');
    expect(calls.map((c) => JSON.parse(String(c.init.body)))).toEqual([
      { clientMessageId: 'k1', text: '25 people' },
      { clientMessageId: 'k1', text: '25 people' },
      { clientMessageId: 'k1', text: '25 people' },
    ]);
    expect(sleeps).toEqual([500, 1000]);
    expect(connection).toEqual(['reconnecting', 'online']);
  });

  it('retries a busy or failing server (503) the same way', async () => {
    const { client, calls } = api([json(503, { error: { code: 'unavailable', message: '' } }), json(200, turn)]);
    await client.send('c1', 'v1', { clientMessageId: 'k2', choice: 'hvac' });
    expect(calls).toHaveLength(2);
  });

  it('gives up as offline after the last attempt', async () => {
    const { client, calls, sleeps } = api(['down', 'down', 'down'], 3);
    await expect(client.send('c1', 'v1', { clientMessageId: 'k3', text: 'hi' })).rejects.toEqual(new ApiError('offline'));
    expect(calls).toHaveLength(3);
    expect(sleeps).toEqual([500, 1000]);
  });

  it('does not retry a refused request', async () => {
    const { client, calls } = api([json(400, { error: { code: 'invalid_request', message: 'text too long' } })]);
    const error = await client.send('c1', 'v1', { clientMessageId: 'k4', text: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ kind: 'rejected', status: 400 });
    expect(calls).toHaveLength(1);
  });

  it('rejects a reply that does not match the contract', async () => {
    const { client } = api([json(200, { messages: 'nope' })]);
    await expect(client.send('c1', 'v1', { clientMessageId: 'k5', text: 'x' })).rejects.toMatchObject({ kind: 'invalid' });
  });

  it('posts JSON to the conversation, with the visitor id header and without credentials', async () => {
    const { client, calls } = api([json(200, turn)]);
    await client.send('c/1', 'v1', { clientMessageId: 'k6', text: 'x' });
    const [call] = calls;
    expect(call?.url).toBe('https://bot.example.com/api/conversations/c%2F1/messages');
    expect(call?.init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json', 'X-Kysy-Visitor': 'v1' } });
  });
});

describe('starting and restoring', () => {
  it('starts a conversation with locale and page context', async () => {
    const started = { conversationId: 'c1', visitorId: 'v1', ...turn };
    const { client, calls } = api([json(201, started)]);
    const result = await client.start({ locale: 'fi', context: { pageUrl: 'https://fieldwise.example/fi/' } });
    expect(result).toEqual(started);
    expect(JSON.parse(String(calls[0]?.init.body))).toEqual({ locale: 'fi', context: { pageUrl: 'https://fieldwise.example/fi/' } });
  });

  it('reads the transcript with the visitor id header', async () => {
    const transcript = { conversationId: 'c1', messages: turn.messages.map((m) => ({ ...m, role: 'bot' })), state: turn.state };
    const { client, calls } = api([json(200, transcript)]);
    expect(await client.transcript('c1', 'v1')).toEqual(transcript);
    expect(calls[0]?.url).toBe('https://bot.example.com/api/conversations/c1');
    expect(calls[0]?.init.headers).toEqual({ 'X-Kysy-Visitor': 'v1' });
  });

  it('treats an unknown conversation as gone', async () => {
    const { client } = api([json(404, { error: { code: 'not_found', message: '' } })]);
    expect(await client.transcript('c-old', 'v1')).toBeNull();
  });
});
