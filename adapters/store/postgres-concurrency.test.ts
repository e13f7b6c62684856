import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshPostgresDatabase, postgresAvailable } from '../../test/support/postgres-database.js';
import type { LoadedConversation } from '../../bot/ports/store.js';
import { answer, commit, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import { type Store, storeOn } from './index.js';

/**
 * What only a server with many connections can show (PGlite is one connection, so nothing ever
 * waits there): a claimer does not wait for rows another transaction holds, and turns of one
 * person's conversations take their locks in one order (C14), so they never deadlock.
 */
describe.skipIf(!postgresAvailable())('the store on PostgreSQL under contention', () => {
  let driver: SqlDriver;
  let store: Store;
  beforeAll(async () => {
    driver = await freshPostgresDatabase();
    store = await storeOn(driver);
  });
  afterAll(() => store?.close());

  it('claims outbox items past rows another worker has locked, without waiting for it', async () => {
    const { conversation } = await store.createConversation(newConversation());
    const outbox = [0, 1, 2].map((n) => ({ kind: 'contended', payload: { n }, key: `contended:${n}` }));
    await store.runTurn(conversation.id, 'm1', ({ conversation: c }) => commit(c.state, { outbox }));
    const now = new Date(Date.now() + 1_000);

    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = driver.transaction(async (tx) => {
      await tx.query(`SELECT id FROM outbox WHERE idempotency_key = 'contended:0' FOR UPDATE`);
      locked();
      await held;
    });
    await lockTaken;
    try {
      const claimed = await Promise.race([
        store.claimDue('contended', 10, now),
        new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 10_000)),
      ]);
      expect(claimed === 'waited' ? claimed : claimed.map((i) => i.payload)).toEqual([{ n: 1 }, { n: 2 }]);
    } finally {
      release();
      await holder;
    }
  });

  it('purges past a conversation a turn has locked, without waiting for it', async () => {
    const old = new Date('2000-01-01T00:00:00.000Z');
    const ids: string[] = [];
    for (let n = 0; n < 2; n++) {
      const { conversation } = await store.createConversation(newConversation());
      await driver.query(`UPDATE conversation_turns SET updated_at = $2, active_on = ($2::timestamptz AT TIME ZONE 'UTC')::date WHERE id = $1`, [conversation.id, old.toISOString()]);
      ids.push(conversation.id);
    }
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const holder = driver.transaction(async (tx) => {
      await tx.query('SELECT id FROM conversations WHERE id = $1 FOR UPDATE', [ids[0]]);
      locked();
      await held;
    });
    await lockTaken;
    try {
      const purged = await Promise.race([
        store.purgeExpired(new Date('2000-02-01T00:00:00.000Z'), 10),
        new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 10_000)),
      ]);
      expect(purged).toBe(1);
      expect(await store.load(ids[1]!)).toBeNull();
    } finally {
      release();
      await holder;
    }
    expect(await store.load(ids[0]!)).not.toBeNull();
  });

  /** Until `n` sessions of this database wait for a lock (the turns queued where the test wants them). */
  /** A rep's action holding lead `leadId`'s row lock (resolves once it is held) until released. */
  async function holdLead(leadId: string) {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const lockTaken = new Promise<void>((resolve) => (locked = resolve));
    const done = driver.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM leads WHERE conversation_id = $1 FOR UPDATE', [leadId]);
      locked();
      await held;
    });
    await lockTaken;
    return {
      release: async () => {
        release();
        await done;
      },
    };
  }

  async function waitingForLocks(n: number) {
    const deadline = Date.now() + 10_000;
    for (;;) {
      const [row] = await driver.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`,
      );
      if ((row?.n ?? 0) >= n) return;
      if (Date.now() > deadline) throw new Error(`never saw ${n} sessions waiting for a lock`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it("runs turns of one person's conversations at once without a deadlock, while one joins the person's older lead", async () => {
    const email = 'pat.person@example.fi';
    const at = '2026-01-01T00:00:00.000Z';
    const withEmail = (c: { state: Parameters<typeof commit>[0] }) =>
      commit(c.state, { answers: [answer('contact_email', email, at)], events: [{ type: 'consent_changed', consent: 'granted' }], email });
    // The person's first conversation left the address: the oldest open lead with it.
    const { conversation: first } = await store.createConversation(newConversation());
    await store.runTurn(first.id, 'm1', ({ conversation: c }) => withEmail(c));
    // Another browser: a conversation with a lead of its own, and a second one that joined it.
    const { conversation: second } = await store.createConversation(newConversation());
    await store.runTurn(second.id, 'm1', ({ conversation: c }) => commit(c.state));
    const { conversation: third } = await store.createConversation(newConversation({ visitorId: second.visitorId }));
    await store.runTurn(third.id, 'm1', ({ conversation: c }) => commit(c.state));
    expect((await store.load(third.id))?.conversation.leadId).toBe(second.id);

    // A rep's action holds the second lead while both of its conversations take a turn: the one
    // leaving the address (joining the first lead, so moving both conversations) queues first.
    const holder = await holdLead(second.id);
    const joining = store.runTurn(second.id, 'm2', ({ conversation: c }) => withEmail(c));
    await waitingForLocks(1);
    const other = store.runTurn(third.id, 'm2', ({ conversation: c }) => commit(c.state, { text: 'About 40 people' }));
    await waitingForLocks(2);
    await holder.release();

    const results = await Promise.allSettled([joining, other]);
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value.kind : String(r.reason)))).toEqual(['processed', 'processed']);
    for (const id of [second.id, third.id]) expect((await store.load(id))?.conversation.leadId).toBe(first.id);
  });

  it('lets turns of two conversations of one lead decided at once both commit, the second decided again on what the first left', async () => {
    const { conversation: second } = await store.createConversation(newConversation());
    await store.runTurn(second.id, 'm1', ({ conversation: c }) => commit(c.state));
    const { conversation: third } = await store.createConversation(newConversation({ visitorId: second.visitorId }));
    await store.runTurn(third.id, 'm1', ({ conversation: c }) => commit(c.state));
    // Whoever first makes the lead sales-ready says so, once (as the core's lead events do).
    const qualifying = ({ conversation: c, lead }: LoadedConversation) =>
      commit(c.state, { decision: 'sales_ready', leadEvents: lead?.qualifiedAs === 'sales_ready' ? [] : [{ type: 'lead.qualified', data: { decision: 'sales_ready' } }] });
    const peeked = await Promise.all([second, third].map((c) => store.peekTurn(c.id, 'm2', c.visitorId)));

    // Both are decided on the lead before either commits: a rep's action holds it until both wait for it.
    const holder = await holdLead(second.id);
    const turns = [second, third].map((c, i) => store.runTurn(c.id, 'm2', qualifying, c.visitorId, peeked[i]));
    await waitingForLocks(2);
    await holder.release();

    expect((await Promise.all(turns)).map((o) => o.kind)).toEqual(['processed', 'processed']);
    const [events] = await driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM lead_events WHERE lead_id = $1 AND type = 'lead.qualified'`, [second.id]);
    expect(events?.n).toBe(1);
  });
});
