import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StartReply, TranscriptReply, TurnReply } from '../../adapters/http/routes/public-schemas.js';
import type { Store } from '../../adapters/store/index.js';
import { FakeConnector } from '../botframework/fake-connector.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { PROFILES, Visitor } from '../http/visitor.js';
import { postgresAvailable, postgresStore } from '../support/stores.js';
import { anyJson, deepJson, field, hostileText, invalidUtf8, urlPart } from './hostile-input.js';

const CASES = 10_000;
/** Requests in flight at once: concurrent turns on the same conversations are part of the test. */
const CONCURRENCY = 8;
const SEEDS = 12;

interface Case {
  kind: 'start' | 'message' | 'transcript' | 'botframework' | 'raw';
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
  /** For a message to a known conversation: which one, and its clientMessageId (to check storage). */
  seed?: number;
  clientMessageId?: unknown;
}

/**
 * 10,000 generated requests against the public API and the Bot Framework endpoint (emulator mode) on
 * PostgreSQL — the database that refuses NUL and lone surrogates — answered by the real app: each is
 * a 4xx or a normal reply, never a 5xx, and afterwards the database is consistent and the bot works.
 */
describe.skipIf(!postgresAvailable())('fuzzing the public API and the Bot Framework endpoint', () => {
  let store: Store;
  let server: TestServer;
  let connector: FakeConnector;
  const seeds: Array<{ conversationId: string; visitorId: string }> = [];

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    store = await postgresStore();
    server = await startTestServer(store, { BOTFRAMEWORK_EMULATOR: 'on' });
    for (let i = 0; i < SEEDS; i++) {
      const visitor = new Visitor(server.url, PROFILES.sales_ready);
      await visitor.start();
      seeds.push({ conversationId: visitor.conversationId, visitorId: visitor.visitorId });
    }
  });
  afterAll(async () => {
    await server?.close();
    await store?.close();
    await connector?.stop();
  });

  const json = { 'content-type': 'application/json' };
  const seedIndex = fc.integer({ min: 0, max: SEEDS - 1 });
  const clientMessageId = fc.oneof(fc.integer({ min: 1, max: 40 }).map((n) => `m-${n}`), fc.uuid(), hostileText);

  const start: fc.Arbitrary<Case> = fc
    .record({
      locale: field(fc.constantFrom('en', 'fi', 'sv', 'pl', 'fi-FI', 'xx', '')),
      visitorId: field(fc.oneof(fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/), hostileText)),
      context: field(fc.record({ pageUrl: field(hostileText), referrer: field(hostileText), utm: field(fc.dictionary(hostileText, anyJson, { maxKeys: 4 })) })),
      extra: field(anyJson),
    })
    .map((body) => ({ kind: 'start', method: 'POST', path: '/api/conversations', headers: { ...json, 'accept-language': 'fi' }, body: JSON.stringify(body) }));

  const message: fc.Arbitrary<Case> = fc
    .record({
      seed: seedIndex,
      known: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      id: urlPart,
      visitor: fc.constantFrom('own', 'other', 'none', 'made-up'),
      clientMessageId: field(clientMessageId),
      text: field(hostileText),
      choice: field(fc.constantFrom('hvac', 'finland', 'owner_ceo', 'yes', 'no', 'allocated', 'nope')),
    })
    .map(({ seed, known, id, visitor, clientMessageId, text, choice }) => {
      const own = seeds[seed]!;
      const headers: Record<string, string> = { ...json };
      if (visitor === 'own') headers['x-kysy-visitor'] = own.visitorId;
      if (visitor === 'other') headers['x-kysy-visitor'] = seeds[(seed + 1) % SEEDS]!.visitorId;
      if (visitor === 'made-up') headers['x-kysy-visitor'] = 'made-up-visitor-0123456789';
      const path = `/api/conversations/${known ? own.conversationId : id}/messages`;
      return { kind: 'message', method: 'POST', path, headers, body: JSON.stringify({ clientMessageId, text, choice }), seed: known && visitor === 'own' ? seed : undefined, clientMessageId };
    });

  const transcript: fc.Arbitrary<Case> = fc.tuple(seedIndex, fc.boolean(), urlPart).map(([seed, own, junk]) => ({
    kind: 'transcript',
    method: 'GET',
    path: `/api/conversations/${seeds[seed]!.conversationId}${own ? '' : `?visitorId=${junk}`}`,
    headers: own ? { 'x-kysy-visitor': seeds[seed]!.visitorId } : ({} as Record<string, string>),
  }));

  const botFramework: fc.Arbitrary<Case> = fc
    .record({
      type: field(fc.constantFrom('message', 'conversationUpdate', 'typing', 'invoke', 'event')),
      id: field(fc.uuid()),
      channelId: field(fc.constantFrom('emulator', 'msteams', 'webchat')),
      serviceUrl: field(fc.constantFrom('local', 'http://169.254.169.254/', 'not a url')),
      conversation: field(fc.record({ id: field(fc.oneof(fc.constantFrom('bf-1', 'bf-2', 'bf-3'), hostileText)) })),
      from: field(fc.record({ id: field(fc.constantFrom('u1', 'u2')), name: field(hostileText) })),
      recipient: field(fc.record({ id: fc.constant('kysy') })),
      text: field(hostileText),
      value: field(fc.oneof(fc.record({ choice: field(fc.constantFrom('hvac', 'yes', 'nope')) }), anyJson)),
      locale: field(fc.constantFrom('fi-FI', 'sv', 'pl', 'en-US')),
      membersAdded: field(fc.array(fc.record({ id: fc.constantFrom('u1', 'kysy') }), { maxLength: 2 })),
    })
    .map((activity) => ({
      kind: 'botframework',
      method: 'POST',
      path: '/api/messages',
      headers: json,
      body: JSON.stringify({ ...activity, serviceUrl: activity.serviceUrl === 'local' ? connector.url : activity.serviceUrl }),
    }));

  const somePath = fc.constantFrom('/api/conversations', '/api/conversations/x/messages', '/api/messages');
  const raw: fc.Arbitrary<Case> = fc.oneof(
    fc.tuple(somePath, invalidUtf8).map(([path, body]) => ({ kind: 'raw' as const, method: 'POST', path, headers: json, body })),
    fc.tuple(somePath, deepJson).map(([path, body]) => ({ kind: 'raw' as const, method: 'POST', path, headers: json, body: JSON.stringify(body) })),
    fc.tuple(somePath, fc.integer({ min: 16_000, max: 300_000 })).map(([path, n]) => ({ kind: 'raw' as const, method: 'POST', path, headers: json, body: JSON.stringify({ text: 'x'.repeat(n) }) })),
    fc.tuple(somePath, hostileText, fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', '')).map(([path, body, type]) => ({
      kind: 'raw' as const,
      method: 'POST',
      path,
      headers: type ? { 'content-type': type } : ({} as Record<string, string>),
      body,
    })),
    fc.tuple(somePath, fc.constantFrom('PUT', 'DELETE', 'PATCH', 'GET'), urlPart).map(([path, method, junk]) => ({
      kind: 'raw' as const,
      method,
      path: `${path}?q=${junk}`,
      headers: json,
      body: method === 'GET' ? undefined : '{}',
    })),
  );

  const anyCase = fc.oneof({ weight: 3, arbitrary: message }, { weight: 2, arbitrary: start }, { weight: 1, arbitrary: transcript }, { weight: 2, arbitrary: botFramework }, { weight: 2, arbitrary: raw });

  it(`answers ${CASES} hostile requests with a 4xx or a normal reply, never a 5xx, and stays consistent`, async () => {
    const cases = fc.sample(anyCase, { numRuns: CASES, seed: 20261202 });
    const statuses = new Map<number, number>();
    const serverErrors: Array<{ case: Case; status: number; body: string }> = [];
    const wrongShape: Array<{ case: Case; status: number; body: string }> = [];
    const acknowledged = new Map<string, Set<string>>();
    const started = performance.now();
    const cpu = process.cpuUsage();

    async function send(c: Case) {
      const res = await fetch(server.url + c.path, { method: c.method, headers: c.headers, body: c.body });
      const text = await res.text();
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) return void serverErrors.push({ case: c, status: res.status, body: text });
      if (c.kind === 'botframework' || c.path === '/api/messages') return;
      // Node's HTTP parser answers a URL over its 16 kB header limit itself, before Kysy sees it.
      if (res.status === 431) return;
      const body: unknown = text ? JSON.parse(text) : null;
      const schema = res.status === 201 ? StartReply : res.status === 200 ? (c.kind === 'transcript' ? TranscriptReply : TurnReply) : null;
      const fine = schema ? schema.safeParse(body).success : typeof (body as { error?: { code?: unknown } })?.error?.code === 'string';
      if (!fine) wrongShape.push({ case: c, status: res.status, body: text.slice(0, 300) });
      if (res.status === 200 && c.kind === 'message' && c.seed !== undefined) {
        const id = seeds[c.seed]!.conversationId;
        acknowledged.set(id, (acknowledged.get(id) ?? new Set()).add(String(c.clientMessageId)));
      }
    }

    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < cases.length) await send(cases[next++]!);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const { user, system } = process.cpuUsage(cpu);
    const byKind = Object.fromEntries(['start', 'message', 'transcript', 'botframework', 'raw'].map((k) => [k, cases.filter((c) => c.kind === k).length]));
    console.log(`fuzz: ${cases.length} requests in ${seconds.toFixed(1)} s (server and clients: ${((user + system) / 1e6).toFixed(1)} s CPU) ${JSON.stringify(byKind)}; statuses ${JSON.stringify(Object.fromEntries(statuses))}; 5xx: ${serverErrors.length}`);

    const kinds = new Map(serverErrors.map((e) => [`${e.status} ${e.case.kind} ${e.body.slice(0, 120)}`, `${e.case.path} ${String(e.case.body).slice(0, 300)}`]));
    expect([...kinds.entries()].slice(0, 8)).toEqual([]);
    expect(wrongShape.slice(0, 3).map((w) => `${w.status} ${w.body} :: ${w.case.path} ${String(w.case.body).slice(0, 300)}`)).toEqual([]);
    expect([...statuses.keys()].filter((s) => s >= 200 && s < 300).length, 'some requests were normal replies').toBeGreaterThan(0);

    // Still serving, and the database holds nothing half-done.
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    const visitor = new Visitor(server.url, PROFILES.sales_ready);
    await visitor.start();
    await visitor.playToEnd();

    const sql = store.sql;
    for (const [conversationId, ids] of acknowledged) {
      const rows = await sql.query<{ client_message_id: string; n: string }>(
        `SELECT client_message_id, count(*) AS n FROM messages WHERE conversation_id = $1 AND role = 'visitor' GROUP BY client_message_id`,
        [conversationId],
      );
      const stored = new Map(rows.map((r) => [r.client_message_id, Number(r.n)]));
      for (const id of ids) expect(stored.get(id), `${conversationId} ${id}`).toBe(1);
    }
    const unanswered = await sql.query(`SELECT v.id FROM messages v WHERE v.role = 'visitor' AND NOT EXISTS (SELECT 1 FROM messages b WHERE b.reply_to = v.id)`);
    expect(unanswered, 'every stored visitor message has its reply').toEqual([]);
    const silent = await sql.query(`SELECT c.id FROM conversations c WHERE c.channel = 'web' AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.conversation_id = c.id AND m.role = 'bot')`);
    expect(silent, 'every web conversation has its greeting').toEqual([]);
    const drifted = await sql.query(`SELECT id FROM conversations WHERE decision <> state::json->>'decision'`);
    expect(drifted).toEqual([]);
    const doubled = await sql.query(`SELECT conversation_id FROM outbox WHERE kind = 'handoff' GROUP BY conversation_id HAVING count(*) > 1`);
    expect(doubled).toEqual([]);
  }, 300_000);
});
