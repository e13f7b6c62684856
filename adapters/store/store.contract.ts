import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConversationRecord, TurnCommit } from '../../bot/ports/store.js';
import { answer, commit, definition, manualClock, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import { MigrationError, type Store, storeOn } from './index.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';

/** Fresh databases of one kind; every call gives a new, private one. */
export interface DatabaseFactory {
  migrated(): Promise<SqlDriver>;
  empty(): Promise<SqlDriver>;
}

const never = (): TurnCommit => {
  throw new Error('decide must not run');
};

/** The storage contract: the same expectations for every database the store runs on. */
export function storeContract(factory: DatabaseFactory) {
  const clock = manualClock('2030-01-01T10:00:00.000Z');
  let driver: SqlDriver;
  let store: Store;
  const opened: Store[] = [];

  beforeAll(async () => {
    driver = await factory.migrated();
    store = await storeOn(driver, { clock, outboxLeaseMs: 60_000 });
  });
  afterAll(async () => {
    await Promise.all(opened.map((s) => s.close()));
    await store?.close();
  });

  /** A store on its own database, for tests that need the database to themselves. */
  async function privateStore(kind: 'migrated' | 'empty' = 'migrated') {
    const own = await storeOn(await factory[kind](), { clock });
    opened.push(own);
    return own;
  }

  async function count(sql: string, params: unknown[]) {
    const [row] = await driver.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${sql}`, params);
    return row!.n;
  }

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
      expect(again).toEqual(first);
    });

    it('finds nothing for unknown or malformed ids', async () => {
      expect(await store.load('no-such-conversation')).toBeNull();
      expect(await store.transcript("'; DROP TABLE messages; --")).toBeNull();
      expect(await store.conversationDetail('00000000-0000-0000-0000-000000000000')).toBeNull();
      expect(await store.runTurn('no-such-conversation', 'm1', never)).toEqual({ kind: 'not_found' });
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

    it('writes all a turn does in one statement, after the lock and one read of the lead and the client id', async () => {
      const statements: string[] = [];
      const inner = await factory.migrated();
      const counted: SqlDriver = {
        kind: inner.kind,
        query: (sql, params) => inner.query(sql, params),
        script: (sql) => inner.script(sql),
        listen: (channel, onPayload) => inner.listen(channel, onPayload),
        close: () => inner.close(),
        pool: () => inner.pool(),
        transaction: (fn) =>
          inner.transaction((tx) =>
            fn({
              query<R>(sql: string, params?: unknown[]) {
                statements.push(sql);
                return tx.query<R>(sql, params);
              },
              script: (sql) => tx.script(sql),
            }),
          ),
      };
      const own = await storeOn(counted, { clock, leadEventSinks: ['webhook'] });
      opened.push(own);
      const { conversation } = await own.createConversation(newConversation({ visitorId: 'visitor-one-trip' }));
      statements.length = 0;
      const rich = (c: ConversationRecord): TurnCommit => ({
        ...commit(c.state, {
          answers: [answer('industry', 'hvac', '2030-01-01T10:00:00.000Z')],
          decision: 'sales_ready',
          events: [{ type: 'consent_changed', consent: 'granted' }],
          outbox: [{ kind: 'handoff', payload: { conversationId: c.id } }],
          leadEvents: [{ type: 'lead.qualified', data: { decision: 'sales_ready' } }],
        }),
        review: [{ kind: 'not_understood', criterionId: 'company_size', text: 'loads of us', phrase: 'loads of us' }],
      });
      expect((await own.runTurn(conversation.id, 'trip-1', ({ conversation: c }) => rich(c))).kind).toBe('processed');
      expect(statements).toHaveLength(3);
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

      statements.length = 0;
      const again = await own.runTurn(conversation.id, 'trip-1', never);
      expect(again.kind).toBe('duplicate');
      expect(statements).toHaveLength(3);
    });

    it("treats another visitor's conversation as missing, a replayed client id included", async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-owner' }));
      expect((await store.runTurn(conversation.id, 'own-1', ({ conversation: c }) => commit(c.state), 'visitor-owner')).kind).toBe('processed');
      expect(await store.runTurn(conversation.id, 'own-1', never, 'visitor-stranger')).toEqual({ kind: 'not_found' });
      expect(await store.runTurn(conversation.id, 'strange-1', never, 'visitor-stranger')).toEqual({ kind: 'not_found' });
      expect(await count(`messages WHERE conversation_id = $1 AND role = 'visitor'`, [conversation.id])).toBe(1);
    });

    it('returns the stored reply for a repeated clientMessageId and saves the message once', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const first = await store.runTurn(conversation.id, 'same-id', ({ conversation: c }) => commit(c.state));
      const second = await store.runTurn(conversation.id, 'same-id', never);
      expect(second.kind).toBe('duplicate');
      if (first.kind !== 'processed' || second.kind !== 'duplicate') return;
      expect(second.messages).toEqual(first.messages);
      expect(second.state).toEqual(first.state);
      expect(await store.findTurn(conversation.id, 'same-id')).toEqual(first.messages);
      expect(await store.findTurn(conversation.id, 'other-id')).toBeNull();
      expect(await count(`messages WHERE conversation_id = $1 AND role = 'visitor'`, [conversation.id])).toBe(1);
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
      const broken = store.runTurn(conversation.id, 'bad-answer', ({ conversation: c }) => ({
        ...commit(c.state),
        answers: [{ ...answer('industry', 'hvac', 'not a time'), at: 'not a time' }],
      }));
      await expect(broken).rejects.toThrow();
      expect(await store.transcript(conversation.id)).toHaveLength(1);
    });

    it('serialises concurrent turns of one conversation: each sees the state the one before left', async () => {
      const { conversation } = await store.createConversation(newConversation());
      const seen: string[][] = [];
      const turns = Array.from({ length: 8 }, (_, i) =>
        store.runTurn(conversation.id, `concurrent-${i}`, ({ conversation: c }) => {
          seen.push(c.state.skipped);
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

  describe('outbox', () => {
    async function enqueue(kind: string, items: TurnCommit['outbox']) {
      const { conversation } = await store.createConversation(newConversation());
      await store.runTurn(conversation.id, `enqueue-${kind}-${items.length}`, ({ conversation: c }) => commit(c.state, { outbox: items }));
      return conversation.id;
    }

    it('keeps one row per idempotency key', async () => {
      const id = await enqueue('notify-once', [
        { kind: 'notify-once', payload: { n: 1 } },
        { kind: 'notify-once', payload: { n: 2 } },
        { kind: 'notify-once', payload: { n: 3 }, key: 'notify-once:extra' },
      ]);
      await store.runTurn(id, 'enqueue-again', ({ conversation: c }) => commit(c.state, { outbox: [{ kind: 'notify-once', payload: { n: 4 } }] }));
      const claimed = await store.claimDue('notify-once', 10, clock.now());
      expect(claimed.map((c) => c.payload)).toEqual([{ n: 1 }, { n: 3 }]);
      expect(claimed[0]).toMatchObject({ kind: 'notify-once', conversationId: id, attempts: 0 });
    });

    it('lets concurrent claimers take disjoint items and hides leased items until the lease ends', async () => {
      await enqueue('claim-race', Array.from({ length: 20 }, (_, n) => ({ kind: 'claim-race', payload: { n }, key: `claim-race:${n}` })));
      const now = clock.now();
      // Ten claimers at once, two items each: every item goes to exactly one of them.
      const claims = await Promise.all(Array.from({ length: 10 }, () => store.claimDue('claim-race', 2, now)));
      const ids = claims.flat().map((i) => i.id);
      expect(claims.map((c) => c.length)).toEqual(Array(10).fill(2));
      expect(new Set(ids).size).toBe(20);
      expect(await store.claimDue('claim-race', 30, new Date(now.getTime() + 59_000))).toEqual([]);
      expect(await store.claimDue('claim-race', 30, new Date(now.getTime() + 60_000))).toHaveLength(20);
    });

    it('hands released items back at once, unattempted, and leaves a delivered one alone', async () => {
      await enqueue('release', [0, 1].map((n) => ({ kind: 'release', payload: { n }, key: `release:${n}` })));
      const now = clock.now();
      const [kept, handedBack] = await store.claimDue('release', 2, now);
      await store.markDelivered(kept!.id, {}, now);
      await store.release([kept!.id, handedBack!.id], now);
      expect(await store.claimDue('release', 2, now)).toEqual([expect.objectContaining({ id: handedBack!.id, attempts: 0 })]);
    });

    it('retries a failed item when it is due again and never hands out a delivered one', async () => {
      await enqueue('retry', [{ kind: 'retry', payload: {} }]);
      const now = clock.now();
      const [item] = await store.claimDue('retry', 1, now);
      await store.markFailed(item!.id, 'slack said no', new Date(now.getTime() + 5_000));
      expect(await store.claimDue('retry', 1, new Date(now.getTime() + 4_000))).toEqual([]);
      const [again] = await store.claimDue('retry', 1, new Date(now.getTime() + 5_000));
      expect(again).toMatchObject({ id: item!.id, attempts: 1 });
      await store.markDelivered(item!.id, { ts: '123.456' }, now);
      expect(await store.claimDue('retry', 1, new Date(now.getTime() + 3_600_000))).toEqual([]);
      const [row] = await driver.query<{ status: string; result: unknown; last_error: string | null }>('SELECT status, result, last_error FROM outbox WHERE id = $1', [item!.id]);
      expect(row).toEqual({ status: 'delivered', result: { ts: '123.456' }, last_error: null });
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

  describe('definitions', () => {
    it('publishes numbered versions and reads any of them back', async () => {
      const own = await privateStore();
      expect(await own.published()).toBeNull();
      const v1 = await own.publish(definition('First'), 'marketing@example.com', 'first cut');
      const [v2, v3] = await Promise.all([own.publish(definition('Second'), 'a', ''), own.publish(definition('Third'), 'b', '')]);
      expect(v1).toMatchObject({ version: 1, author: 'marketing@example.com', note: 'first cut', definition: definition('First') });
      expect([v2!.version, v3!.version].sort()).toEqual([2, 3]);
      expect((await own.published())?.version).toBe(3);
      expect(await own.version(1)).toEqual(v1);
      expect(await own.version(9)).toBeNull();
    });
  });

  describe('migrations', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'kysy-migrations-'));
      await cp(MIGRATIONS_DIR, dir, { recursive: true });
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('migrates an empty database once even when two instances start at the same time, and is then ready', async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      const applied = await Promise.all([migrate(empty, migrations), migrate(empty, migrations)]);
      expect(applied.map((a) => a.length).sort()).toEqual([0, migrations.length]);
      const own = await storeOn(empty, { clock });
      opened.push(own);
      expect(await own.ready()).toBe(true);
    });

    it('refuses to start when an applied migration file was changed, and adds new ones', async () => {
      const own = await factory.migrated();
      await writeFile(join(dir, '999_extra_table.sql'), 'CREATE TABLE extra (id integer);');
      await storeOn(own, { migrations: await readMigrations(dir) });
      const first = (await readMigrations(dir))[0]!;
      await writeFile(join(dir, first.file), `${first.sql}\n-- an innocent-looking edit\n`);
      await expect(storeOn(own, { migrations: await readMigrations(dir) })).rejects.toThrow(MigrationError);
      await expect(storeOn(own, { migrations: await readMigrations(dir) })).rejects.toThrow(/001_initial\.sql was changed/);
      await expect(storeOn(own)).rejects.toThrow(/999_extra_table\.sql.*does not have/);
      await own.close();
    });

    it('is not ready once closed', async () => {
      const own = await privateStore();
      expect(await own.ready()).toBe(true);
      await own.close();
      expect(await own.ready()).toBe(false);
      opened.splice(opened.indexOf(own), 1);
    });
  });
}
