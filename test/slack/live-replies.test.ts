import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openStore } from '../../adapters/store/index.js';
import { pgliteStore, postgresAvailable } from '../support/stores.js';
import { openEventStream } from './event-stream.js';
import { ANNA, startSlackWorld, type SlackWorld } from './slack-server.js';
import { startFakeSlack, type FakeSlack } from './fake-slack.js';

const eventsUrl = (world: SlackWorld, conversationId: string, visitorId: string) => `${world.url}/api/conversations/${conversationId}/events?visitorId=${visitorId}`;

describe('a rep talking with the visitor from the card thread', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await startSlackWorld(pgliteStore);
  });
  afterAll(() => world?.close());

  it('reaches the open widget within a second; the visitor is told a person joined; the visitor\'s answer goes back into the thread', async () => {
    const { visitor, channel, ts } = await world.delivered();
    const stream = await openEventStream(eventsUrl(world, visitor.conversationId, visitor.visitorId));
    expect(stream.status).toBe(200);

    const sent = Date.now();
    const first = { channel, threadTs: ts, user: ANNA, ts: '1795000000.000100', text: 'Hi! Anna here &amp; happy to help. Book a call: <https://meet.fieldwise.example/anna|my calendar>' };
    const res = await world.sender.threadMessage(first);
    expect(res.status).toBe(200);
    await expect.poll(() => stream.events.length, { timeout: 1000, interval: 20 }).toBe(2);
    expect(stream.events[1]!.at - sent).toBeLessThan(1000);
    expect(stream.events.map((e) => e.data)).toEqual([
      expect.objectContaining({ id: expect.any(String), role: 'bot', text: expect.stringContaining('Anna from our team has joined') }),
      { id: expect.any(String), role: 'rep', text: 'Hi! Anna here & happy to help. Book a call: my calendar (https://meet.fieldwise.example/anna)' },
    ]);

    // Slack delivers an event again when unsure: it is shown once.
    expect((await world.sender.threadMessage(first)).status).toBe(200);
    const transcript = await (await fetch(`${world.url}/api/conversations/${visitor.conversationId}?visitorId=${visitor.visitorId}`)).json();
    expect(transcript.messages.filter((m: { role: string }) => m.role === 'rep')).toHaveLength(1);

    // The visitor answers: the bot asks nothing, and the words go into the card's thread.
    const reply = await visitor.send({ text: 'Great, <b>tomorrow</b> at 10 works & thanks!' });
    expect(reply.status).toBe(200);
    const body = await reply.json();
    expect(body.messages).toEqual([]);
    // The bot had said goodbye, but a person is talking with the visitor now: the chat is not done.
    expect(body.state.done).toBe(false);
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 1, failed: 0 });
    const relayed = world.slack.messages.filter((m) => m.threadTs === ts && m.text.includes('Visitor'));
    expect(relayed).toHaveLength(1);
    expect(relayed[0]!.text).toBe(':speech_balloon: *Visitor:* Great, &lt;b&gt;tomorrow&lt;/b&gt; at 10 works &amp; thanks!');
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 0, failed: 0 });

    // Kysy's own post in the thread comes back as an event with a bot id: it is not a rep message.
    await world.sender.threadMessage({ channel, threadTs: ts, user: 'U0KYSYBOT', botId: 'B0KYSY', text: relayed[0]!.text });
    expect(stream.events).toHaveLength(2);
    stream.close();
  });

  it('keeps one visitor out of another visitor\'s stream', async () => {
    const { visitor } = await world.delivered();
    const stranger = await openEventStream(eventsUrl(world, visitor.conversationId, 'someone-elses-visitor-id-123'));
    expect(stranger.status).toBe(404);
    const malformed = await openEventStream(eventsUrl(world, visitor.conversationId, 'x'));
    expect(malformed.status).toBe(400);
  });
});

// Two instances on one PostgreSQL database: the rep's message arrives at one, the widget listens on the other.
describe.skipIf(!postgresAvailable())('live replies across instances (PostgreSQL LISTEN/NOTIFY)', () => {
  let slack: FakeSlack;
  let a: SlackWorld;
  let b: SlackWorld;
  let dropDatabase: () => Promise<void>;

  beforeAll(async () => {
    const server = inject('postgresUrl') as string;
    const name = `kysy_live_${randomBytes(6).toString('hex')}`;
    const admin = async (sql: string) => {
      const client = new pg.Client({ connectionString: server });
      await client.connect();
      await client.query(sql).finally(() => client.end());
    };
    await admin(`CREATE DATABASE ${name}`);
    dropDatabase = () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const url = new URL(server);
    url.pathname = `/${name}`;
    slack = await startFakeSlack({ users: { [ANNA]: { name: 'anna', realName: 'Anna Virtanen' } } });
    a = await startSlackWorld((options) => openStore({ databaseUrl: url.toString() }, options), { slack });
    b = await startSlackWorld((options) => openStore({ databaseUrl: url.toString() }, options), { slack });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await slack?.close();
    await dropDatabase?.();
  });

  it('pushes a rep message received by instance A to a widget connected to instance B within a second', async () => {
    const { visitor, channel, ts } = await a.delivered();
    const stream = await openEventStream(eventsUrl(b, visitor.conversationId, visitor.visitorId));
    expect(stream.status).toBe(200);
    const sent = Date.now();
    await a.sender.threadMessage({ channel, threadTs: ts, user: ANNA, text: 'Hello from Slack' });
    await expect.poll(() => stream.events.map((e) => (e.data as { text: string }).text), { timeout: 1000, interval: 20 }).toContain('Hello from Slack');
    expect(stream.events.at(-1)!.at - sent).toBeLessThan(1000);
    stream.close();
  });
});
