import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkBlocks, checkView, liveParts, mrkdwnProblems } from './block-kit-rules.js';

/**
 * A local Slack Web API: same URLs (`/api/<method>`), same request shapes (form or JSON body,
 * `Authorization: Bearer`), same `{ok, ...}` answers, and the validation Slack applies to what it
 * receives, so a test that passes here fails for the same reasons in a real workspace.
 */

type Json = Record<string, unknown>;

export interface FakeMessage {
  channel: string;
  ts: string;
  threadTs?: string;
  text: string;
  blocks?: Json[];
  metadata?: { event_type: string; event_payload: Json };
  /** Mentions, broadcasts and links a reader would see live in the message. */
  live: { mentions: string[]; broadcasts: string[]; links: string[] };
  edits: number;
}

export interface RecordedCall {
  method: string;
  args: Json;
  status: number;
  ok: boolean;
  error?: string;
  at: number;
}

export interface FakeSlackOptions {
  token?: string;
  users?: Record<string, { name: string; realName: string }>;
}

/**
 * How a call goes wrong: a 429 or a 500, or an answer that comes `delayMs` late (the call still takes
 * effect, as Slack's does when the caller has stopped waiting: a timeout from the client's side).
 */
type Failure = { status: 429; retryAfter: number } | { status: 500 } | { delayMs: number };

export interface FakeSlack {
  /** Base URL for `slackApiUrl`, ending in `/api/`. */
  url: string;
  token: string;
  calls: RecordedCall[];
  messages: FakeMessage[];
  views: Json[];
  /** The next `count` calls (optionally only of `method`) fail this way. */
  failNext(count: number, failure: Failure, method?: string): void;
  /** Calls being held back by a `delayMs` failure right now. */
  delayed(): number;
  /** Calls to `method` that Slack accepted. */
  accepted(method: string): RecordedCall[];
  /** Top-level cards (not thread replies) posted to a channel. */
  cards(): FakeMessage[];
  close(): Promise<void>;
}

const TEAM = 'T0KYSY';
const BOT_USER = 'U0KYSYBOT';

export async function startFakeSlack(options: FakeSlackOptions = {}): Promise<FakeSlack> {
  const token = options.token ?? 'xoxb-fake-token';
  const users = options.users ?? {};
  const calls: RecordedCall[] = [];
  const messages: FakeMessage[] = [];
  const views: Json[] = [];
  const failures: Array<{ failure: Failure; method?: string }> = [];
  let pending = 0;
  let seq = 0;
  // Like Slack's: the post time in seconds, made unique (and ordered) by the fraction.
  const nextTs = () => {
    seq += 1;
    return `${Math.floor(Date.now() / 1000)}.${String(seq).padStart(6, '0')}`;
  };

  const channelFor = (id: string) => (/^[UW]/.test(id) ? `D${id.slice(1)}` : id);
  const knownChannel = (id: string) => /^[CGD][A-Z0-9]+$/.test(id);

  function messageArgs(args: Json, requireText: boolean): { problems: string[]; blocks?: Json[]; metadata?: FakeMessage['metadata']; texts: string[] } {
    const problems: string[] = [];
    const texts: string[] = [];
    let blocks: Json[] | undefined;
    if (args.blocks !== undefined) {
      const parsed = parseJson(args.blocks);
      const checked = checkBlocks(parsed, 'message');
      problems.push(...checked.problems);
      texts.push(...checked.texts);
      blocks = parsed as Json[];
    }
    if (requireText && blocks === undefined && (typeof args.text !== 'string' || args.text === '')) problems.push('no_text');
    if (typeof args.text === 'string') {
      if (args.text.length > 40_000) problems.push('msg_too_long');
      for (const p of mrkdwnProblems(args.text)) problems.push(`text: ${p}`);
      texts.push(args.text);
    }
    let metadata: FakeMessage['metadata'];
    if (args.metadata !== undefined) {
      const m = parseJson(args.metadata) as Json | undefined;
      if (!m || typeof m.event_type !== 'string' || !/^[a-z0-9_]+$/.test(m.event_type) || typeof m.event_payload !== 'object') {
        problems.push('invalid_metadata_format');
      } else metadata = { event_type: m.event_type, event_payload: m.event_payload as Json };
    }
    return { problems, blocks, metadata, texts };
  }

  function live(texts: string[]): FakeMessage['live'] {
    const all = texts.map(liveParts);
    return { mentions: all.flatMap((p) => p.mentions), broadcasts: all.flatMap((p) => p.broadcasts), links: all.flatMap((p) => p.links) };
  }

  function present(m: FakeMessage, withMetadata: boolean): Json {
    return {
      type: 'message',
      user: BOT_USER,
      bot_id: 'B0KYSY',
      ts: m.ts,
      ...(m.threadTs ? { thread_ts: m.threadTs } : {}),
      text: m.text,
      ...(m.blocks ? { blocks: m.blocks } : {}),
      ...(withMetadata && m.metadata ? { metadata: m.metadata } : {}),
    };
  }

  const methods: Record<string, (args: Json) => Json> = {
    'auth.test': () => ({ url: 'https://kysy-test.slack.com/', team: 'Kysy test', user: 'kysy', team_id: TEAM, user_id: BOT_USER, bot_id: 'B0KYSY' }),
    'chat.postMessage': (args) => {
      if (typeof args.channel !== 'string' || args.channel === '') return { error: 'channel_not_found' };
      const channel = channelFor(args.channel);
      if (!knownChannel(channel)) return { error: 'channel_not_found' };
      const checked = messageArgs(args, true);
      if (checked.problems.length) return invalid(checked.problems);
      const threadTs = typeof args.thread_ts === 'string' ? args.thread_ts : undefined;
      if (threadTs && !messages.some((m) => m.channel === channel && m.ts === threadTs)) return { error: 'thread_not_found' };
      const m: FakeMessage = {
        channel, ts: nextTs(), threadTs, text: typeof args.text === 'string' ? args.text : '',
        blocks: checked.blocks, metadata: checked.metadata, live: live(checked.texts), edits: 0,
      };
      messages.push(m);
      return { channel, ts: m.ts, message: present(m, true) };
    },
    'chat.update': (args) => {
      const m = messages.find((x) => x.channel === args.channel && x.ts === args.ts);
      if (!m) return { error: typeof args.channel === 'string' && knownChannel(args.channel) ? 'message_not_found' : 'channel_not_found' };
      const checked = messageArgs(args, false);
      if (checked.problems.length) return invalid(checked.problems);
      if (typeof args.text === 'string') m.text = args.text;
      if (checked.blocks) m.blocks = checked.blocks;
      if (checked.metadata) m.metadata = checked.metadata;
      m.live = live(checked.texts);
      m.edits += 1;
      return { channel: m.channel, ts: m.ts, text: m.text, message: present(m, true) };
    },
    'conversations.history': (args) => {
      if (typeof args.channel !== 'string' || !knownChannel(args.channel)) return { error: 'channel_not_found' };
      const withMeta = args.include_all_metadata === true || args.include_all_metadata === 'true';
      const oldest = Number(args.oldest ?? 0);
      const limit = Number(args.limit ?? 100);
      const top = messages.filter((m) => m.channel === args.channel && !m.threadTs && Number(m.ts) >= oldest).reverse();
      return { messages: top.slice(0, limit).map((m) => present(m, withMeta)), has_more: top.length > limit };
    },
    'conversations.replies': (args) => {
      const parent = messages.find((m) => m.channel === args.channel && m.ts === args.ts);
      if (!parent) return { error: 'thread_not_found' };
      const withMeta = args.include_all_metadata === true || args.include_all_metadata === 'true';
      const thread = [parent, ...messages.filter((m) => m.channel === args.channel && m.threadTs === parent.ts)];
      return { messages: thread.map((m) => present(m, withMeta)), has_more: false };
    },
    'conversations.open': (args) => {
      const list = typeof args.users === 'string' ? args.users.split(',') : [];
      if (list.length !== 1 || !/^[UW][A-Z0-9]+$/.test(list[0] ?? '')) return { error: 'user_not_found' };
      return { channel: { id: channelFor(list[0] as string) } };
    },
    'users.info': (args) => {
      const id = String(args.user ?? '');
      const u = users[id];
      if (!u) return { error: 'user_not_found' };
      return { user: { id, team_id: TEAM, name: u.name, real_name: u.realName, profile: { real_name: u.realName, display_name: u.name } } };
    },
    'views.open': (args) => {
      if (typeof args.trigger_id !== 'string' || !/^\d+\.\d+\.[0-9a-f]+$/.test(args.trigger_id)) return { error: 'invalid_trigger_id' };
      const view = parseJson(args.view);
      const problems = checkView(view);
      if (problems.length) return invalid(problems);
      const stored = { id: `V${String(views.length + 1).padStart(8, '0')}`, ...(view as Json) };
      views.push(stored);
      return { view: stored };
    },
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const raw = await readBody(req);
    const args = parseArgs(raw, req.headers['content-type'] ?? '');
    const record = (status: number, body: Json) => {
      calls.push({ method, args, status, ok: body.ok === true, error: typeof body.error === 'string' ? body.error : undefined, at: Date.now() });
      const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
      if (status === 429) headers['retry-after'] = String(body.retry_after);
      res.writeHead(status, headers).end(JSON.stringify(body));
    };
    const failIndex = failures.findIndex((f) => !f.method || f.method === method);
    if (failIndex >= 0) {
      const [{ failure }] = failures.splice(failIndex, 1) as [{ failure: Failure }];
      if ('delayMs' in failure) {
        pending += 1;
        await new Promise((resolve) => setTimeout(resolve, failure.delayMs));
        pending -= 1;
      } else if (failure.status === 429) return record(429, { ok: false, error: 'ratelimited', retry_after: failure.retryAfter });
      else return record(500, { ok: false, error: 'internal_error' });
    }
    const header = req.headers.authorization;
    const given = header?.startsWith('Bearer ') ? header.slice(7) : typeof args.token === 'string' ? args.token : undefined;
    if (!given) return record(200, { ok: false, error: 'not_authed' });
    if (given !== token) return record(200, { ok: false, error: 'invalid_auth' });
    const run = methods[method];
    if (!run) return record(200, { ok: false, error: 'unknown_method' });
    const out = run(args);
    record(200, out.error ? { ok: false, ...out } : { ok: true, ...out });
  }

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => res.writeHead(500).end(String(e)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/api/`,
    token,
    calls,
    messages,
    views,
    failNext(count, failure, method) {
      for (let i = 0; i < count; i += 1) failures.push({ failure, method });
    },
    delayed: () => pending,
    accepted: (method) => calls.filter((c) => c.method === method && c.ok),
    cards: () => messages.filter((m) => !m.threadTs),
    close: () => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

function invalid(problems: string[]): Json {
  const error = problems.includes('no_text') ? 'no_text' : problems.includes('msg_too_long') ? 'msg_too_long'
    : problems.includes('invalid_metadata_format') ? 'invalid_metadata_format' : 'invalid_blocks';
  return { error, response_metadata: { messages: problems.map((p) => `[ERROR] ${p}`) } };
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function parseArgs(raw: string, contentType: string): Json {
  if (contentType.includes('application/json')) return (parseJson(raw) as Json | undefined) ?? {};
  return Object.fromEntries(new URLSearchParams(raw));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
