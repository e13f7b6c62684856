import { beforeAll, describe, expect, it } from 'vitest';
import { commit, mustNotDecide, newConversation } from './contract-fixtures.js';
import type { Store } from './index.js';
import type { SharedDatabase } from './store.contract.js';

/** Conversations: created with their greeting, found by id or channel key, listed for the admin. */
export function conversationContract(db: SharedDatabase) {
  const { clock } = db;
  let store: Store;
  beforeAll(() => void ({ store } = db));

  describe('conversations', () => {
    it('creates a conversation with its greeting and loads it back', async () => {
      const { conversation, messages } = await store.createConversation(newConversation());
      expect(conversation).toMatchObject({ channel: 'web', locale: 'en', definitionVersion: 1, externalId: null });
      expect(conversation.context).toEqual(newConversation().context);
      expect(conversation.createdAt).toBe(clock.now().toISOString());
      expect(messages).toEqual([
        expect.objectContaining({ role: 'bot', text: 'Hello! Which industry is your company in?', asking: 'industry', choices: [{ id: 'hvac', label: 'HVAC' }] }),
      ]);
      const loaded = await store.load(conversation.id);
      expect(loaded).toEqual({ conversation, lead: null });
      expect(await store.transcript(conversation.id)).toEqual(messages);
    });

    it('keeps a given visitor id and returns the existing conversation for a taken external id', async () => {
      const first = await store.createConversation(newConversation({ channel: 'botframework', externalId: 'teams:abc', visitorId: 'visitor-bf-1' }));
      expect(first.conversation.visitorId).toBe('visitor-bf-1');
      expect(await store.findByExternalId('botframework', 'teams:abc')).toEqual(first.conversation);
      expect(await store.findByExternalId('web', 'teams:abc')).toBeNull();
      const again = await store.createConversation(newConversation({ channel: 'botframework', externalId: 'teams:abc', visitorId: 'visitor-bf-1' }));
      expect(first.created).toBe(true);
      expect(again).toEqual({ ...first, created: false });
    });

    it('saves the start whole: its audit trail and a remembered consent; of two racing first messages of a channel conversation, one creates it', async () => {
      const { conversation } = await store.createConversation(
        newConversation({ visitorId: 'visitor-start', events: [{ type: 'question_asked', criterionId: 'industry', variant: null }, { type: 'consent_changed', consent: 'granted', text: 'Yes', textVersion: 'en:1' }] }),
      );
      const audit = await db.driver.query<{ type: string }>('SELECT type FROM audit_events WHERE conversation_id = $1 ORDER BY seq', [conversation.id]);
      expect(audit.map((a) => a.type)).toEqual(['question_asked', 'consent_changed']);
      expect(await store.rememberedConsent('visitor-start')).toMatchObject({ textVersion: 'en:1' });

      const racing = await Promise.all([1, 2].map(() => store.createConversation(newConversation({ channel: 'botframework', externalId: 'teams:race' }))));
      expect(racing.map((r) => r.created).sort()).toEqual([false, true]);
      expect(racing[0]!.conversation).toEqual(racing[1]!.conversation);
      expect(racing[0]!.messages).toEqual(racing[1]!.messages);
      expect(await db.count('messages WHERE conversation_id = $1', [racing[0]!.conversation.id])).toBe(1);
    });

    it("offers the choices of the bot's latest message, whatever the visitor or a rep said since", async () => {
      const { conversation } = await store.createConversation(newConversation());
      expect(await store.offeredChoices(conversation.id)).toEqual([{ id: 'hvac', label: 'HVAC' }]);
      await store.addRepMessage(conversation.id, 'rep-1', (c) => ({ messages: [{ role: 'rep', text: 'Hi, Anna here.' }], state: c.state }));
      expect(await store.offeredChoices(conversation.id)).toEqual([{ id: 'hvac', label: 'HVAC' }]);
      await store.runTurn(conversation.id, 'm1', ({ conversation: c }) => commit(c.state));
      expect(await store.offeredChoices(conversation.id), 'the latest question has no buttons').toEqual([]);
      expect(await store.offeredChoices('no-such-conversation')).toEqual([]);
    });

    it('finds nothing for unknown or malformed ids', async () => {
      expect(await store.load('no-such-conversation')).toBeNull();
      expect(await store.transcript("'; DROP TABLE messages; --")).toBeNull();
      expect(await store.conversationDetail('00000000-0000-0000-0000-000000000000')).toBeNull();
      expect(await store.runTurn('no-such-conversation', 'm1', mustNotDecide)).toEqual({ kind: 'not_found' });
    });
  });

  describe('admin reads', () => {
    it('lists conversations newest first, filtered by decision and creation time, a page at a time', async () => {
      const created: Record<string, string> = {};
      for (const [at, decision] of [
        ['2031-03-01T08:00:00.000Z', 'sales_ready'],
        ['2031-03-02T08:00:00.000Z', 'nurture'],
        ['2031-03-03T08:00:00.000Z', 'sales_ready'],
        ['2031-03-04T08:00:00.000Z', 'incomplete'],
      ] as const) {
        clock.set(at);
        const { conversation } = await store.createConversation(newConversation());
        if (decision !== 'incomplete') await store.runTurn(conversation.id, 'x', ({ conversation: c }) => commit(c.state, { decision }));
        created[at] = conversation.id;
      }
      clock.set('2030-01-01T10:00:00.000Z');
      const window = { from: '2031-03-01T00:00:00.000Z', to: '2031-03-04T08:00:00.000Z' };
      const all = await store.listConversations(window);
      expect(all.map((c) => c.createdAt)).toEqual(['2031-03-03T08:00:00.000Z', '2031-03-02T08:00:00.000Z', '2031-03-01T08:00:00.000Z']);
      const ready = await store.listConversations({ ...window, decision: 'sales_ready' });
      expect(ready.map((c) => c.id)).toEqual([created['2031-03-03T08:00:00.000Z'], created['2031-03-01T08:00:00.000Z']]);
      expect(ready[0]).toMatchObject({ decision: 'sales_ready', status: 'open', ownerId: 'anna', channel: 'web', locale: 'en' });
      expect(await store.listConversations({ from: '2031-03-04T00:00:00.000Z', to: '2031-03-05T00:00:00.000Z', decision: 'incomplete' })).toEqual([
        expect.objectContaining({ id: created['2031-03-04T08:00:00.000Z'], status: null, ownerId: null }),
      ]);
      const page2 = await store.listConversations({ ...window, limit: 2, offset: 2 });
      expect(page2.map((c) => c.id)).toEqual([created['2031-03-01T08:00:00.000Z']]);
    });
  });
}
