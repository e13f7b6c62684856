import { describe, expect, it } from 'vitest';
import type { LeadStatus } from '../../bot/ports/store.js';
import { actOn, answer, commit, manualClock, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import type { Store } from './index.js';
import { type DatabaseFactory, storePerTest } from './store.contract.js';

const OLD = '2030-01-01T10:00:00.000Z';
const RECENT = '2030-05-20T10:00:00.000Z';
/** Ninety days before 2030-06-01: the purge's cut-off in every test. */
const CUTOFF = new Date('2030-03-03T00:00:00.000Z');

/** Every table that holds a row of a conversation (or of its lead, whose id is the conversation's). */
const TABLES = [
  'conversations WHERE id = $1', 'messages WHERE conversation_id = $1', 'answers WHERE conversation_id = $1', 'consents WHERE conversation_id = $1',
  'audit_events WHERE conversation_id = $1', 'outbox WHERE conversation_id = $1', 'leads WHERE conversation_id = $1', 'lead_events WHERE lead_id = $1',
  'review_items WHERE conversation_id = $1',
];

/** The retention part of the storage contract; the purge is global, so each test has its own database. */
export function retentionContract(factory: Pick<DatabaseFactory, 'migrated'>) {
  const clock = manualClock(OLD);
  const stores = storePerTest(factory, { clock });
  let driver: SqlDriver;

  async function freshStore() {
    let store: Store;
    ({ store, driver } = await stores.open());
    return store;
  }

  async function rows(conversationId: string) {
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`, [conversationId]);
      counts[table.split(' ')[0]!] = row!.n;
    }
    return counts;
  }

  /** A conversation with one turn at `at`: an answer, a lead with an event, an outbox row, a review item, and a consent answer when given. */
  async function conversation(store: Store, at: string, options: { visitorId?: string; consent?: 'granted' | 'denied' } = {}) {
    clock.set(at);
    const { conversation: created } = await store.createConversation(newConversation({ visitorId: options.visitorId }));
    await store.runTurn(created.id, 'm1', ({ conversation: c }) => ({
      ...commit(c.state, {
        answers: [answer('industry', 'hvac', at)],
        decision: 'sales_ready',
        events: options.consent ? [{ type: 'consent_changed', consent: options.consent }] : [],
        outbox: [{ kind: 'handoff', payload: { conversationId: c.id } }],
        leadEvents: [{ type: 'lead.qualified', data: { decision: 'sales_ready' } }],
      }),
      review: [{ kind: 'not_understood', criterionId: 'company_size', text: 'loads of us', phrase: 'loads of us' }],
    }));
    return created.id;
  }

  async function purgeAll(store: Store, batch = 100) {
    let total = 0;
    for (let n = await store.purgeExpired(CUTOFF, batch); n > 0; n = await store.purgeExpired(CUTOFF, batch)) total += n;
    return total;
  }

  describe('retention purge', () => {
    it('deletes an old conversation of a visitor who never consented, with every row it has', async () => {
      const store = await freshStore();
      const declined = await conversation(store, OLD, { consent: 'denied' });
      const silent = await conversation(store, OLD);
      expect(await rows(declined)).toEqual({ conversations: 1, messages: 4, answers: 1, consents: 1, audit_events: 3, outbox: 1, leads: 1, lead_events: 1, review_items: 1 });

      expect(await store.purgeExpired(CUTOFF, 10)).toBe(2);
      for (const id of [declined, silent]) {
        expect(Object.values(await rows(id))).toEqual(Array(TABLES.length).fill(0));
        expect(await store.load(id)).toBeNull();
        expect(await store.runTurn(id, 'late', ({ conversation: c }) => commit(c.state))).toEqual({ kind: 'not_found' });
      }
      expect(await store.purgeExpired(CUTOFF, 10)).toBe(0);
    });

    it('keeps everything of a visitor who granted consent, even their old conversations without it', async () => {
      const store = await freshStore();
      const consented = await conversation(store, OLD, { visitorId: 'visitor-consented', consent: 'granted' });
      const earlier = await conversation(store, '2029-12-01T10:00:00.000Z', { visitorId: 'visitor-consented' });
      const stranger = await conversation(store, OLD, { visitorId: 'visitor-stranger' });
      expect(await purgeAll(store)).toBe(1);
      expect(await store.load(consented)).not.toBeNull();
      expect(await store.load(earlier)).not.toBeNull();
      expect(await store.load(stranger)).toBeNull();
    });

    it('keeps a conversation active since the cut-off, however old it is', async () => {
      const store = await freshStore();
      const recent = await conversation(store, RECENT);
      const revived = await conversation(store, OLD);
      clock.set(RECENT);
      await store.runTurn(revived, 'm2', ({ conversation: c }) => commit(c.state));
      expect(await purgeAll(store)).toBe(0);
      expect((await rows(recent)).messages).toBe(4);
      expect((await rows(revived)).messages).toBe(7);
    });

    it("keeps a lead in sales' hands (handed off, accepted, won, lost) and purges an open or rejected one", async () => {
      const store = await freshStore();
      const byStatus = new Map<LeadStatus, string>();
      for (const status of ['open', 'handed_off', 'accepted', 'rejected', 'won', 'lost'] as const) {
        const id = await conversation(store, OLD);
        if (status !== 'open') {
          await store.recordCard(id, { channel: 'D0ANNA', ts: `1.${status}` });
          await actOn(store, id, { type: 'handed_off', to: 'U0ANNA' }, OLD);
        }
        if (status === 'rejected') await actOn(store, id, { type: 'rejected', by: 'U0ANNA', reason: 'Too small' }, OLD);
        if (status === 'accepted' || status === 'won' || status === 'lost') await actOn(store, id, { type: 'accepted', by: 'U0ANNA' }, OLD);
        if (status === 'won') await actOn(store, id, { type: 'won', by: 'U0ANNA', amount: 1, currency: 'EUR' }, OLD);
        if (status === 'lost') await actOn(store, id, { type: 'lost', by: 'U0ANNA', reason: 'Price' }, OLD);
        expect((await store.lead(id))?.status).toBe(status);
        byStatus.set(status, id);
      }
      expect(await purgeAll(store)).toBe(2);
      const kept = [...byStatus].map(async ([status, id]) => [status, (await store.load(id)) !== null] as const);
      expect(Object.fromEntries(await Promise.all(kept))).toEqual({ open: false, handed_off: true, accepted: true, rejected: false, won: true, lost: true });
    });

    it('lets two purgers run at once: neither fails and each conversation is counted once', async () => {
      const store = await freshStore();
      const ids: string[] = [];
      for (let n = 0; n < 30; n++) ids.push(await conversation(store, OLD));
      const kept = await conversation(store, RECENT);
      const [a, b] = await Promise.all([purgeAll(store, 4), purgeAll(store, 4)]);
      expect(a + b).toBe(30);
      const [left] = await driver.query<{ n: number }>('SELECT count(*)::int AS n FROM conversations');
      expect(left!.n).toBe(1);
      expect(await store.load(kept)).not.toBeNull();
    });
  });
}
