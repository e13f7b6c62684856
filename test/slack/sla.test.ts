import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteStore } from '../support/stores.js';
import { ANNA, ERIK, ESCALATION, startSlackWorld, type SlackWorld } from './slack-server.js';

/** The example definition: acceptMinutes 30, escalationChannel C05F6SLS3RW. */
const MINUTE = 60_000;
let world: SlackWorld;

beforeAll(async () => {
  world = await startSlackWorld(pgliteStore);
});
afterAll(() => world?.close());

const threadOf = (ts: string) => world.slack.messages.filter((m) => m.threadTs === ts);
const escalations = () => world.slack.messages.filter((m) => m.channel === ESCALATION);

describe('the SLA on an unaccepted lead, on the injected clock', () => {
  it('reminds the owner in the thread after acceptMinutes and escalates after twice that, once each', async () => {
    const { visitor, ts } = await world.delivered();
    const sla = world.kysy.slack!.sla;
    const before = escalations().length;

    world.clock.advance(29 * MINUTE);
    expect(await sla.tick()).toEqual({ reminded: 0, escalated: 0, failed: 0 });
    expect(threadOf(ts)).toEqual([]);

    world.clock.advance(1 * MINUTE);
    expect(await sla.tick()).toEqual({ reminded: 1, escalated: 0, failed: 0 });
    const [reminder] = threadOf(ts);
    expect(reminder!.live.mentions).toEqual([ANNA]);
    expect(reminder!.text).toContain('30 min');
    expect(await sla.tick()).toEqual({ reminded: 0, escalated: 0, failed: 0 });

    world.clock.advance(29 * MINUTE);
    expect(await sla.tick()).toEqual({ reminded: 0, escalated: 0, failed: 0 });
    world.clock.advance(1 * MINUTE);
    expect(await sla.tick()).toEqual({ reminded: 0, escalated: 1, failed: 0 });
    expect(escalations()).toHaveLength(before + 1);
    expect(escalations().at(-1)!.text).toContain('60 min');
    expect(escalations().at(-1)!.live.links).toEqual([`https://kysy.example.com/admin/leads/${visitor.conversationId}`]);

    world.clock.advance(600 * MINUTE);
    expect(await sla.tick()).toEqual({ reminded: 0, escalated: 0, failed: 0 });
    expect(threadOf(ts)).toHaveLength(2);
    expect((await world.store.cardedLead(visitor.conversationId))?.actions.map((a) => a.type)).toEqual(['reminded', 'escalated']);
    expect(JSON.stringify(world.slack.messages.find((m) => m.ts === ts)!.blocks)).toContain('Escalated');
  });

  it('sends nothing for a lead accepted in time', async () => {
    const { visitor, channel, ts } = await world.delivered();
    await world.sender.blockAction({ actionId: 'kysy_accept', value: visitor.conversationId, user: ERIK, channel, messageTs: ts });
    world.clock.advance(120 * MINUTE);
    expect(await world.kysy.slack!.sla.tick()).toEqual({ reminded: 0, escalated: 0, failed: 0 });
    expect(threadOf(ts)).toEqual([]);
  });
});
