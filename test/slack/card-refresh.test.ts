import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Visitor } from '../http/visitor.js';
import { pgliteStore } from '../support/stores.js';
import { ANNA, startSlackWorld, type SlackWorld } from './slack-server.js';

describe('a handed-off lead\'s card kept current as the visitor answers on', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await startSlackWorld(pgliteStore);
  });
  afterAll(() => world?.close());

  async function say(visitor: Visitor, reply: { text: string } | { choice: string }, clientMessageId?: string) {
    const res = await visitor.send(reply, clientMessageId);
    expect(res.status).toBe(200);
  }

  it('redraws the delivered card in place after each answering turn, escaped, once, retrying a 429 after Retry-After', async () => {
    // Asking for a person hands the lead off as soon as there is an email; the questions carry on.
    const visitor = new Visitor(world.url, {});
    await visitor.start({ locale: 'en' });
    await say(visitor, { text: 'I want to talk to a person' });
    await say(visitor, { choice: 'yes' });
    await say(visitor, { text: 'anna.virtanen@example.fi' });
    expect(await world.kysy.worker.tick()).toEqual({ delivered: 1, failed: 0 });
    const card = (await world.store.cardedLead(visitor.conversationId))?.card;
    if (!card) throw new Error('the card was not delivered');
    const posted = world.slack.messages.find((m) => m.channel === card.channel && m.ts === card.ts)!;
    const shown = () => JSON.stringify(posted.blocks);
    const updates = () => world.slack.calls.filter((c) => c.method === 'chat.update' && c.args.channel === card.channel && c.args.ts === card.ts);
    const postsSince = world.slack.accepted('chat.postMessage').length;
    expect(shown()).not.toContain('HVAC');

    await say(visitor, { choice: 'hvac' });
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(shown()).toContain('HVAC');

    world.slack.failNext(1, { status: 429, retryAfter: 30 }, 'chat.update');
    await say(visitor, { text: 'We have 60 employees & <b>twelve</b> vans' }, 'size-answer');
    // Slack's 429 postpones the refresh; it is no failed attempt.
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 0, failed: 0 });
    expect(shown()).not.toContain('60 employees');
    world.clock.advance(29_000);
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 0, failed: 0 });
    world.clock.advance(1_000);
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(shown()).toContain('60 employees');
    expect(shown()).toContain('We have 60 employees &amp; &lt;b&gt;twelve&lt;/b&gt; vans');
    expect(shown()).not.toContain('<b>');

    // The same message again is the same turn: nothing new to draw.
    await say(visitor, { text: 'We have 60 employees & <b>twelve</b> vans' }, 'size-answer');
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 0, failed: 0 });

    expect(updates().map((c) => c.status)).toEqual([200, 429, 200]);
    expect(world.slack.accepted('chat.postMessage')).toHaveLength(postsSince);
    expect(world.slack.cards().filter((m) => m.metadata?.event_payload.key === visitor.conversationId)).toHaveLength(1);
  });

  it('shows a contact detail the sales-ready visitor gives while talking with the rep, beside their words in the thread', async () => {
    const { visitor, channel, ts } = await world.delivered();
    expect((await world.sender.threadMessage({ channel, threadTs: ts, user: ANNA, text: 'Hi, Anna here!' })).status).toBe(200);
    const posted = world.slack.messages.find((m) => m.channel === channel && m.ts === ts)!;
    expect(JSON.stringify(posted.blocks)).not.toContain('a.v@lampopiste');

    await say(visitor, { text: 'Please write to a.v@lampopiste.fi instead' });
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 2, failed: 0 });
    expect(JSON.stringify(posted.blocks)).toContain('a.v@lampopiste');
    expect(world.slack.messages.filter((m) => m.threadTs === ts && m.text.includes('Visitor'))).toHaveLength(1);
    expect(world.slack.cards().filter((m) => m.metadata?.event_payload.key === visitor.conversationId)).toHaveLength(1);
  });
});
