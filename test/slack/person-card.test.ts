import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES, Visitor } from '../http/visitor.js';
import { pgliteStore } from '../support/stores.js';
import { startSlackWorld, type SlackWorld } from './slack-server.js';

describe('a person\'s one card in Slack, updated or erased in place', () => {
  let world: SlackWorld;
  beforeAll(async () => {
    world = await startSlackWorld(pgliteStore);
  });
  afterAll(() => world?.close());

  it('keeps one card per person: a later conversation redraws the lead\'s card in place instead of posting another', async () => {
    const { visitor, channel, ts } = await world.delivered();
    const posts = world.slack.accepted('chat.postMessage').length;
    const card = () => world.slack.messages.find((m) => m.channel === channel && m.ts === ts)!;
    const updates = () => world.slack.calls.filter((c) => c.method === 'chat.update' && c.args.channel === channel && c.args.ts === ts && c.status === 200);
    expect(JSON.stringify(card().blocks)).not.toContain('back for the rollout');

    // The same browser comes back the next week; the second conversation is as sales-ready as the first.
    world.clock.advance(7 * 24 * 60 * 60_000);
    const again = new Visitor(world.url, PROFILES.sales_ready);
    await again.start({ locale: 'en', visitorId: visitor.visitorId });
    const res = await again.send({ text: 'We are back for the rollout, can we book a demo this week?' });
    expect(res.status).toBe(200);

    expect(await world.kysy.worker.tick()).toEqual({ delivered: 0, failed: 0 });
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(updates()).toHaveLength(1);
    expect(JSON.stringify(card().blocks)).toContain('back for the rollout');
    expect(world.slack.accepted('chat.postMessage')).toHaveLength(posts);
    const cards = world.slack.cards().filter((m) => [visitor.conversationId, again.conversationId].includes(String(m.metadata?.event_payload.key)));
    expect(cards.map((m) => m.ts)).toEqual([ts]);
  });

  it('redraws an erased person\'s card in place, without their e-mail or words', async () => {
    const { visitor, channel, ts } = await world.delivered();
    const card = () => JSON.stringify(world.slack.messages.find((m) => m.channel === channel && m.ts === ts)!.blocks);
    expect(card()).toContain(visitor.email);

    const erasure = await world.store.erasePerson(visitor.email!, 'admin@example.com');
    expect(erasure.counts.cards).toBe(1);
    expect(await world.kysy.slack!.relay.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(card()).not.toContain(visitor.email);
    expect(card()).not.toContain(visitor.email!.split('@')[0]);
    expect(world.slack.cards().filter((m) => m.metadata?.event_payload.key === visitor.conversationId)).toHaveLength(1);
  });
});
