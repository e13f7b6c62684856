import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import type { Store } from '../../adapters/store/index.js';
import { startTestServer, type TestServer } from '../http/server.js';
import { pgliteStore } from '../support/stores.js';
import { FakeConnector } from './fake-connector.js';

const APP_ID = '3f1e2d4c-0000-4000-8000-00000000b0t1';

describe('Bot Framework authentication with an app id configured', () => {
  let store: Store;
  let server: TestServer;
  let connector: FakeConnector;
  const settings = () => ({
    MICROSOFT_APP_ID: APP_ID,
    MICROSOFT_APP_PASSWORD: 'not-used-for-inbound-validation',
    BOTFRAMEWORK_OPENID_METADATA_URL: connector.openIdMetadataUrl,
  });

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    store = await pgliteStore();
    // The fake channel service listens on loopback, which only emulator mode may be answered on.
    server = await startTestServer(store, { ...settings(), BOTFRAMEWORK_EMULATOR: 'on' });
  });
  afterAll(async () => {
    await server.close();
    await store.close();
    await connector.stop();
  });

  const message = (id: string, extra: Record<string, unknown> = {}) => ({
    type: 'message',
    id,
    channelId: 'webchat',
    serviceUrl: connector.url,
    conversation: { id: `auth-${id}` },
    from: { id: 'visitor-1' },
    recipient: { id: 'kysy-bot' },
    text: 'We are an HVAC company',
    ...extra,
  });

  const post = (body: unknown, authorization?: string, to = server) =>
    fetch(`${to.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      body: JSON.stringify(body),
    });

  async function nothingStored(id: string) {
    expect(await store.findByExternalId('botframework', `webchat:auth-${id}`)).toBeNull();
  }

  it('refuses an activity without a token and processes nothing', async () => {
    expect((await post(message('no-token'))).status).toBe(401);
    await nothingStored('no-token');
  });

  it('refuses a token signed with a key the channel never published', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT({ serviceurl: connector.url })
      .setProtectedHeader({ alg: 'RS256', kid: 'kysy-test-key' })
      .setIssuer('https://api.botframework.com')
      .setAudience(APP_ID)
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    expect((await post(message('forged'), `Bearer ${forged}`)).status).toBe(401);
    await nothingStored('forged');
  });

  it('refuses a genuine token issued for another bot', async () => {
    const token = await connector.channelToken({ appId: 'someone-elses-bot', serviceUrl: connector.url });
    expect((await post(message('other-aud'), `Bearer ${token}`)).status).toBe(401);
    await nothingStored('other-aud');
  });

  it('refuses a genuine token whose serviceUrl claim does not match the activity', async () => {
    const token = await connector.channelToken({ appId: APP_ID, serviceUrl: 'https://evil.example.com' });
    expect((await post(message('other-url'), `Bearer ${token}`)).status).toBe(401);
    await nothingStored('other-url');
  });

  it('accepts a valid channel token and answers the visitor', async () => {
    const token = await connector.channelToken({ appId: APP_ID, serviceUrl: connector.url });
    // expectReplies returns the replies in the response, so no outbound Azure AD token is needed here.
    const res = await post(message('valid', { deliveryMode: 'expectReplies' }), `Bearer ${token}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { activities: Array<{ type: string; text?: string }> };
    expect(body.activities.some((a) => a.type === 'message' && a.text)).toBe(true);
    const conversation = await store.findByExternalId('botframework', 'webchat:auth-valid');
    expect(conversation?.state.answers.industry?.value).toBe('hvac');
  });

  it('refuses a genuine token vouching for a loopback serviceUrl outside emulator mode', async () => {
    const production = await startTestServer(store, settings());
    try {
      const token = await connector.channelToken({ appId: APP_ID, serviceUrl: connector.url });
      expect((await post(message('loopback', { deliveryMode: 'expectReplies' }), `Bearer ${token}`, production)).status).toBe(401);
      await nothingStored('loopback');
    } finally {
      await production.close();
    }
  });
});
