import { webApi } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

const { WebClient } = webApi;

let slack: FakeSlack;
let client: InstanceType<typeof WebClient>;

beforeAll(async () => {
  slack = await startFakeSlack({ users: { U0ANNA: { name: 'anna', realName: 'Anna Virtanen' } } });
  client = new WebClient(slack.token, { slackApiUrl: slack.url, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
});
afterAll(() => slack.close());

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });

describe('the fake Slack Web API', () => {
  it('answers a form-encoded call from the real WebClient and keeps the message with its metadata', async () => {
    const posted = await client.chat.postMessage({
      channel: 'U0ANNA',
      text: 'New lead',
      blocks: [section('*Hello* &amp; welcome')],
      metadata: { event_type: 'kysy_handoff', event_payload: { conversation_id: 'c1' } },
    });
    expect(posted.ok).toBe(true);
    expect(posted.channel).toBe('D0ANNA');
    const history = await client.conversations.history({ channel: 'D0ANNA', include_all_metadata: true });
    expect(history.messages?.[0]?.metadata?.event_payload).toEqual({ conversation_id: 'c1' });
  });

  it('accepts JSON bodies with a bearer token', async () => {
    const res = await fetch(`${slack.url}auth.test`, { method: 'POST', headers: { authorization: `Bearer ${slack.token}`, 'content-type': 'application/json' }, body: '{}' });
    expect(await res.json()).toMatchObject({ ok: true, user_id: 'U0KYSYBOT' });
  });

  it('refuses a missing or wrong token', async () => {
    const none = await fetch(`${slack.url}auth.test`, { method: 'POST', body: '' });
    expect(await none.json()).toEqual({ ok: false, error: 'not_authed' });
    await expect(new WebClient('xoxb-wrong', { slackApiUrl: slack.url, retryConfig: { retries: 0 } }).auth.test()).rejects.toThrow(/invalid_auth/);
  });

  it('rejects more than 50 blocks, long section text, long header and long button text', async () => {
    const many = Array.from({ length: 51 }, (_, i) => section(`line ${i}`));
    await expect(client.chat.postMessage({ channel: 'C0SALES', text: 'x', blocks: many })).rejects.toThrow(/invalid_blocks/);
    await expect(client.chat.postMessage({ channel: 'C0SALES', text: 'x', blocks: [section('a'.repeat(3001))] })).rejects.toThrow(/invalid_blocks/);
    await expect(client.chat.postMessage({ channel: 'C0SALES', text: 'x', blocks: [{ type: 'header', text: { type: 'plain_text', text: 'h'.repeat(151) } }] })).rejects.toThrow(/invalid_blocks/);
    const button = { type: 'actions', elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b'.repeat(76) } }] };
    await expect(client.chat.postMessage({ channel: 'C0SALES', text: 'x', blocks: [button] })).rejects.toThrow(/invalid_blocks/);
  });

  it('rejects unescaped &, < and > in mrkdwn but accepts mentions and links', async () => {
    for (const bad of ['Tom & Jerry', '<script>', 'a > b']) {
      await expect(client.chat.postMessage({ channel: 'C0SALES', text: 'x', blocks: [section(bad)] })).rejects.toThrow(/invalid_blocks/);
    }
    const ok = await client.chat.postMessage({ channel: 'C0SALES', text: 'x', blocks: [section('<@U0ANNA> see <https://kysy.example/a|the transcript> &lt;b&gt;')] });
    const stored = slack.messages.find((m) => m.ts === ok.ts);
    expect(stored?.live).toEqual({ mentions: ['U0ANNA'], broadcasts: [], links: ['https://kysy.example/a'] });
  });

  it('requires text or blocks, a known parent for thread replies, and a real message to update', async () => {
    await expect(client.chat.postMessage({ channel: 'C0SALES' } as never)).rejects.toThrow(/no_text/);
    await expect(client.chat.postMessage({ channel: 'C0SALES', text: 'r', thread_ts: '1.000001' })).rejects.toThrow(/thread_not_found/);
    await expect(client.chat.update({ channel: 'C0SALES', ts: '9.9', text: 'u' })).rejects.toThrow(/message_not_found/);
  });

  it('threads replies and lists them', async () => {
    const parent = await client.chat.postMessage({ channel: 'C0THREAD', text: 'card' });
    await client.chat.postMessage({ channel: 'C0THREAD', text: 'reminder', thread_ts: parent.ts });
    const replies = await client.conversations.replies({ channel: 'C0THREAD', ts: parent.ts as string });
    expect(replies.messages?.map((m) => m.text)).toEqual(['card', 'reminder']);
  });

  it('validates modals and needs a trigger id', async () => {
    const view = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'Not a fit' }, blocks: [] };
    await expect(client.views.open({ trigger_id: 'bad', view })).rejects.toThrow(/invalid_trigger_id/);
    await expect(client.views.open({ trigger_id: '1.2.ab', view: { ...view, title: { type: 'plain_text', text: 't'.repeat(25) } } })).rejects.toThrow(/invalid_blocks/);
    expect((await client.views.open({ trigger_id: '1.2.ab', view })).ok).toBe(true);
  });

  it('answers users.info and conversations.open', async () => {
    expect((await client.users.info({ user: 'U0ANNA' })).user?.real_name).toBe('Anna Virtanen');
    await expect(client.users.info({ user: 'U0NOBODY' })).rejects.toThrow(/user_not_found/);
    expect((await client.conversations.open({ users: 'U0ANNA' })).channel?.id).toBe('D0ANNA');
  });

  it('fails the next calls with 429 + Retry-After or 500 when told to', async () => {
    slack.failNext(1, { status: 429, retryAfter: 3 });
    slack.failNext(1, { status: 500 });
    const limited = await client.auth.test().catch((e: unknown) => e);
    expect(limited).toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 3 });
    await expect(client.auth.test()).rejects.toMatchObject({ code: 'slack_webapi_http_error', statusCode: 500 });
    expect((await client.auth.test()).ok).toBe(true);
  });
});
