import { expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { onBothDatabases } from '../support/stores.js';
import { serverForSuite, type TestServer } from './server.js';
import { PROFILES, Visitor } from './visitor.js';

onBothDatabases('hostile input', hostileInput);

/** What PostgreSQL cannot store (NUL, lone surrogates) and what must never reach a log. */
function hostileInput(open: () => Promise<Store>) {
  let store: Store;
  let server: TestServer;

  serverForSuite(open, (kysy) => ({ store, server } = kysy));

  const start = (body: string) => fetch(`${server.url}/api/conversations`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const visitorLines = async (v: Visitor) => (await store.transcript(v.conversationId))!.filter((m) => m.role === 'visitor').map((m) => m.text);

  it('removes NUL from typed text and a clicked choice instead of failing', async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start();
    expect((await v.send({ text: 'we do\u0000 HVAC' })).status).toBe(200);
    expect((await v.send({ choice: 'fin\u0000land' })).status).toBe(200);
    expect(await visitorLines(v)).toEqual(['we do HVAC', expect.any(String)]);
    expect((await store.load(v.conversationId))!.conversation.state.answers.industry?.value).toBe('hvac');
  });

  it('replaces a lone surrogate in typed text with U+FFFD', async () => {
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start();
    const res = await fetch(`${server.url}/api/conversations/${v.conversationId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-kysy-visitor': v.visitorId },
      body: '{"clientMessageId":"s1","text":"broken \\ud800 emoji \\udfff"}',
    });
    expect(res.status).toBe(200);
    expect(await visitorLines(v)).toEqual(['broken \ufffd emoji \ufffd']);
  });

  it('starts a conversation whose page context carries NUL and lone surrogates, keeping it cleaned', async () => {
    const res = await start('{"context":{"pageUrl":"https://x.example/\\ud800?q=\\u0000","referrer":"\\udc00","utm":{"utm_\\u0000source":"news\\u0000letter"}}}');
    expect(res.status).toBe(201);
    const { conversationId } = await res.json();
    expect((await store.load(conversationId))!.conversation.context).toEqual({
      pageUrl: 'https://x.example/\ufffd?q=',
      referrer: '\ufffd',
      utm: { utm_source: 'newsletter' },
    });
  });

  it('refuses a body nested deeper than anything Kysy reads with 400', async () => {
    const res = await start(`{"context":${'{"a":'.repeat(40)}1${'}'.repeat(40)}}`);
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe('invalid_json');
  });

  it('logs a failed database write without what the visitor typed', async () => {
    // A real constraint violation: PostgreSQL puts the failing row in the error's detail, PGlite the statement's parameters too.
    await store.sql.script(`ALTER TABLE messages ADD CONSTRAINT refuse_for_test CHECK (text NOT LIKE '%refuse-me%')`);
    const v = new Visitor(server.url, PROFILES.sales_ready);
    await v.start();
    const secret = 'refuse-me: my private number is 040 1234567';
    const res = await v.send({ text: secret });
    expect(res.status).toBe(500);
    const failure = server.logs.find((l) => l.msg === 'request failed');
    expect(failure?.err).toMatchObject({ code: '23514', constraint: 'refuse_for_test' });
    expect(JSON.stringify(server.logs)).not.toContain('040 1234567');
  });
}
