import { beforeAll, describe, expect, it } from 'vitest';
import type { ConversationLead, LoadedConversation, TurnCommit } from '../../bot/ports/store.js';
import { commit, mustNotDecide, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import { type Store, storeOn } from './index.js';
import type { SharedDatabase } from './store.contract.js';

/**
 * A turn decided on a read outside any lock (its peek), or on what the store's own last turn of the
 * conversation wrote, commits only if nothing it was decided on changed meanwhile; otherwise it is
 * decided again on what the others committed. Here the others come in between, one after the other,
 * so it holds on one connection (PGlite) too; postgres-concurrency.test.ts shows the same with turns
 * waiting for each other's locks.
 */
export function turnRaceContract(db: SharedDatabase) {
  let store: Store;
  let driver: SqlDriver;
  beforeAll(() => void ({ store, driver } = db));

  /** A decide that records what it was called with, and adds `mark` to the state's skipped list. */
  function recording(mark: string) {
    const calls: LoadedConversation[] = [];
    const decide = (loaded: LoadedConversation): TurnCommit => {
      calls.push(loaded);
      return { ...commit(loaded.conversation.state), state: { ...loaded.conversation.state, skipped: [...loaded.conversation.state.skipped, mark] } };
    };
    return { calls, decide };
  }

  async function peek(conversationId: string, clientMessageId: string, visitorId: string) {
    const peeked = await store.peekTurn(conversationId, clientMessageId, visitorId);
    if (peeked.kind !== 'open') throw new Error(`peek found ${peeked.kind}`);
    return peeked;
  }

  describe('a turn after its peek', () => {
    it('is decided again on what a turn committed after the peek, and both count', async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-overtaken' }));
      const peeked = await peek(conversation.id, 'late', 'visitor-overtaken');
      await store.runTurn(conversation.id, 'early', recording('early').decide, 'visitor-overtaken');
      const late = recording('late');
      const outcome = await store.runTurn(conversation.id, 'late', late.decide, 'visitor-overtaken', peeked);
      expect(outcome.kind).toBe('processed');
      expect(late.calls.map((c) => c.conversation.state.skipped)).toEqual([[], ['early']]);
      expect((await store.load(conversation.id))?.conversation.state.skipped).toEqual(['early', 'late']);
    });

    it('hands back the first reply when the same message was answered after the peek', async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-resent' }));
      const peeked = await peek(conversation.id, 'resent', 'visitor-resent');
      const first = await store.runTurn(conversation.id, 'resent', recording('first').decide, 'visitor-resent');
      const again = await store.runTurn(conversation.id, 'resent', recording('again').decide, 'visitor-resent', peeked);
      expect(again).toMatchObject({ kind: 'duplicate', messages: first.kind === 'processed' ? first.messages : [] });
      expect((await store.load(conversation.id))?.conversation.state.skipped).toEqual(['first']);
    });

    it("is decided again when the lead's status changed after the peek", async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-handed' }));
      await store.runTurn(conversation.id, 'm1', recording('m1').decide, 'visitor-handed');
      const peeked = await peek(conversation.id, 'm2', 'visitor-handed');
      expect(peeked.lead).toMatchObject({ id: conversation.id, status: 'open' });
      await driver.query(`UPDATE leads SET status = 'handed_off' WHERE conversation_id = $1`, [conversation.id]);
      const turn = recording('m2');
      expect((await store.runTurn(conversation.id, 'm2', turn.decide, 'visitor-handed', peeked)).kind).toBe('processed');
      expect(turn.calls.map((c) => (c.lead as ConversationLead).status)).toEqual(['open', 'handed_off']);
    });

    it("joins the visitor's open lead that another conversation opened after the peek", async () => {
      const visitorId = 'visitor-two-tabs';
      const { conversation: first } = await store.createConversation(newConversation({ visitorId }));
      const { conversation: second } = await store.createConversation(newConversation({ visitorId }));
      const peeked = await peek(second.id, 'm1', visitorId);
      expect(peeked.lead).toBeNull();
      await store.runTurn(first.id, 'm1', recording('first').decide, visitorId);
      const turn = recording('second');
      expect((await store.runTurn(second.id, 'm1', turn.decide, visitorId, peeked)).kind).toBe('processed');
      expect(turn.calls.map((c) => c.lead?.id ?? null)).toEqual([null, first.id]);
      expect((await store.load(second.id))?.conversation.leadId).toBe(first.id);
      expect(await db.count('leads WHERE conversation_id IN ($1, $2)', [first.id, second.id])).toBe(1);
    });
  });

  describe("a turn after the store's own last turn of the conversation", () => {
    // A second store on the same database: another instance behind a load balancer that is not sticky.
    let other: Store;
    beforeAll(async () => void (other = await storeOn(driver, { clock: db.clock })));

    async function started(visitorId: string) {
      const { conversation } = await store.createConversation(newConversation({ visitorId }));
      await store.runTurn(conversation.id, 'm1', recording('m1').decide, visitorId);
      return conversation.id;
    }

    it('is decided again on what the other instance committed meanwhile, and every turn counts', async () => {
      const id = await started('visitor-balanced');
      await other.runTurn(id, 'm2', recording('m2').decide, 'visitor-balanced');
      const third = recording('m3');
      expect((await store.runTurn(id, 'm3', third.decide, 'visitor-balanced')).kind).toBe('processed');
      expect(third.calls.map((c) => c.conversation.state.skipped)).toEqual([['m1'], ['m1', 'm2']]);
      expect((await other.load(id))?.conversation.state.skipped).toEqual(['m1', 'm2', 'm3']);
    });

    it('hands back the stored reply of a message the other instance answered, before or after its own last turn', async () => {
      const { conversation } = await store.createConversation(newConversation({ visitorId: 'visitor-resends' }));
      const id = conversation.id;
      const before = await other.runTurn(id, 'm1', recording('m1').decide, 'visitor-resends');
      await store.runTurn(id, 'm2', recording('m2').decide, 'visitor-resends');
      const after = await other.runTurn(id, 'm3', recording('m3').decide, 'visitor-resends');
      await store.runTurn(id, 'm4', recording('m4').decide, 'visitor-resends');
      // m1: the row is as this store wrote it last, only the message tells; m3: the row changed since.
      expect(await store.runTurn(id, 'm1', recording('m1 again').decide, 'visitor-resends')).toMatchObject({ kind: 'duplicate', messages: before.kind === 'processed' ? before.messages : [] });
      expect(await store.runTurn(id, 'm3', recording('m3 again').decide, 'visitor-resends')).toMatchObject({ kind: 'duplicate', messages: after.kind === 'processed' ? after.messages : [] });
      expect((await store.load(id))?.conversation.state.skipped).toEqual(['m1', 'm2', 'm3', 'm4']);
    });

    it('hands back the stored reply of a message it answered itself without deciding again', async () => {
      const id = await started('visitor-double');
      expect(await store.runTurn(id, 'm1', mustNotDecide, 'visitor-double')).toMatchObject({ kind: 'duplicate' });
    });

    it("is decided again when a rep changed the lead's status", async () => {
      const id = await started('visitor-rep');
      await driver.query(`UPDATE leads SET status = 'handed_off' WHERE conversation_id = $1`, [id]);
      const turn = recording('m2');
      expect((await store.runTurn(id, 'm2', turn.decide, 'visitor-rep')).kind).toBe('processed');
      expect(turn.calls.map((c) => (c.lead as ConversationLead).status)).toEqual(['open', 'handed_off']);
    });

    it('is not found once the conversation was purged or its visitor erased, and writes nothing', async () => {
      const purged = await started('visitor-purged');
      await driver.query('DELETE FROM conversation_records WHERE id = $1', [purged]);
      expect(await store.runTurn(purged, 'm2', recording('m2').decide, 'visitor-purged')).toEqual({ kind: 'not_found' });

      const erased = await started('visitor-erased');
      await driver.query(`INSERT INTO visitors (id, created_at) VALUES ('visitor-anonymous', now())`);
      await driver.query(`UPDATE conversation_records SET visitor_id = 'visitor-anonymous' WHERE id = $1`, [erased]);
      expect(await store.runTurn(erased, 'm2', recording('m2').decide, 'visitor-erased')).toEqual({ kind: 'not_found' });
      expect(await db.count(`messages WHERE conversation_id = $1 AND role = 'visitor'`, [erased])).toBe(1);
    });
  });
}
