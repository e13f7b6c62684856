import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROFILES } from '../http/visitor.js';
import { ANNA, startSlackWorld, type SlackWorld } from '../slack/slack-server.js';
import { pgliteStore } from '../support/stores.js';
import { BotFrameworkVisitor } from './bf-visitor.js';
import { FakeConnector } from './fake-connector.js';

describe('a rep replying from Slack to a visitor in a Bot Framework channel', () => {
  let world: SlackWorld;
  let connector: FakeConnector;

  beforeAll(async () => {
    connector = await new FakeConnector().start();
    // The fake connector listens on loopback: the emulator's terms.
    world = await startSlackWorld(pgliteStore, { env: { BOTFRAMEWORK_EMULATOR: 'on' } });
  });
  afterAll(async () => {
    await world?.close();
    await connector.stop();
  });

  it('reaches the visitor in their own channel through the stored conversation reference', async () => {
    const visitor = new BotFrameworkVisitor(world.url, connector, world.store, 'teams-lead-1');
    await visitor.join();
    await visitor.playToEnd(PROFILES.sales_ready);
    const { id } = await visitor.record();
    await world.kysy.worker.tick();
    const card = (await world.store.cardedLead(id))?.card;
    expect(card, 'the handoff card was posted to Slack').toBeDefined();

    const before = visitor.received().length;
    const total = connector.received.filter((r) => r.activity.type === 'message').length;
    const res = await world.sender.threadMessage({ channel: card!.channel, threadTs: card!.ts, user: ANNA, ts: '1795000000.000200', text: 'Hi, Anna here &amp; happy to help!' });
    expect(res.status).toBe(200);
    await connector.messages(total + 2);

    const proactive = visitor.received().slice(before);
    expect(proactive.map((r) => r.activity.text)).toEqual([expect.stringContaining('Anna'), 'Hi, Anna here & happy to help!']);
    // Proactive messages go to the conversation itself, not as a reply to a visitor's activity.
    expect(proactive.every((r) => r.replyToId === null)).toBe(true);
    expect((await visitor.record()).state.humanActive).toBe(true);
  });
});
