import { expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { onBothDatabases } from '../support/stores.js';
import { keysOf, serverForSuite, type TestServer } from './server.js';
import { PROFILES, Visitor, type TurnBody } from './visitor.js';

/** Fields that would tell a visitor how they were judged or who sells to them. */
const INTERNAL_KEYS = ['score', 'decision', 'owner', 'ownerId', 'fit', 'intent', 'total', 'lead', 'answers', 'phase', 'definitionVersion', 'events'];

onBothDatabases('the web API', webApi);

function webApi(open: () => Promise<Store>) {
  let store: Store;
  let server: TestServer;
  const seen: unknown[] = [];

  serverForSuite(open, (kysy) => ({ store, server } = kysy));

  /** A visitor whose every public response is kept for the "nothing internal leaks" check. */
  function visitor(profile: keyof typeof PROFILES) {
    const v = new Visitor(server.url, PROFILES[profile]);
    const take = v.answer.bind(v);
    v.answer = async () => {
      const body = await take();
      seen.push(body);
      return body;
    };
    return v;
  }

  async function detail(conversationId: string) {
    const res = await server.admin(`/api/admin/conversations/${conversationId}`);
    expect(res.status).toBe(200);
    return res.json();
  }

  it('plays a sales-ready conversation to the end; one handoff is delivered by the log worker', async () => {
    const v = visitor('sales_ready');
    seen.push(await v.start());
    await v.playToEnd();

    const lead = (await detail(v.conversationId)).lead;
    expect(lead.decision).toBe('sales_ready');
    expect(lead.owner).toEqual({ id: 'anna', name: expect.any(String) });
    expect(lead.score.fit).toBeGreaterThanOrEqual(45);
    expect(lead.score.perCriterion).toContainEqual(expect.objectContaining({ id: 'industry', value: 'hvac', points: 20, reason: expect.any(String) }));
    expect(lead.status).toBe('open');
    expect(lead.answers).toContainEqual(expect.objectContaining({ criterionId: 'company_size', value: 60, raw: '60', source: 'asked' }));
    expect(lead.answers).toContainEqual(expect.objectContaining({ criterionId: 'industry', value: 'hvac', source: 'button' }));

    await expect(server.running.worker.tick()).resolves.toEqual({ delivered: 1, failed: 0 });
    await expect(server.running.worker.tick()).resolves.toEqual({ delivered: 0, failed: 0 });
    expect((await detail(v.conversationId)).lead.status).toBe('handed_off');
    const handoffs = server.logs.filter((l) => l.msg === 'handoff: lead ready for sales');
    expect(handoffs).toEqual([expect.objectContaining({ conversationId: v.conversationId, ownerId: 'anna', decision: 'sales_ready' })]);
    // The log holds ids and outcomes, never what the visitor typed.
    expect(JSON.stringify(server.logs)).not.toContain('anna.virtanen@example.fi');
  });

  it.each([
    ['nurture', 'nurture'],
    ['disqualified', 'disqualified'],
  ] as const)('plays a %s conversation to the end', async (profile, decision) => {
    const v = visitor(profile);
    seen.push(await v.start());
    await v.playToEnd();
    expect((await detail(v.conversationId)).lead.decision).toBe(decision);
    const list = await (await server.admin(`/api/admin/conversations?decision=${decision}`)).json();
    expect(list.conversations.map((c: { id: string }) => c.id)).toContain(v.conversationId);
    expect(list.conversations.every((c: { decision: string }) => c.decision === decision)).toBe(true);
  });

  it('never shows a visitor a score, decision or owner', async () => {
    expect(seen.length).toBeGreaterThan(10);
    for (const body of seen) {
      const keys = keysOf(body);
      for (const key of INTERNAL_KEYS) expect(keys.has(key), `public response has "${key}": ${JSON.stringify(body)}`).toBe(false);
      // Whether the visitor qualified (for the host page's decision event), and nothing more.
      expect(Object.keys((body as TurnBody).state).sort()).toEqual(['asking', 'done', 'qualified']);
      expect([null, true, false]).toContain((body as TurnBody).state.qualified);
    }
  });

  it('answers a retried message with the same reply and stores it once', async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start();
    const first = await v.send({ choice: 'hvac' }, 'retry-1');
    const again = await v.send({ choice: 'hvac' }, 'retry-1');
    expect(first.status).toBe(200);
    expect(again.status).toBe(200);
    const [a, b] = [await first.json(), await again.json()];
    expect(b.messages).toEqual(a.messages);
    const transcript = await (await fetch(`${server.url}/api/conversations/${v.conversationId}`, { headers: { 'x-kysy-visitor': v.visitorId } })).json();
    expect(transcript.messages.filter((m: { role: string }) => m.role === 'visitor')).toHaveLength(1);
  });

  it('processes concurrent messages to one conversation one at a time, losing none', async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start();
    const lines = ['we do hvac', 'about 60 people', 'in Finland', 'paper mostly', 'scheduling is the pain'];
    const responses = await Promise.all(lines.map((text, i) => v.send({ text }, `parallel-${i}`)));
    expect(responses.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const duplicates = await Promise.all([1, 2, 3, 4].map(() => v.send({ text: 'hello again' }, 'same-id')));
    const bodies = await Promise.all(duplicates.map((r) => r.json()));
    for (const body of bodies) expect(body.messages).toEqual(bodies[0].messages);

    const transcript = await (await fetch(`${server.url}/api/conversations/${v.conversationId}?visitorId=${v.visitorId}`)).json();
    const typed = transcript.messages.filter((m: { role: string }) => m.role === 'visitor').map((m: { text: string }) => m.text);
    expect([...typed].sort()).toEqual([...lines, 'hello again'].sort());
    const lead = (await detail(v.conversationId)).lead;
    expect(lead.answers.map((a: { criterionId: string }) => a.criterionId)).toEqual(expect.arrayContaining(['industry', 'company_size', 'country']));
  });

  it('explains a bad body with 400 and a message', async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start();
    const post = (body: string) =>
      fetch(`${server.url}/api/conversations/${v.conversationId}/messages`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-kysy-visitor': v.visitorId }, body });
    for (const [body, mentions] of [
      ['{}', 'clientMessageId'],
      ['{"clientMessageId":"x"}', 'text or choice'],
      ['{"clientMessageId":"x","text":""}', 'text'],
      ['{"clientMessageId":"x","text":"hi","choice":"hvac"}', 'text or choice'],
      ['[1,2]', 'object'],
      ['{"clientMessageId":', 'JSON'],
    ] as const) {
      const res = await post(body);
      expect(res.status, body).toBe(400);
      expect((await res.json()).error.message, body).toContain(mentions);
    }
    const badStart = await fetch(`${server.url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"visitorId":"short"}' });
    expect(badStart.status).toBe(400);
    expect((await badStart.json()).error.message).toContain('visitorId');
  });

  it('answers 404 for a conversation that does not exist', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'no-such-conversation', '123']) {
      const send = await fetch(`${server.url}/api/conversations/${id}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kysy-visitor': 'some-visitor-0123456789' },
        body: JSON.stringify({ clientMessageId: 'a', text: 'hi' }),
      });
      expect(send.status, id).toBe(404);
      expect((await send.json()).error.code).toBe('not_found');
      const read = await fetch(`${server.url}/api/conversations/${id}?visitorId=some-visitor-0123456789`);
      expect(read.status, id).toBe(404);
      expect((await server.admin(`/api/admin/conversations/${id}`)).status, id).toBe(404);
    }
  });

  it("shows a transcript only to its own visitor", async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start({ locale: 'fi' });
    await v.answer();
    const own = await fetch(`${server.url}/api/conversations/${v.conversationId}`, { headers: { 'x-kysy-visitor': v.visitorId } });
    expect(own.status).toBe(200);
    const body = await own.json();
    expect(body.conversationId).toBe(v.conversationId);
    expect(body.messages.map((m: { role: string }) => m.role)).toEqual(expect.arrayContaining(['bot', 'visitor']));

    const other = new Visitor(server.url, PROFILES.sales_ready);
    await other.start();
    const peek = await fetch(`${server.url}/api/conversations/${v.conversationId}`, { headers: { 'x-kysy-visitor': other.visitorId } });
    expect(peek.status).toBe(404);
    expect(await peek.text()).not.toContain(v.visitorId);
  });

  it("posts only into the visitor's own conversation; a stranger gets exactly the answer for a missing one", async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start();
    await v.send({ choice: 'hvac' }, 'owner-1');
    const post = (conversationId: string, clientMessageId: string, visitorId?: string) =>
      fetch(`${server.url}/api/conversations/${conversationId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(visitorId ? { 'x-kysy-visitor': visitorId } : {}) },
        body: JSON.stringify({ clientMessageId, text: 'I am not who you think' }),
      });
    const stranger = 'stranger-visitor-0123456789';
    const intrusion = await post(v.conversationId, 'intruder-1', stranger);
    const missing = await post('00000000-0000-4000-8000-000000000000', 'intruder-1', stranger);
    expect(intrusion.status).toBe(404);
    expect(await intrusion.json()).toEqual(await missing.json());
    // Replaying the owner's client id does not hand the stranger the stored reply either.
    expect((await post(v.conversationId, 'owner-1', stranger)).status).toBe(404);
    const anonymous = await post(v.conversationId, 'intruder-2');
    expect(anonymous.status).toBe(400);
    expect((await anonymous.json()).error.message).toContain('visitorId');
    const transcript = await (await fetch(`${server.url}/api/conversations/${v.conversationId}`, { headers: { 'x-kysy-visitor': v.visitorId } })).json();
    expect(transcript.messages.filter((m: { role: string }) => m.role === 'visitor')).toHaveLength(1);
  });

  it('remembers a returning visitor by visitorId and speaks the asked locale', async () => {
    const first = new Visitor(server.url, PROFILES.sales_ready);
    const started = await first.start({ locale: 'sv-SE' });
    expect(first.state.asking).toBe('industry');
    await first.answer();
    await first.answer();
    const again = new Visitor(server.url, PROFILES.sales_ready);
    const back = await again.start({ locale: 'sv', visitorId: first.visitorId });
    expect(back.visitorId).toBe(first.visitorId);
    expect(back.conversationId).not.toBe(started.conversationId);
    // What the visitor told last time is not asked again.
    expect(back.state.asking).not.toBe('industry');
    expect(back.state.asking).not.toBe('company_size');
    const { conversation, lead } = await detail(back.conversationId);
    expect(conversation.locale).toBe('sv');
    expect(conversation.state.answers.industry).toMatchObject({ value: 'hvac', source: 'previous' });
    expect(lead.decision).toBe('incomplete');
  });

  it("speaks a browser's next language when the bot does not speak its first, and caches greetings per language", async () => {
    const res = await fetch(`${server.url}/api/conversations`, { method: 'POST', headers: { 'accept-language': 'de-DE,de;q=0.9,sv;q=0.8,en;q=0.5' } });
    expect(res.status).toBe(201);
    const { conversation } = await detail((await res.json()).conversationId);
    expect(conversation.locale).toBe('sv');
    const greeting = await fetch(`${server.url}/api/greeting?path=/pricing`, { headers: { 'accept-language': 'sv' } });
    expect(greeting.status).toBe(200);
    expect(greeting.headers.get('vary')).toMatch(/Accept-Language/i);
  });

  it('refuses the admin API without a token or with a wrong one', async () => {
    expect((await fetch(`${server.url}/api/admin/conversations`)).status).toBe(401);
    const wrong = await server.admin('/api/admin/conversations', 'wrong-token-0123456789abcdefgh');
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).error.code).toBe('unauthorized');
    expect((await server.admin('/api/admin/conversations/x', 'wrong-token-0123456789abcdefgh')).status).toBe(401);
  });

  it('answers a bad admin filter with 400 naming each bad field', async () => {
    const res = await server.admin('/api/admin/conversations?decision=maybe&limit=0');
    expect(res.status).toBe(400);
    const { error } = await res.json();
    expect(error.code).toBe('bad_request');
    expect(error.message).toContain('decision');
    expect(error.message).toContain('limit');
  });

  it('keeps a conversation on the definition version it started with', async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start({ locale: 'en' });
    const before = (await detail(v.conversationId)).conversation.definitionVersion;
    const current = await store.published();
    const changed = { ...current!.definition, greeting: { ...current!.definition.greeting, en: 'Welcome to the new Fieldwise!' } };
    const next = await store.publish(changed, 'test', 'new greeting');
    expect(next.version).toBe(before + 1);

    await v.playToEnd();
    expect((await detail(v.conversationId)).conversation.definitionVersion).toBe(before);
    const later = new Visitor(server.url, PROFILES.sales_ready);
    const started = await later.start({ locale: 'en' });
    expect(started.messages[0]?.text).toContain('Welcome to the new Fieldwise!');
    expect((await detail(later.conversationId)).conversation.definitionVersion).toBe(next.version);
  });
}
