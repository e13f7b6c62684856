import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversationRecord, TurnCommit } from '../../bot/ports/store.js';
import { answer, commit, mustNotDecide, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import { type Store, storeOn } from './index.js';
import type { SharedDatabase } from './store.contract.js';

/** The driver `inner` with each statement written down in `statements`: `tx` inside a transaction, `auto` on its own. */
function counting(inner: SqlDriver, statements: Array<'tx' | 'auto'>): SqlDriver {
  return {
    kind: inner.kind,
    query<R>(sql: string, params?: unknown[]) {
      statements.push('auto');
      return inner.query<R>(sql, params);
    },
    script: (sql) => inner.script(sql),
    listen: (channel, onPayload) => inner.listen(channel, onPayload),
    close: () => inner.close(),
    pool: () => inner.pool(),
    transaction: (fn) =>
      inner.transaction((tx) =>
        fn({
          query<R>(sql: string, params?: unknown[]) {
            statements.push('tx');
            return tx.query<R>(sql, params);
          },
          script: (sql) => tx.script(sql),
        }),
      ),
  };
}

/** A visitor's turn: all it writes commits together, once per client message id, one at a time per conversation. */
export function turnContract(db: SharedDatabase) {
  const { clock, factory } = db;
  const count = (from: string, params: unknown[]) => db.count(from, params);
  let store: Store;
  let driver: SqlDriver;
  beforeAll(() => void ({ store, driver } = db));

  describe('remembered', () => {
    it("gives what this store's own last start or turn of a conversation left, and nothing of one it never saw or that closed", async () => {
      // What of a state a message is read against.
      const readAgainst = ({ locale, asking, pending, humanActive }: ConversationRecord['state']) => ({ locale, asking, pending, humanActive });
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-remembered', definitionVersion: 1 }));
      expect(store.remembered(conversation.id)).toEqual({ definitionVersion: 1, state: readAgainst(conversation.state) });
      const outcome = await store.runTurn(conversation.id, 'client-1', ({ conversation: locked }) => commit(locked.state, { answers: [answer('industry', 'hvac', '2030-01-01T10:00:00.000Z')] }));
      if (outcome.kind !== 'processed') throw new Error(`not processed: ${outcome.kind}`);
      expect(store.remembered(conversation.id)).toEqual({ definitionVersion: 1, state: readAgainst(outcome.state) });
      await store.runTurn(conversation.id, 'client-2', ({ conversation: locked }) => ({ ...commit(locked.state), state: { ...locked.state, phase: 'closed' } }));
      expect(store.remembered(conversation.id)).toBeUndefined();
      expect(store.remembered('no-such-conversation')).toBeUndefined();
    });
  });

  describe('runTurn', () => {
    it('commits the messages, answers, state, lead, outbox, consent and audit of a turn together', async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-commit' }));
      const industry = answer('industry', 'hvac', '2030-01-01T10:00:00.000Z');
      const outcome = await store.runTurn(conversation.id, 'client-1', ({ conversation: locked }) =>
        commit(locked.state, {
          answers: [industry],
          decision: 'sales_ready',
          events: [{ type: 'consent_changed', consent: 'granted' }],
          outbox: [{ kind: 'handoff', payload: { conversationId: locked.id } }],
        }),
      );
      expect(outcome.kind).toBe('processed');
      if (outcome.kind !== 'processed') return;
      expect(outcome.messages.map((m) => [m.role, m.text, m.asking])).toEqual([
        ['bot', 'Got it.', null],
        ['bot', 'How many employees?', 'company_size'],
      ]);
      expect(outcome.state.decision).toBe('sales_ready');

      const detail = await store.conversationDetail(conversation.id);
      expect(detail?.conversation.state).toEqual(outcome.state);
      expect(detail?.messages.map((m) => [m.role, m.text])).toEqual([
        ['bot', 'Hello! Which industry is your company in?'],
        ['visitor', 'We do HVAC'],
        ['bot', 'Got it.'],
        ['bot', 'How many employees?'],
      ]);
      expect(detail?.messages[1]?.clientMessageId).toBe('client-1');
      expect(detail?.answers).toEqual([industry]);
      expect(detail?.lead).toMatchObject({ conversationId: conversation.id, decision: 'sales_ready', ownerId: 'anna', status: 'open', definitionVersion: 1 });
      expect(detail?.lead?.score.total).toBe(40);
      expect(await count('outbox WHERE conversation_id = $1', [conversation.id])).toBe(1);
      expect(await count('consents WHERE conversation_id = $1 AND granted AND visitor_id = $2', [conversation.id, 'visitor-commit'])).toBe(1);
      const audit = await driver.query<{ type: string }>('SELECT type FROM audit_events WHERE conversation_id = $1 ORDER BY seq', [conversation.id]);
      expect(audit.map((a) => a.type)).toEqual(['question_asked', 'answer_recorded', 'consent_changed']);
    });

    it('marks the conversation answered from the turn that records its first answer on (the funnel\'s "engaged")', async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-answered' }));
      const answered = async () => (await driver.query<{ answered: boolean }>('SELECT answered FROM conversations WHERE id = $1', [conversation.id]))[0]?.answered;
      expect(await answered()).toBe(false);
      await store.runTurn(conversation.id, 'answered-1', ({ conversation: c }) => commit(c.state, { text: 'hmm?' }));
      expect(await answered()).toBe(false);
      await store.runTurn(conversation.id, 'answered-2', ({ conversation: c }) => commit(c.state, { answers: [answer('industry', 'hvac', '2030-01-01T10:00:00.000Z')] }));
      expect(await answered()).toBe(true);
      await store.runTurn(conversation.id, 'answered-3', ({ conversation: c }) => commit(c.state, { text: 'what else?' }));
      expect(await answered()).toBe(true);
    });

    it('decides the next turn on the state stored, whatever the caller did to the one it got back', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const first = await store.runTurn(conversation.id, 'alias-1', ({ conversation: c }) => commit(c.state));
      if (first.kind !== 'processed') throw new Error('first turn not processed');
      first.state.skipped.push('changed by the caller');
      const seen: string[][] = [];
      await store.runTurn(conversation.id, 'alias-2', ({ conversation: c }) => (seen.push([...c.state.skipped]), commit(c.state)));
      expect(seen).toEqual([[]]);
    });

    it('changes no indexed column of its conversation, so PostgreSQL updates the row in place (HOT) and writes no index entry, in a table of two indexes', async () => {
      // What the turn's UPDATE sets every turn (turn-statements.ts); decision changes a few times per conversation.
      // The update opens and locks every index of its table: two (migration 031), not the conversation's other row's six.
      const indexes = await driver.query<{ definition: string }>(
        `SELECT pg_get_indexdef(indexrelid) AS definition FROM pg_index WHERE indrelid = 'conversation_turns'::regclass`,
      );
      expect(indexes).toHaveLength(2);
      expect(indexes.map((i) => i.definition).filter((d) => /\b(state|locale|updated_at|answered|decision)\b/.test(d))).toEqual([]);
    });

    it('writes all a turn does in one statement, in no transaction — its company included; after its start, its peek or its own last turn, the write alone; else after one read', async () => {
      const statements: Array<'tx' | 'auto'> = [];
      const inner = await factory.migrated();
      const own = await storeOn(counting(inner, statements), { clock, leadEventSinks: ['webhook'] });
      db.keepOpen(own);
      const { conversation } = await own.createConversation(newConversation({ visitorId: 'visitor-one-trip' }));
      statements.length = 0;
      const startedOn: unknown[] = [];
      const rich = (c: ConversationRecord): TurnCommit => ({
        ...commit(c.state, {
          answers: [answer('industry', 'hvac', '2030-01-01T10:00:00.000Z')],
          decision: 'sales_ready',
          events: [{ type: 'consent_changed', consent: 'granted' }],
          outbox: [{ kind: 'handoff', payload: { conversationId: c.id } }],
          leadEvents: [{ type: 'lead.qualified', data: { decision: 'sales_ready' } }],
        }),
        review: [{ kind: 'not_understood', criterionId: 'company_size', text: 'loads of us', phrase: 'loads of us' }],
        company: { email: 'anna@one-trip.example', name: 'One Trip Oy' },
      });
      // The first turn is decided on what the start wrote: no read.
      expect((await own.runTurn(conversation.id, 'trip-1', ({ conversation: c }) => (startedOn.push(c.state), rich(c)))).kind).toBe('processed');
      expect(statements).toEqual(['auto']);
      expect(startedOn).toEqual([conversation.state]);
      const counts = await inner.query<Record<string, number>>(
        `SELECT (SELECT count(*)::int FROM messages WHERE conversation_id = $1) AS messages,
                (SELECT count(*)::int FROM answers WHERE conversation_id = $1) AS answers,
                (SELECT count(*)::int FROM consents WHERE conversation_id = $1) AS consents,
                (SELECT count(*)::int FROM lead_events WHERE lead_id = $1) AS lead_events,
                (SELECT count(*)::int FROM outbox WHERE conversation_id = $1) AS outbox,
                (SELECT count(*)::int FROM review_items WHERE conversation_id = $1) AS review`,
        [conversation.id],
      );
      expect(counts[0]).toEqual({ messages: 4, answers: 1, consents: 1, lead_events: 1, outbox: 2, review: 1 });
      expect(await own.leadAccount(conversation.id)).toMatchObject({ company: { domain: 'one-trip.example', name: 'One Trip Oy' } });

      statements.length = 0;
      const again = await own.runTurn(conversation.id, 'trip-1', mustNotDecide);
      expect(again.kind).toBe('duplicate');
      expect(statements).toEqual(['auto', 'auto']);

      const peeked = await own.peekTurn(conversation.id, 'trip-2', 'visitor-one-trip');
      statements.length = 0;
      const next = await own.runTurn(conversation.id, 'trip-2', ({ conversation: c }) => commit(c.state, { text: 'About 40' }), 'visitor-one-trip', peeked);
      expect(next.kind).toBe('processed');
      expect(statements).toEqual(['auto']);

      // The next turn is decided on what this store's last turn of the conversation wrote: no read.
      statements.length = 0;
      const decidedOn: unknown[] = [];
      const last = await own.runTurn(conversation.id, 'trip-3', ({ conversation: c }) => (decidedOn.push(c.state), commit(c.state, { text: 'Next month' })), 'visitor-one-trip');
      expect(last.kind).toBe('processed');
      expect(statements).toEqual(['auto']);
      expect(decidedOn).toEqual([next.kind === 'processed' && next.state]);
      expect(await own.transcript(conversation.id)).toHaveLength(10);
    });

    it("treats another visitor's conversation as missing, a replayed client id included", async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-owner' }));
      expect((await store.runTurn(conversation.id, 'own-1', ({ conversation: c }) => commit(c.state), 'visitor-owner')).kind).toBe('processed');
      expect(await store.runTurn(conversation.id, 'own-1', mustNotDecide, 'visitor-stranger')).toEqual({ kind: 'not_found' });
      expect(await store.runTurn(conversation.id, 'strange-1', mustNotDecide, 'visitor-stranger')).toEqual({ kind: 'not_found' });
      expect(await count(`messages WHERE conversation_id = $1 AND role = 'visitor'`, [conversation.id])).toBe(1);
    });

    it('returns the stored reply for a repeated clientMessageId and saves the message once', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const first = await store.runTurn(conversation.id, 'same-id', ({ conversation: c }) => commit(c.state));
      const second = await store.runTurn(conversation.id, 'same-id', mustNotDecide);
      expect(second.kind).toBe('duplicate');
      if (first.kind !== 'processed' || second.kind !== 'duplicate') return;
      expect(second.messages).toEqual(first.messages);
      expect(second.state).toEqual(first.state);
      expect(await count(`messages WHERE conversation_id = $1 AND role = 'visitor'`, [conversation.id])).toBe(1);
    });

    it('peeks before a turn in one statement: answered, the open conversation, or not found', async () => {
      const statements: Array<'tx' | 'auto'> = [];
      const inner = await factory.migrated();
      const own = await storeOn(counting(inner, statements), { clock });
      db.keepOpen(own);
      const { conversation } = await own.createConversation(newConversation({ visitorId: 'visitor-peek' }));
      const first = await own.runTurn(conversation.id, 'peek-1', ({ conversation: c }) => commit(c.state), 'visitor-peek');
      if (first.kind !== 'processed') throw new Error('first turn not processed');
      statements.length = 0;
      expect(await own.peekTurn(conversation.id, 'peek-1', 'visitor-peek')).toEqual({ kind: 'answered' });
      expect(statements).toHaveLength(1);
      const open = await own.peekTurn(conversation.id, 'peek-2', 'visitor-peek');
      expect(open).toMatchObject({ kind: 'open', conversation: { id: conversation.id, visitorId: 'visitor-peek' } });
      expect(open.kind === 'open' && open.conversation.state).toEqual(first.state);
      expect(await own.peekTurn(conversation.id, 'peek-1', 'visitor-stranger')).toEqual({ kind: 'not_found' });
      expect(await own.peekTurn('no-such-conversation', 'peek-1', 'visitor-peek')).toEqual({ kind: 'not_found' });
    });

    it('processes a message sent twice at once only once', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const outcomes = await Promise.all([1, 2].map(() => store.runTurn(conversation.id, 'double-click', ({ conversation: c }) => commit(c.state))));
      expect(outcomes.map((o) => o.kind).sort()).toEqual(['duplicate', 'processed']);
      expect(outcomes[0]).toMatchObject({ messages: (outcomes[1] as { messages: unknown }).messages });
      expect(await count(`messages WHERE conversation_id = $1 AND role = 'visitor'`, [conversation.id])).toBe(1);
    });

    it('leaves nothing behind when decide throws, and the same message can then be processed', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const failing = store.runTurn(conversation.id, 'fails-once', () => {
        throw new Error('engine failed');
      });
      await expect(failing).rejects.toThrow('engine failed');
      const after = await store.conversationDetail(conversation.id);
      expect(after?.messages).toHaveLength(1);
      expect(after?.answers).toEqual([]);
      expect(after?.lead).toBeNull();
      expect(after?.conversation.state).toEqual(conversation.state);

      const retry = await store.runTurn(conversation.id, 'fails-once', ({ conversation: c }) => commit(c.state));
      expect(retry.kind).toBe('processed');
    });

    it('rolls back a turn whose writes fail half-way', async () => {
      const { conversation } = await store.createConversation(newConversation());
      // The review item's kind breaks its table's check, after the message, answer and lead went in.
      const broken = store.runTurn(conversation.id, 'bad-review', ({ conversation: c }) => ({
        ...commit(c.state, { answers: [answer('industry', 'hvac', '2030-01-01T10:00:00.000Z')] }),
        review: [{ kind: 'no such kind' as 'corrected', criterionId: 'industry', text: 'hvac', phrase: 'hvac' }],
      }));
      await expect(broken).rejects.toThrow(/review_items_kind_check/);
      expect(await store.transcript(conversation.id)).toHaveLength(1);
      expect((await store.conversationDetail(conversation.id))?.answers).toEqual([]);
    });

    it('serialises concurrent turns of one conversation: each sees the state the one before left', async () => {
      const { conversation } = await store.createConversation(newConversation());
      // What each turn was last decided on (a turn another one overtook is decided again: the last call counts).
      const seen: string[][] = [];
      const turns = Array.from({ length: 8 }, (_, i) =>
        store.runTurn(conversation.id, `concurrent-${i}`, ({ conversation: c }) => {
          seen[i] = c.state.skipped;
          return { ...commit(c.state), state: { ...c.state, skipped: [...c.state.skipped, `turn-${i}`] } };
        }),
      );
      await Promise.all(turns);
      expect(seen.map((s) => s.length).sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
      const loaded = await store.load(conversation.id);
      expect(loaded?.conversation.state.skipped).toHaveLength(8);
      expect(await count(`messages WHERE conversation_id = $1 AND role = 'visitor'`, [conversation.id])).toBe(8);
    });

    it("gives a returning visitor's answers from all their conversations, the newest per criterion", async () => {
      const visitorId = 'visitor-returning';
      const older = await store.createConversation(newConversation({ visitorId }));
      await store.runTurn(older.conversation.id, 'a1', ({ conversation: c }) =>
        commit(c.state, { answers: [answer('industry', 'plumbing', '2030-01-01T09:00:00.000Z'), answer('company_size', 30, '2030-01-01T09:01:00.000Z')] }),
      );
      const newer = await store.createConversation(newConversation({ visitorId }));
      await store.runTurn(newer.conversation.id, 'b1', ({ conversation: c }) => commit(c.state, { answers: [answer('industry', 'hvac', '2030-01-02T09:00:00.000Z')] }));
      const stranger = await store.createConversation(newConversation({ visitorId: 'someone-else' }));
      await store.runTurn(stranger.conversation.id, 's1', ({ conversation: c }) => commit(c.state, { answers: [answer('country', 'poland', '2030-01-03T09:00:00.000Z')] }));

      expect(await store.visitorAnswers(visitorId)).toEqual([answer('company_size', 30, '2030-01-01T09:01:00.000Z'), answer('industry', 'hvac', '2030-01-02T09:00:00.000Z')]);
      expect(await store.visitorAnswers('someone-else')).toEqual([answer('country', 'poland', '2030-01-03T09:00:00.000Z')]);
      expect(await store.visitorAnswers('never-seen')).toEqual([]);
    });
  });
}
