import { beforeAll, describe, expect, it } from 'vitest';
import type { TurnCommit } from '../../bot/ports/store.js';
import { commit, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import type { Store } from './index.js';
import type { SharedDatabase } from './store.contract.js';

/** The outbox: written by turns, claimed under a lease by one worker at a time, retried until delivered. */
export function outboxContract(db: SharedDatabase) {
  const { clock } = db;
  let store: Store;
  let driver: SqlDriver;
  beforeAll(() => void ({ store, driver } = db));

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
}
