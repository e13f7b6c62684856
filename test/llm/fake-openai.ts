import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';

/**
 * A local OpenAI-compatible server over real HTTP. It records every request and answers
 * /v1/chat/completions as the test scripts it: structured JSON (as `response_format: json_schema`
 * content or as the forced tool call, whichever the client asked for), an error status, a hang,
 * or malformed JSON.
 */
export type FakeReply =
  | { kind: 'json'; value: unknown }
  | { kind: 'status'; status: number }
  | { kind: 'hang' }
  | { kind: 'malformed' };

export interface ChatRequest {
  model?: string;
  messages: Array<{ role: string; content: string }>;
  response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
  tools?: Array<{ type: 'function'; function: { name: string; parameters: Record<string, unknown> } }>;
  [key: string]: unknown;
}

export interface RecordedRequest {
  path: string;
  body: ChatRequest;
  headers: IncomingMessage['headers'];
  /** The request's messages and response schema under o200k, as the server sees them. */
  promptTokens: number;
}

export type Responder = (request: RecordedRequest, index: number) => FakeReply;

export interface FakeOpenAI {
  /** Base URL including /v1, as OPENAI_BASE_URL expects it. */
  url: string;
  requests: RecordedRequest[];
  respondWith(responder: Responder): void;
  close(): Promise<void>;
}

const encoder = new Tiktoken(o200k);

export const emptyReply: Responder = () => ({ kind: 'json', value: {} });

export async function startFakeOpenAI(initial: Responder = emptyReply): Promise<FakeOpenAI> {
  let responder = initial;
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
        send(res, 404, { error: { message: 'not found', type: 'invalid_request_error' } });
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
      const recorded: RecordedRequest = { path: req.url, body, headers: req.headers, promptTokens: promptTokens(body) };
      requests.push(recorded);
      answer(res, body, responder(recorded, requests.length - 1));
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    respondWith(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

function answer(res: ServerResponse, body: ChatRequest, reply: FakeReply): void {
  if (reply.kind === 'hang') return;
  if (reply.kind === 'status') {
    send(res, reply.status, { error: { message: `scripted ${reply.status}`, type: 'server_error' } });
    return;
  }
  const content = reply.kind === 'malformed' ? '{"answers": {"industry": ' : JSON.stringify(reply.value);
  const tool = body.tools?.[0]?.function.name;
  const message = tool
    ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: tool, arguments: content } }] }
    : { role: 'assistant', content };
  send(res, 200, {
    id: 'chatcmpl-fake',
    object: 'chat.completion',
    created: 1_700_000_000,
    model: body.model ?? 'fake',
    choices: [{ index: 0, message, finish_reason: tool ? 'tool_calls' : 'stop', logprobs: null }],
    usage: { prompt_tokens: promptTokens(body), completion_tokens: encoder.encode(content).length, total_tokens: 0 },
  });
}

function promptTokens(body: ChatRequest): number {
  const schema = body.response_format?.json_schema?.schema ?? body.tools?.[0]?.function.parameters ?? {};
  return body.messages.reduce((n, m) => n + encoder.encode(String(m.content)).length + 4, 3) + encoder.encode(JSON.stringify(schema)).length;
}

function send(res: ServerResponse, status: number, payload: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(payload));
}
