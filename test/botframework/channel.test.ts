import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { PROFILES } from '../http/visitor.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore, postgresStore } from '../support/stores.js';
import { BotFrameworkVisitor } from './bf-visitor.js';
import { FakeConnector } from './fake-connector.js';

const databases = [
  ['PGlite', pgliteStore],
  ['PostgreSQL', postgresStore],
] as const;

describe.each(databases)('Bot Framework channel on %s', (_name, openStore) => {
  let store: Store;
  let server: TestServer;
  let connector: FakeConnector;
  const visitor = (conversationId: string, channelId?: string) => new BotFrameworkVisitor(server.url, connector, store, conversationId, channelId);

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    store = await openStore();
    server = await startTestServer(store, { BOTFRAMEWORK_EMULATOR: 'on' });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await connector.stop();
  });

  it('greets a visitor who joins, in their locale, with choices as suggested actions', async () => {
    const finn = visitor('greet-1');
    expect((await finn.join({ locale: 'fi-FI' })).status).toBe(200);
    const conversation = await finn.record();
    expect(conversation.locale).toBe('fi');
    expect(conversation.channel).toBe('botframework');
    expect(finn.received().find((r) => r.activity.suggestedActions), 'the first question offers its options as quick replies').toBeDefined();
  });

  it('qualifies a visitor to sales_ready with the same lead and handoff as the website', async () => {
    const lead = visitor('lead-1');
    await lead.join();
    await lead.playToEnd(PROFILES.sales_ready);
    const conversation = await lead.record();
    const detail = await (await server.admin(`/api/admin/conversations/${conversation.id}`)).json();
    expect(detail.lead.decision).toBe('sales_ready');
    expect(detail.lead.owner).toEqual({ id: 'anna', name: expect.any(String) });
    expect(detail.lead.answers.find((a: { criterionId: string }) => a.criterionId === 'industry')).toMatchObject({ value: 'hvac', source: 'button' });
    const outbox = await store.claimDue('handoff', 10, new Date(Date.now() + 60_000));
    expect(outbox.filter((o) => o.conversationId === conversation.id)).toHaveLength(1);
  });

  it('processes a redelivered activity once', async () => {
    const again = visitor('redeliver-1');
    await again.join();
    const first = again.activity({ text: 'We install heat pumps, about 40 people' });
    expect((await again.post(first)).status).toBe(200);
    await connector.messages(connector.received.filter((r) => r.activity.type === 'message').length);
    const repliesAfterFirst = again.received().length;
    expect((await again.post(first)).status).toBe(200);
    const { id } = await again.record();
    expect(((await store.transcript(id)) ?? []).filter((m) => m.role === 'visitor')).toHaveLength(1);
    expect(again.received()).toHaveLength(repliesAfterFirst);
  });

  it('turns a Hero card click (messageBack value) into the choice it names', async () => {
    const sms = visitor('hero-1', 'sms');
    await sms.join();
    expect((await sms.record()).state.asking).toBe('industry');
    expect(sms.received().some((r) => Array.isArray(r.activity.attachments)), 'a channel without quick replies gets its choices on a Hero card').toBe(true);
    await sms.post(sms.activity({ text: 'HVAC', value: { choice: 'hvac' } }));
    expect((await sms.record()).state.answers.industry?.value).toBe('hvac');
  });

  it('takes a suggested action typed back in another case and without its diacritics as that button', async () => {
    const finn = visitor('typed-label-1');
    await finn.join({ locale: 'fi-FI' });
    const offered = finn.received().flatMap((r) => (r.activity.suggestedActions as { actions: Array<{ value: string }> } | undefined)?.actions ?? []);
    expect(offered.map((a) => a.value)).toContain('Kiinteistöhuolto');
    await finn.say('KIINTEISTOHUOLTO');
    expect((await finn.record()).state.answers.industry).toMatchObject({ value: 'facility_maintenance', source: 'button' });
  });

  it('answers a malformed activity with 400, not 500', async () => {
    const res = await visitor('bad-1').post({ text: 'no type, no conversation' });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'bad_request', message: expect.stringContaining('type') });
  });

  // Found by the fuzz test (test/chaos/fuzz.test.ts): each was a 500 from deep inside botbuilder.
  it.each<[string, Record<string, unknown>, string]>([
    ['members added that are not a list', { type: 'conversationUpdate', membersAdded: { id: 'x' } }, 'membersAdded'],
    ['a sender name that is a number (the reply would carry it back)', { from: { id: 'v', name: 0 } }, 'from'],
    ['a conversation id no response header can carry', { conversation: { id: 'keskustelu-ä-😀' } }, 'conversation'],
  ])('answers an activity with %s with 400, not 500', async (_what, fields, field) => {
    const bad = visitor('bad-2');
    const res = await bad.post(bad.activity(fields));
    expect(res.status).toBe(400);
    expect((await res.json()).error).toMatchObject({ code: 'bad_request', message: expect.stringContaining(field) });
  });

  it('acknowledges an invoke activity it has no use for, instead of botbuilder\'s 501', async () => {
    const res = await visitor('invoke-1').post(visitor('invoke-1').activity({ type: 'invoke', name: 'adaptiveCard/action', value: { action: {} } }));
    expect(res.status).toBe(200);
  });
});
