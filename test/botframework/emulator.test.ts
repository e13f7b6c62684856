import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';
import { FakeConnector } from './fake-connector.js';

/** Without MICROSOFT_APP_ID nothing is authenticated: only the local emulator, explicitly allowed, may talk. */
describe('Bot Framework without an app id', () => {
  let store: Store;
  let closed: TestServer;
  let emulator: TestServer;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    store = await pgliteStore();
    closed = await startTestServer(store);
    emulator = await startTestServer(store, { BOTFRAMEWORK_EMULATOR: 'on' });
  });
  afterAll(async () => {
    await closed.close();
    await emulator.close();
    await store.close();
    await connector.stop();
  });

  const activity = (conversation: string, serviceUrl = connector.url) => ({
    type: 'message',
    id: `${conversation}-1`,
    channelId: 'emulator',
    serviceUrl,
    conversation: { id: conversation },
    from: { id: 'visitor-1' },
    recipient: { id: 'kysy-bot' },
    text: 'We are an HVAC company',
  });

  const post = (server: TestServer, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  async function refusedAndUntouched(res: Response, conversation: string) {
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthorized');
    expect(await store.findByExternalId('botframework', `emulator:${conversation}`)).toBeNull();
    expect(connector.received.filter((r) => r.conversationId === conversation)).toEqual([]);
  }

  it('refuses even a local request unless BOTFRAMEWORK_EMULATOR is on', async () => {
    await refusedAndUntouched(await post(closed, activity('closed-1')), 'closed-1');
  });

  it('answers the local emulator when it is on', async () => {
    expect((await post(emulator, activity('emulator-1'))).status).toBe(200);
    await connector.messages(1);
    expect(await store.findByExternalId('botframework', 'emulator:emulator-1')).not.toBeNull();
  });

  it.each<Record<string, string>>([{ 'x-forwarded-for': '203.0.113.9' }, { forwarded: 'for=203.0.113.9;proto=https' }, { 'x-forwarded-host': 'bot.example.com' }])(
    'refuses a request a reverse proxy on this machine relayed (%o)',
    async (headers) => {
      const conversation = `proxied-${Object.keys(headers)[0]}`;
      await refusedAndUntouched(await post(emulator, activity(conversation), headers), conversation);
    },
  );

  it('never calls a serviceUrl off this machine (a request that would make the server reach internal addresses)', async () => {
    await refusedAndUntouched(await post(emulator, activity('ssrf-1', 'http://169.254.169.254/latest/meta-data')), 'ssrf-1');
  });
});
