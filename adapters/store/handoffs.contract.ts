import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeadAction } from '../../bot/ports/store.js';
import { commit, manualClock, newConversation } from './contract-fixtures.js';
import { type Store, storeOn } from './index.js';
import type { DatabaseFactory } from './store.contract.js';

/** The handoff part of the storage contract: card, lead actions, SLA reminders, rep messages, notify. */
export function handoffContract(factory: Pick<DatabaseFactory, 'migrated'>) {
  const clock = manualClock('2030-02-01T10:00:00.000Z');
  let store: Store;

  beforeAll(async () => {
    store = await storeOn(await factory.migrated(), { clock });
  });
  afterAll(() => store?.close());

  async function lead(): Promise<string> {
    const { conversation } = await store.createConversation(newConversation());
    await store.runTurn(conversation.id, 'ready', ({ conversation: c }) => commit(c.state, { decision: 'sales_ready' }));
    return conversation.id;
  }
  const minutes = (n: number) => new Date(clock.now().getTime() + n * 60_000);
  const action = (type: LeadAction['type'], by: string | null, detail: LeadAction['detail'] = {}): LeadAction => ({ type, by, at: clock.now().toISOString(), detail });

  describe('handoffs', () => {
    it('remembers the card, hands the lead off and finds it by the card', async () => {
      const id = await lead();
      expect(await store.handoff(id)).toMatchObject({ status: 'open', card: null, posting: null, assignee: null, actions: [] });
      await store.startPosting(id, 'D0ANNA');
      expect(await store.handoff(id)).toMatchObject({ card: null, posting: 'D0ANNA' });
      await store.recordCard(id, { channel: 'D0ANNA', ts: '1.000001' }, 'U0ANNA', minutes(30), clock.now());
      expect(await store.handoff(id)).toMatchObject({ status: 'open', card: { channel: 'D0ANNA', ts: '1.000001' } });
      await store.handedOff(id, clock.now());
      const record = await store.handoffByCard({ channel: 'D0ANNA', ts: '1.000001' });
      expect(record).toEqual({
        conversationId: id, status: 'handed_off', ownerId: 'anna', assignee: 'U0ANNA', card: { channel: 'D0ANNA', ts: '1.000001' }, posting: null,
        handedOffAt: clock.now().toISOString(), remindersSent: 0, actions: [],
      });
      expect(await store.handoffByCard({ channel: 'D0ANNA', ts: '9.9' })).toBeNull();
      expect(await store.handoff('no-such-conversation')).toBeNull();
    });

    it('changes status only from the allowed ones: of two reps accepting at once, one wins', async () => {
      const id = await lead();
      await store.recordCard(id, { channel: 'C0SALES', ts: '2.000001' }, null, minutes(30), clock.now());
      const [a, b] = await Promise.all([
        store.act(id, action('accepted', 'U0ANNA'), ['open', 'handed_off'], { status: 'accepted', assignee: 'U0ANNA' }),
        store.act(id, action('accepted', 'U0ERIK'), ['open', 'handed_off'], { status: 'accepted', assignee: 'U0ERIK' }),
      ]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      // This store has no lead event sinks: the event is kept, and nothing is queued for it.
      expect(await store.sql.query('SELECT type FROM lead_events WHERE lead_id = $1', [id])).toEqual([{ type: 'lead.accepted' }]);
      expect(await store.sql.query('SELECT kind FROM outbox WHERE conversation_id = $1', [id])).toEqual([]);
      const winner = (a ?? b)!;
      expect(winner.status).toBe('accepted');
      expect(winner.actions).toEqual([{ type: 'accepted', by: winner.assignee, at: clock.now().toISOString(), detail: {} }]);
      const won = await store.act(id, action('won', winner.assignee, { amount: 12000, currency: 'EUR' }), ['accepted'], { status: 'won' });
      expect(won?.actions.map((x: LeadAction) => [x.type, x.detail])).toEqual([['accepted', {}], ['won', { amount: 12000, currency: 'EUR' }]]);
      expect(await store.act(id, action('rejected', 'U0ANNA', { reason: 'late' }), ['open', 'handed_off'], { status: 'rejected' })).toBeNull();
    });

    it('claims due reminders once (leased), records them, and stops after escalation or acceptance', async () => {
      const due = await lead();
      const accepted = await lead();
      for (const [id, ts] of [[due, '3.000001'], [accepted, '3.000002']] as const) {
        await store.recordCard(id, { channel: 'D0ANNA', ts }, 'U0ANNA', minutes(30), clock.now());
        await store.handedOff(id, clock.now());
      }
      await store.act(accepted, action('accepted', 'U0ANNA'), ['handed_off'], { status: 'accepted' });

      // Other tests' leads share the database: look only at these two.
      const mine = (records: Array<{ conversationId: string }>) => records.map((r) => r.conversationId).filter((id) => id === due || id === accepted);
      expect(mine(await store.claimReminders(minutes(29), 10, minutes(30)))).toEqual([]);
      const [first, second] = await Promise.all([store.claimReminders(minutes(30), 10, minutes(31)), store.claimReminders(minutes(30), 10, minutes(31))]);
      expect(mine([...first!, ...second!])).toEqual([due]);
      expect(mine(await store.claimReminders(minutes(30.5), 10, minutes(31.5)))).toEqual([]);

      await store.reminded(due, action('reminded', null), minutes(60));
      expect(mine(await store.claimReminders(minutes(59), 10, minutes(70)))).toEqual([]);
      const again = (await store.claimReminders(minutes(60), 10, minutes(61))).find((r) => r.conversationId === due);
      expect(again).toMatchObject({ conversationId: due, remindersSent: 1, actions: [{ type: 'reminded', by: null }] });
      await store.reminded(due, action('escalated', null), null);
      expect(mine(await store.claimReminders(minutes(600), 10, minutes(601)))).toEqual([]);
    });

    it('saves a rep message once per external id and marks the conversation human-active', async () => {
      const id = await lead();
      const decide = (text: string) => (c: { state: Parameters<typeof commit>[0] }) => ({
        messages: [{ role: 'bot' as const, text: 'Anna joined.' }, { role: 'rep' as const, text }],
        state: { ...c.state, humanActive: true },
      });
      const first = await store.addRepMessage(id, 'slack:D0ANNA:5.1', decide('Hi, Anna here'));
      expect(first).toMatchObject({ kind: 'processed', messages: [{ role: 'bot', text: 'Anna joined.' }, { role: 'rep', text: 'Hi, Anna here' }] });
      expect(await store.addRepMessage(id, 'slack:D0ANNA:5.1', () => { throw new Error('must not decide'); })).toMatchObject({ kind: 'duplicate', messages: [{ role: 'rep', text: 'Hi, Anna here' }] });
      expect((await store.load(id))?.conversation.state.humanActive).toBe(true);
      expect((await store.transcript(id))?.filter((m) => m.role === 'rep')).toHaveLength(1);
      expect(await store.addRepMessage('no-such-conversation', 'x', decide('x'))).toEqual({ kind: 'not_found' });
    });

    it('delivers a notification to a listener on the same database', async () => {
      const got: string[] = [];
      const unlisten = await store.listen('kysy_contract', (payload) => got.push(payload));
      await store.notify('kysy_contract', '{"hello":1}');
      await expect.poll(() => got, { timeout: 3000 }).toEqual(['{"hello":1}']);
      await unlisten();
    });
  });
}
