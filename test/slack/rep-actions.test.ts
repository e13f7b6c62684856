import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../adapters/store/index.js';
import { pgliteStore } from '../support/stores.js';
import type { ViewSubmission } from './signing.js';
import { ANNA, ANNA_DM, ERIK, ERIK_DM, startSlackWorld, type SlackWorld } from './slack-server.js';

/** Everything below goes over HTTP: Kysy → fake Slack Web API, and correctly signed requests → Kysy. */
let store: Store;
let world: SlackWorld;

beforeAll(async () => {
  world = await startSlackWorld(pgliteStore);
  store = world.store;
});
afterAll(() => world?.close());

const actionIds = (blocks: unknown) => JSON.stringify(blocks).match(/"action_id":"kysy_[a-z]+"/g)?.map((s) => s.slice(13, -1)) ?? [];
const card = (ts: string) => world.slack.messages.find((m) => m.ts === ts)!;

describe('the handoff card', () => {
  it('is posted once, to the owner the definition routes the lead to, and the lead is handed off', async () => {
    const visitor = await world.salesReady();
    expect(await world.kysy.worker.tick()).toEqual({ delivered: 1, failed: 0 });
    expect(await world.kysy.worker.tick()).toEqual({ delivered: 0, failed: 0 });

    const cards = world.slack.cards().filter((m) => m.metadata?.event_payload.key === visitor.conversationId);
    expect(cards).toHaveLength(1);
    const [posted] = cards;
    expect(posted!.channel).toBe(ANNA_DM);
    expect(posted!.live.mentions).toEqual([ANNA]);
    expect(posted!.live.broadcasts).toEqual([]);
    expect(posted!.live.links).toContain(`https://kysy.example.com/admin/leads/${visitor.conversationId}`);
    const text = JSON.stringify(posted!.blocks);
    for (const part of [visitor.email!, 'HVAC', '60 employees', 'Finland', 'Why qualified', 'Fit', 'Intent', 'Within 3 months', 'spring_hvac', 'pricing']) expect(text).toContain(part);
    expect(actionIds(posted!.blocks)).toEqual(['kysy_accept', 'kysy_reject', 'kysy_reassign']);
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({ status: 'handed_off', assignee: ANNA, card: { channel: ANNA_DM, ts: posted!.ts } });
  });
});

describe('a rep acting on the card', () => {
  it('Accept assigns the lead to the clicker and redraws the card in place with Won / Lost', async () => {
    const { visitor, channel, ts } = await world.delivered();
    const res = await world.sender.blockAction({ actionId: 'kysy_accept', value: visitor.conversationId, user: ERIK, channel, messageTs: ts });
    expect(res.status).toBe(200);
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({ status: 'accepted', assignee: ERIK, actions: [{ type: 'accepted', by: ERIK }] });
    expect(card(ts).edits).toBe(1);
    expect(actionIds(card(ts).blocks)).toEqual(['kysy_won', 'kysy_lost', 'kysy_reassign']);
    expect(JSON.stringify(card(ts).blocks)).toContain(`Accepted by <@${ERIK}>`);

    // A second click (another rep, a double click) changes nothing.
    await world.sender.blockAction({ actionId: 'kysy_accept', value: visitor.conversationId, user: ANNA, channel, messageTs: ts });
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({ status: 'accepted', assignee: ERIK });
  });

  it('Not a fit opens a modal with the reasons; submitting it records the reason and the words', async () => {
    const { visitor, channel, ts } = await world.delivered();
    const views = world.slack.views.length;
    await world.sender.blockAction({ actionId: 'kysy_reject', value: visitor.conversationId, user: ANNA, channel, messageTs: ts });
    expect(world.slack.views).toHaveLength(views + 1);
    const modal = world.slack.views.at(-1)!;
    expect(modal).toMatchObject({ callback_id: 'kysy_reject_view', title: { text: 'Not a fit' } });
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({ status: 'handed_off' });

    const submitted = await world.sender.viewSubmission({
      callbackId: 'kysy_reject_view',
      privateMetadata: String(modal.private_metadata),
      user: ANNA,
      values: { reason: { value: { type: 'static_select', selected_option: { value: 'too_small' } } }, note: { value: { type: 'plain_text_input', value: 'Only <b>two</b> vans' } } },
    });
    expect(submitted.status).toBe(200);
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({
      status: 'rejected',
      actions: [{ type: 'rejected', by: ANNA, detail: { reason: 'Too small', note: 'Only <b>two</b> vans' } }],
    });
    expect(actionIds(card(ts).blocks)).toEqual([]);
    expect(JSON.stringify(card(ts).blocks)).toContain('Only &lt;b&gt;two&lt;/b&gt; vans');
  });

  it('a modal without a reason is sent back with the field marked, and nothing changes', async () => {
    const { visitor, channel, ts } = await world.delivered();
    await world.sender.blockAction({ actionId: 'kysy_reject', value: visitor.conversationId, user: ANNA, channel, messageTs: ts });
    const modal = world.slack.views.at(-1)!;
    const res = await world.sender.viewSubmission({ callbackId: 'kysy_reject_view', privateMetadata: String(modal.private_metadata), user: ANNA, values: { reason: { value: { selected_option: null } } } });
    expect(await res.json()).toEqual({ response_action: 'errors', errors: { reason: 'Pick a reason.' } });
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({ status: 'handed_off' });
  });

  it('Won after Accept records amount and currency; Lost records the reason', async () => {
    for (const outcome of ['won', 'lost'] as const) {
      const { visitor, channel, ts } = await world.delivered();
      await world.sender.blockAction({ actionId: 'kysy_accept', value: visitor.conversationId, user: ANNA, channel, messageTs: ts });
      await world.sender.blockAction({ actionId: `kysy_${outcome}`, value: visitor.conversationId, user: ANNA, channel, messageTs: ts });
      const modal = world.slack.views.at(-1)!;
      expect(modal.callback_id).toBe(`kysy_${outcome}_view`);
      const values: ViewSubmission['values'] =
        outcome === 'won'
          ? { amount: { value: { type: 'number_input', value: '24000' } }, currency: { value: { selected_option: { value: 'EUR' } } }, note: { value: { value: null } } }
          : { reason: { value: { selected_option: { value: 'competitor' } } }, note: { value: { value: 'went with a competitor' } } };
      await world.sender.viewSubmission({ callbackId: `kysy_${outcome}_view`, privateMetadata: String(modal.private_metadata), user: ANNA, values });
      const record = await store.cardedLead(visitor.conversationId);
      expect(record?.status).toBe(outcome);
      expect(record?.actions.at(-1)).toMatchObject(outcome === 'won' ? { type: 'won', detail: { amount: 24000, currency: 'EUR' } } : { type: 'lost', detail: { reason: 'Chose a competitor' } });
      expect(JSON.stringify(card(ts).blocks)).toContain(outcome === 'won' ? 'Won 24,000 EUR' : 'Lost (Chose a competitor)');
      expect(actionIds(card(ts).blocks)).toEqual([]);
    }
  });

  it('Reassign moves the card to the chosen rep', async () => {
    const { visitor, channel, ts } = await world.delivered();
    await world.sender.blockAction({ actionId: 'kysy_reassign', selectedUser: ERIK, user: ANNA, channel, messageTs: ts });
    const record = await store.cardedLead(visitor.conversationId);
    expect(record).toMatchObject({ status: 'handed_off', assignee: ERIK, card: { channel: ERIK_DM }, actions: [{ type: 'reassigned', by: ANNA, detail: { to: ERIK } }] });
    const moved = card(record!.card!.ts);
    expect(moved.live.mentions).toContain(ERIK);
    expect(actionIds(moved.blocks)).toEqual(['kysy_accept', 'kysy_reject', 'kysy_reassign']);
    expect(JSON.stringify(card(ts).blocks)).toContain(`Reassigned to <@${ERIK}>`);
    expect(actionIds(card(ts).blocks)).toEqual([]);
  });
});

describe('the Slack endpoint', () => {
  it('answers Slack\'s URL verification challenge when the request is signed', async () => {
    const body = JSON.stringify({ token: 'legacy', challenge: 'kysy-challenge-123', type: 'url_verification' });
    const res = await world.sender.raw(body, 'application/json');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('kysy-challenge-123');
    expect((await world.sender.raw(body, 'application/json', { secret: 'wrong-secret-123' })).status).toBe(401);
  });
});

describe('requests not signed by Slack', () => {
  it.each([
    ['a wrong signing secret', { secret: 'not-the-secret-123' }],
    ['a stale timestamp', { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }],
    ['no signature', { unsigned: true }],
  ])('with %s get 401 and change nothing', async (_label, opts) => {
    const { visitor, channel, ts } = await world.delivered();
    const edits = card(ts).edits;
    const res = await world.sender.blockAction({ actionId: 'kysy_accept', value: visitor.conversationId, user: ERIK, channel, messageTs: ts }, opts);
    expect(res.status).toBe(401);
    const thread = await world.sender.threadMessage({ channel, threadTs: ts, user: ERIK, text: 'forged' }, opts);
    expect(thread.status).toBe(401);
    expect(await store.cardedLead(visitor.conversationId)).toMatchObject({ status: 'handed_off', assignee: ANNA, actions: [] });
    expect(card(ts).edits).toBe(edits);
    expect((await store.transcript(visitor.conversationId))?.some((m) => m.role === 'rep')).toBe(false);
  });
});
