import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actOn, commit, manualClock, newConversation } from './contract-fixtures.js';
import { type Store, storeOn } from './index.js';
import type { DatabaseFactory } from './store.contract.js';

/** The lead in sales' hands: its card, changes to it as it is, SLA reminders, rep messages, notify. */
export function leadContract(factory: Pick<DatabaseFactory, 'migrated'>) {
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
  const now = () => clock.now().toISOString();
  const minutes = (n: number) => new Date(clock.now().getTime() + n * 60_000);
  const handOff = (id: string) => actOn(store, id, { type: 'handed_off', to: 'U0ANNA' }, now());

  describe('leads', () => {
    it('remember their card and are found by it; a delivered handoff hands the lead to its owner', async () => {
      const id = await lead();
      expect(await store.cardedLead(id)).toMatchObject({ id, status: 'open', card: null, posting: null, assignee: null, actions: [] });
      await store.startPosting(id, 'D0ANNA');
      expect(await store.cardedLead(id)).toMatchObject({ card: null, posting: 'D0ANNA' });
      await store.recordCard(id, { channel: 'D0ANNA', ts: '1.000001' });
      expect(await store.cardedLead(id)).toMatchObject({ status: 'open', card: { channel: 'D0ANNA', ts: '1.000001' } });
      expect(await handOff(id)).toMatchObject({ status: 'handed_off', assignee: 'U0ANNA' });
      expect(await store.leadByCard({ channel: 'D0ANNA', ts: '1.000001' })).toEqual({
        id, status: 'handed_off', decision: 'sales_ready', ownerId: 'anna', assignee: 'U0ANNA', definitionVersion: 1,
        card: { channel: 'D0ANNA', ts: '1.000001' }, posting: null, handedOffAt: now(), remindersSent: 0, actions: [],
      });
      expect(await store.leadByCard({ channel: 'D0ANNA', ts: '9.9' })).toBeNull();
      expect(await store.cardedLead('no-such-conversation')).toBeNull();
      expect(await store.lead('no-such-conversation')).toBeNull();
      await expect(store.recordCard('no-such-conversation', { channel: 'D0ANNA', ts: '1.2' })).rejects.toThrow();
    });

    it('change only while the action applies: of two reps accepting at once, one wins', async () => {
      const id = await lead();
      await handOff(id);
      const [a, b] = await Promise.all([
        actOn(store, id, { type: 'accepted', by: 'U0ANNA' }, now()),
        actOn(store, id, { type: 'accepted', by: 'U0ERIK' }, now()),
      ]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      const winner = (a ?? b)!;
      expect(winner.status).toBe('accepted');
      expect(winner.actions).toEqual([{ type: 'accepted', by: winner.assignee, at: now(), detail: {} }]);
      expect(await store.lead(id)).toEqual(winner);
      // This store has no lead event sinks: the event is kept, and nothing is queued for it.
      expect(await store.sql.query('SELECT type FROM lead_events WHERE lead_id = $1', [id])).toEqual([{ type: 'lead.handed_off' }, { type: 'lead.accepted' }]);
      expect(await store.sql.query('SELECT kind FROM outbox WHERE conversation_id = $1', [id])).toEqual([]);

      const won = await actOn(store, id, { type: 'won', by: winner.assignee!, amount: 12000, currency: 'EUR' }, now());
      expect(won?.actions.map((x) => [x.type, x.detail])).toEqual([['accepted', {}], ['won', { amount: 12000, currency: 'EUR' }]]);
      expect(await actOn(store, id, { type: 'rejected', by: 'U0ANNA', reason: 'late' }, now())).toBeNull();
      expect(await store.lead(id)).toMatchObject({ status: 'won' });
    });

    it('apply two actions made at once one after the other, the later decided on what the earlier left', async () => {
      const id = await lead();
      await handOff(id);
      const [reminded, reassigned] = await Promise.all([
        actOn(store, id, { type: 'reminded' }, now()),
        actOn(store, id, { type: 'reassigned', by: 'U0ANNA', to: 'U0ERIK' }, now()),
      ]);
      const final = await store.lead(id);
      expect(final?.actions.map((a) => a.type).sort()).toEqual(['reassigned', 'reminded']);
      // Whichever came second returned the lead as it is now, with both actions.
      expect([reminded, reassigned]).toContainEqual(final);
      expect(final?.assignee).toBe('U0ERIK');
    });

    it('settle the delivery a change completes in its write, and alone when the lead no longer changes', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const id = conversation.id;
      await store.runTurn(id, 'ready', ({ conversation: c }) => commit(c.state, { decision: 'sales_ready', outbox: [{ kind: 'handoff', payload: { conversationId: id } }] }));
      // Each claim later than the one before's lease.
      let claims = 0;
      const delivery = async () => {
        const [item] = (await store.claimDue('handoff', 100, minutes(5 * ++claims))).filter((i) => i.conversationId === id);
        return item!;
      };
      const settled = (outboxId: string) => store.sql.query('SELECT status, result FROM outbox WHERE id = $1', [outboxId]);
      const first = await delivery();
      expect(await actOn(store, id, { type: 'handed_off', to: 'U0ANNA' }, now(), { outboxId: first.id, result: { ts: '1' } })).toMatchObject({ status: 'handed_off' });
      expect(await settled(first.id)).toEqual([{ status: 'delivered', result: { ts: '1' } }]);

      // A handoff delivered again (its item queued once more, say after a crash) changes nothing and is settled all the same.
      await store.sql.query(`UPDATE outbox SET status = 'pending' WHERE id = $1`, [first.id]);
      const again = await delivery();
      expect(await actOn(store, id, { type: 'handed_off', to: 'U0ANNA' }, now(), { outboxId: again.id, result: { ts: '2' } })).toBeNull();
      expect(await settled(again.id)).toEqual([{ status: 'delivered', result: { ts: '2' } }]);
      // A decision that throws writes and settles nothing.
      await store.sql.query(`UPDATE outbox SET status = 'pending' WHERE id = $1`, [first.id]);
      const third = await delivery();
      await expect(store.changeLead(id, () => { throw new Error('not now'); }, { outboxId: third.id, result: {} })).rejects.toThrow('not now');
      expect(await settled(third.id)).toEqual([{ status: 'pending', result: { ts: '2' } }]);
    });

    it('come due for their SLA reminder once (leased), and stop after the escalation or acceptance', async () => {
      const due = await lead();
      const accepted = await lead();
      for (const [id, ts] of [[due, '3.000001'], [accepted, '3.000002']] as const) {
        await store.recordCard(id, { channel: 'D0ANNA', ts });
        await handOff(id);
      }
      await actOn(store, accepted, { type: 'accepted', by: 'U0ANNA' }, now());

      // Other tests' leads share the database: look only at these two.
      const mine = (leads: Array<{ id: string }>) => leads.map((l) => l.id).filter((id) => id === due || id === accepted);
      expect(mine(await store.claimReminders(minutes(29), 10, minutes(30)))).toEqual([]);
      const [first, second] = await Promise.all([store.claimReminders(minutes(30), 10, minutes(31)), store.claimReminders(minutes(30), 10, minutes(31))]);
      expect(mine([...first!, ...second!])).toEqual([due]);
      expect(mine(await store.claimReminders(minutes(30.5), 10, minutes(31.5)))).toEqual([]);

      clock.advance(30 * 60_000);
      await actOn(store, due, { type: 'reminded' }, now());
      expect(mine(await store.claimReminders(minutes(29), 10, minutes(40)))).toEqual([]);
      const again = (await store.claimReminders(minutes(30), 10, minutes(31))).find((l) => l.id === due);
      expect(again).toMatchObject({ id: due, remindersSent: 1, actions: [{ type: 'reminded', by: null, detail: { waited: 30 } }] });
      clock.advance(30 * 60_000);
      await actOn(store, due, { type: 'escalated' }, now());
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
