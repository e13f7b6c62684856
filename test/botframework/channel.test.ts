import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { PROFILES, type Profile } from '../http/visitor.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore, postgresStore } from '../support/stores.js';
import { FakeConnector, type ReceivedActivity } from './fake-connector.js';

const databases = [
  ['PGlite', pgliteStore],
  ['PostgreSQL', postgresStore],
] as const;

describe.each(databases)('Bot Framework channel on %s', (_name, openStore) => {
  let store: Store;
  let server: TestServer;
  let connector: FakeConnector;
  let activitySeq = 0;

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    store = await openStore();
    server = await startTestServer(store);
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await connector.stop();
  });

  function activity(conversationId: string, fields: Record<string, unknown>) {
    return {
      type: 'message',
      id: `act-${++activitySeq}`,
      channelId: 'webchat',
      serviceUrl: connector.url,
      conversation: { id: conversationId },
      from: { id: 'visitor-1', name: 'Visitor' },
      recipient: { id: 'kysy-bot', name: 'Kysy' },
      locale: 'en-US',
      ...fields,
    };
  }

  async function post(body: unknown, headers: Record<string, string> = {}) {
    return fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  }

  async function conversationOf(bfConversationId: string) {
    const record = await store.findByExternalId('botframework', `webchat:${bfConversationId}`);
    if (!record) throw new Error(`no conversation for ${bfConversationId}`);
    return record;
  }

  function lastMessage(received: ReceivedActivity[]) {
    const messages = received.filter((r) => r.activity.type === 'message');
    return messages[messages.length - 1]!;
  }

  // The visible label of a choice: the stored bot message knows ids and labels; the channel shows labels.
  const labels = new Map<string, string>();
  function labelOf(_criterion: string, choiceId: string, last: ReceivedActivity): string {
    const stored = labels.get(`${last.activity.text}|${choiceId}`);
    if (stored) return stored;
    throw new Error(`no label for ${choiceId} in "${last.activity.text}"`);
  }
  async function rememberLabels(bfConversationId: string) {
    const { id } = await conversationOf(bfConversationId);
    for (const message of (await store.transcript(id)) ?? []) {
      for (const choice of message.choices ?? []) labels.set(`${message.text}|${choice.id}`, choice.label);
    }
  }

  it('greets a visitor who joins, in their locale, with choices as suggested actions', async () => {
    const res = await post(activity('greet-1', { type: 'conversationUpdate', membersAdded: [{ id: 'visitor-1' }], locale: 'fi-FI' }));
    expect(res.status).toBe(200);
    const received = await connector.messages(1);
    const greeting = received.filter((r) => r.conversationId === 'greet-1');
    expect(greeting.length).toBeGreaterThan(0);
    const conversation = await conversationOf('greet-1');
    expect(conversation.locale).toBe('fi');
    expect(conversation.channel).toBe('botframework');
    const withChoices = greeting.find((r) => r.activity.suggestedActions);
    expect(withChoices, 'the first question offers its options as quick replies').toBeDefined();
  });

  it('qualifies a visitor to sales_ready with the same lead and handoff as the website', async () => {
    const res = await post(activity('lead-1', { type: 'conversationUpdate', membersAdded: [{ id: 'visitor-1' }] }));
    expect(res.status).toBe(200);
    await connector.messages(1);
    const profile = PROFILES.sales_ready;
    for (let i = 0; i < 30; i++) {
      await rememberLabels('lead-1');
      const conversation = await conversationOf('lead-1');
      if (conversation.state.phase === 'closed') break;
      await answerUntilDoneStep('lead-1', profile);
    }
    const conversation = await conversationOf('lead-1');
    const detail = await (await server.admin(`/api/admin/conversations/${conversation.id}`)).json();
    expect(detail.lead.decision).toBe('sales_ready');
    expect(detail.lead.owner).toEqual({ id: 'anna', name: expect.any(String) });
    const outbox = await store.claimDue('handoff', 10, new Date(Date.now() + 60_000));
    expect(outbox.filter((o) => o.conversationId === conversation.id)).toHaveLength(1);
  });

  async function answerUntilDoneStep(bfConversationId: string, profile: Profile) {
    const conversation = await conversationOf(bfConversationId);
    const asking = conversation.state.asking;
    const reply = asking ? profile[asking] : undefined;
    if (!reply) throw new Error(`profile has no answer for ${asking}`);
    const before = connector.received.filter((r) => r.activity.type === 'message').length;
    let text: string;
    if ('choice' in reply) {
      const last = lastMessage(connector.received.filter((r) => r.conversationId === bfConversationId));
      const actions = (last.activity.suggestedActions as { actions: Array<{ type: string; title: string; value: string }> } | undefined)?.actions ?? [];
      const action = actions.find((a) => a.title === labelOf(asking!, reply.choice, last));
      expect(action?.type).toBe('imBack');
      text = action!.value;
    } else text = reply.text;
    expect((await post(activity(bfConversationId, { text }))).status).toBe(200);
    await connector.messages(before + 1);
  }

  it('processes a redelivered activity once', async () => {
    await post(activity('redeliver-1', { type: 'conversationUpdate', membersAdded: [{ id: 'visitor-1' }] }));
    const first = activity('redeliver-1', { text: 'We install heat pumps, about 40 people' });
    expect((await post(first)).status).toBe(200);
    const repliesAfterFirst = connector.received.filter((r) => r.conversationId === 'redeliver-1' && r.activity.type === 'message').length;
    expect((await post(first)).status).toBe(200);
    const { id } = await conversationOf('redeliver-1');
    const visitorMessages = ((await store.transcript(id)) ?? []).filter((m) => m.role === 'visitor');
    expect(visitorMessages).toHaveLength(1);
    expect(connector.received.filter((r) => r.conversationId === 'redeliver-1' && r.activity.type === 'message')).toHaveLength(repliesAfterFirst);
  });

  it('turns a Hero card click (messageBack value) into the choice it names', async () => {
    await post(activity('hero-1', { type: 'conversationUpdate', membersAdded: [{ id: 'visitor-1' }], channelId: 'sms' }));
    const before = await store.findByExternalId('botframework', 'sms:hero-1');
    expect(before?.state.asking).toBe('industry');
    await post(activity('hero-1', { channelId: 'sms', text: 'HVAC', value: { choice: 'hvac' } }));
    const after = await store.findByExternalId('botframework', 'sms:hero-1');
    expect(after?.state.answers.industry?.value).toBe('hvac');
    const cards = connector.received.filter((r) => r.conversationId === 'hero-1' && Array.isArray(r.activity.attachments));
    expect(cards.length, 'a channel without quick replies gets its choices on a Hero card').toBeGreaterThan(0);
  });
});
