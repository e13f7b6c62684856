import { describe, expect, it } from 'vitest';
import type { BotEvent } from '../../bot/conversation.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { answer, commit, manualClock, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import type { Store } from './index.js';
import { type DatabaseFactory, storePerTest } from './store.contract.js';

const AT = '2030-04-01T10:00:00.000Z';
const EMAIL = 'Anna.Virtanen@Example.fi';
const WORDS = 'We juggle 14 vans on a whiteboard';
const consented: BotEvent = { type: 'consent_changed', consent: 'granted', text: 'May Fieldwise keep them?', textVersion: 'en:0123abcd' };

/** Every table that can hold something of a person. */
const TABLES = ['visitors', 'conversations', 'messages', 'answers', 'consents', 'audit_events', 'leads', 'lead_events', 'outbox', 'review_items'];

/** GDPR: a person's export and erasure by e-mail; each test has a database of its own. */
export function peopleContract(factory: Pick<DatabaseFactory, 'migrated'>) {
  const clock = manualClock(AT);
  const stores = storePerTest(factory, { clock, leadEventSinks: ['webhook'] });
  let driver: SqlDriver;

  async function freshStore() {
    let store: Store;
    ({ store, driver } = await stores.open());
    await store.publish(exampleDefinition(), 'kysy', 'seed');
    return store;
  }

  /** Anna: a sales-ready conversation with her words, consent and e-mail, a later one from the same browser; and someone else. */
  async function seed(store: Store) {
    const { conversation: first } = await store.createConversation(newConversation({ visitorId: 'visitor-anna' }));
    await store.runTurn(first.id, 'm1', ({ conversation }) =>
      commit(conversation.state, {
        text: WORDS,
        answers: [answer('industry', 'hvac', AT), answer('current_tool', 'paper_spreadsheets', AT)],
        decision: 'sales_ready',
        leadEvents: [{ type: 'lead.qualified', data: { decision: 'sales_ready' } }],
      }),
    );
    await store.runTurn(first.id, 'm2', ({ conversation }) =>
      commit({ ...conversation.state, consent: 'granted' }, { text: 'yes', decision: 'sales_ready', events: [consented] }),
    );
    await store.runTurn(first.id, 'm3', ({ conversation }) =>
      commit(conversation.state, {
        text: EMAIL,
        answers: [answer('contact_email', EMAIL.toLowerCase(), AT)],
        decision: 'sales_ready',
        email: EMAIL.toLowerCase(),
        outbox: [{ kind: 'relay', key: 'relay:test', payload: { conversationId: conversation.id, text: WORDS } }],
      }),
    );
    await store.recordCard(first.id, { channel: 'D1', ts: '1700000000.000100' });
    const { conversation: later } = await store.createConversation(newConversation({ visitorId: 'visitor-anna' }));
    await store.runTurn(later.id, 'm1', ({ conversation }) => commit(conversation.state, { text: 'Back again about the vans' }));
    const { conversation: other } = await store.createConversation(newConversation({ visitorId: 'visitor-erik' }));
    await store.runTurn(other.id, 'm1', ({ conversation }) => commit(conversation.state, { text: 'Erik here, plumbing', answers: [answer('industry', 'plumbing', AT)] }));
    return { first: first.id, later: later.id, other: other.id };
  }

  /** Rows anywhere that still hold `needle` (any case). */
  async function holding(needle: string) {
    const found: Record<string, number> = {};
    for (const table of TABLES) {
      const [row] = await driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table} t WHERE to_jsonb(t)::text ILIKE $1`, [`%${needle}%`]);
      if (row!.n > 0) found[table] = row!.n;
    }
    return found;
  }

  const counts = async () =>
    Object.fromEntries(
      await Promise.all(TABLES.map(async (t) => [t, (await driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n] as const)),
    );

  describe('a person\'s data by e-mail', () => {
    it('exports every stored item about the person, from all their conversations, and audits the export', async () => {
      const store = await freshStore();
      const { first, later, other } = await seed(store);
      const exported = await store.exportPerson(EMAIL.toUpperCase(), 'admin@example.com');

      expect(exported.email).toBe(EMAIL.toLowerCase());
      expect(exported.visitors.map((v) => v.id)).toEqual(['visitor-anna']);
      expect(exported.conversations.map((c) => c.id).sort()).toEqual([first, later].sort());
      expect(exported.messages.map((m) => m.text)).toEqual(expect.arrayContaining([WORDS, EMAIL, 'Back again about the vans']));
      expect(exported.messages.every((m) => m.conversation_id !== other)).toBe(true);
      expect(exported.answers.map((a) => [a.criterion, a.value])).toEqual([['industry', 'hvac'], ['current_tool', 'paper_spreadsheets'], ['contact_email', EMAIL.toLowerCase()]]);
      expect(exported.consents).toEqual([expect.objectContaining({ granted: true, text: consented.type === 'consent_changed' ? consented.text : '', text_version: 'en:0123abcd' })]);
      expect(exported.leads).toEqual([expect.objectContaining({ conversation_id: first, email: EMAIL.toLowerCase(), card_ts: '1700000000.000100' })]);
      expect(exported.leadEvents.map((e) => e.type)).toEqual(['lead.qualified']);
      expect(exported.outbox.map((o) => o.kind)).toEqual(expect.arrayContaining(['webhook', 'relay']));
      expect(exported.auditEvents.length).toBeGreaterThan(0);
      expect(exported.reviewItems).toEqual([]);

      const [audit] = await driver.query<{ actor: string; data: unknown; conversation_id: string | null }>(
        `SELECT actor, data::json AS data, conversation_id FROM audit_events WHERE type = 'person.exported'`,
      );
      expect(audit).toEqual({ actor: 'admin@example.com', data: { conversations: 2 }, conversation_id: null });
      expect((await store.exportPerson('nobody@example.com', 'admin@example.com')).conversations).toEqual([]);
    });

    it('erases the person everywhere for good, keeps the counts and what others left, and records the erasure', async () => {
      const store = await freshStore();
      const { first, later, other } = await seed(store);
      const before = await counts();
      expect(await holding(EMAIL)).not.toEqual({});

      clock.set('2030-04-02T08:00:00.000Z');
      const erasure = await store.erasePerson(EMAIL, 'admin@example.com');
      expect(erasure.counts).toEqual({ visitors: 1, conversations: 2, messages: expect.any(Number), answers: 3, leads: 1, cards: 1 });

      // Nothing of hers is left anywhere, not even the browser's visitor id; the rows stay for the counts.
      for (const needle of [EMAIL, WORDS, 'whiteboard', 'Back again', 'visitor-anna']) expect(await holding(needle), needle).toEqual({});
      const after = await counts();
      expect({ ...after, audit_events: 0, outbox: 0 }).toEqual({ ...before, audit_events: 0, outbox: 0 });
      expect(after.outbox).toBe(before.outbox! + 1);
      expect((await store.conversationDetail(first))?.lead).toMatchObject({ decision: 'sales_ready' });
      expect((await store.conversationDetail(first))?.answers.map((a) => [a.criterionId, a.value])).toEqual([
        ['industry', 'hvac'],
        ['current_tool', 'paper_spreadsheets'],
        ['contact_email', '[erased]'],
      ]);
      expect(await store.load(later)).not.toBeNull();
      expect(await store.rememberedConsent('visitor-anna')).toBeNull();
      expect(await store.visitorAnswers('visitor-anna')).toEqual([]);

      // Erik is untouched.
      expect((await store.transcript(other))?.map((m) => m.text)).toContain('Erik here, plumbing');

      // Her card is redrawn from what is left.
      const [redraw] = await driver.query<{ kind: string; payload: unknown }>(`SELECT kind, payload FROM outbox WHERE idempotency_key LIKE 'relay:erasure:%'`);
      expect(redraw).toEqual({ kind: 'relay', payload: { conversationId: first, redraw: 'card' } });

      const [audit] = await driver.query<{ actor: string; data: Record<string, unknown>; at: Date | string }>(`SELECT actor, data::json AS data, at FROM audit_events WHERE type = 'person.erased'`);
      expect(audit?.actor).toBe('admin@example.com');
      expect(audit?.data).toEqual({ erasureId: erasure.id, ...erasure.counts });
      expect(new Date(audit!.at).toISOString()).toBe('2030-04-02T08:00:00.000Z');

      expect((await store.exportPerson(EMAIL, 'admin@example.com')).conversations).toEqual([]);
      expect((await store.erasePerson(EMAIL, 'admin@example.com')).counts).toMatchObject({ conversations: 0, cards: 0 });
    });

    it('finds a person by an answer alone, in any case, where no lead keeps the address', async () => {
      const store = await freshStore();
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-told' }));
      await store.runTurn(conversation.id, 'm1', ({ conversation: c }) => commit(c.state, { text: EMAIL, answers: [answer('contact_email', EMAIL, AT)] }));
      const { conversation: near } = await store.createConversation(newConversation({ visitorId: 'visitor-near' }));
      await store.runTurn(near.id, 'm1', ({ conversation: c }) => commit(c.state, { text: 'x', answers: [answer('contact_email', `x${EMAIL}`, AT)] }));

      expect((await store.exportPerson(EMAIL.toUpperCase(), 'admin@example.com')).conversations.map((c) => c.id)).toEqual([conversation.id]);
    });
  });
}
