import { describe, expect, it } from 'vitest';
import type { ConversationState } from '../../bot/conversation.js';
import type { ReviewDraft } from '../../bot/review/items.js';
import { answer, commit, manualClock, newConversation, state } from './contract-fixtures.js';
import type { Store } from './index.js';
import { type DatabaseFactory, storePerTest } from './store.contract.js';

const notUnderstood = (phrase: string, criterionId = 'industry'): ReviewDraft => ({ kind: 'not_understood', criterionId, text: `${phrase}!`, phrase });
const corrected = (phrase: string): ReviewDraft => ({ kind: 'corrected', criterionId: 'industry', text: phrase, phrase });

/** The review queue's storage: the same on every database. Each test has a database of its own. */
export function reviewQueueContract(factory: Pick<DatabaseFactory, 'migrated'>) {
  const clock = manualClock('2030-03-04T10:00:00.000Z');
  const stores = storePerTest(factory, { clock });

  async function freshStore() {
    clock.set('2030-03-04T10:00:00.000Z');
    return (await stores.open()).store;
  }

  /** A conversation whose first turn queues `review`; `then` is what the visitor answers next. */
  async function conversation(store: Store, review: ReviewDraft[], options: { locale?: 'en' | 'fi'; version?: number; then?: string } = {}) {
    const locale = options.locale ?? 'en';
    const created = await store.createConversation(newConversation({ locale, state: state({ locale }), definitionVersion: options.version ?? 1 }));
    const id = created.conversation.id;
    await store.runTurn(id, 'm1', ({ conversation: c }) => ({ ...commit(c.state, { text: 'hmm' }), review }));
    if (options.then) {
      const then = options.then;
      await store.runTurn(id, 'm2', ({ conversation: c }) => commit(c.state, { answers: [answer('industry', then, clock.now().toISOString())] }));
    }
    return id;
  }

  describe('review queue', () => {
    it('groups open items by criterion, locale and phrase, most frequent first, with what was finally chosen', async () => {
      const store = await freshStore();
      await conversation(store, [notUnderstood('pipes and drains')], { then: 'plumbing' });
      await conversation(store, [notUnderstood('pipes and drains')], { then: 'plumbing', version: 2 });
      await conversation(store, [corrected('pipes and drains')], { then: 'hvac', version: 2 });
      await conversation(store, [notUnderstood('pipes and drains')], { locale: 'fi' });
      await conversation(store, [notUnderstood('a fair few', 'company_size')]);

      const groups = await store.reviewGroups();
      expect(groups).toEqual([
        {
          criterionId: 'industry',
          locale: 'en',
          phrase: 'pipes and drains',
          count: 3,
          corrected: 1,
          chosen: [
            { value: 'plumbing', count: 2 },
            { value: 'hvac', count: 1 },
          ],
          definitionVersions: [1, 2],
          lastSeen: '2030-03-04T10:00:00.000Z',
        },
        expect.objectContaining({ criterionId: 'company_size', locale: 'en', phrase: 'a fair few', count: 1, chosen: [] }),
        expect.objectContaining({ criterionId: 'industry', locale: 'fi', phrase: 'pipes and drains', count: 1 }),
      ]);
      expect(await store.reviewGroups({ limit: 1 })).toHaveLength(1);
    });

    it('hides a settled group; the same words coming again open it anew', async () => {
      const store = await freshStore();
      await conversation(store, [notUnderstood('odd jobs')]);
      await conversation(store, [notUnderstood('odd jobs')]);
      expect(await store.settleReview({ criterionId: 'industry', locale: 'en', phrase: 'odd jobs' }, 'ignored')).toBe(2);
      expect(await store.settleReview({ criterionId: 'industry', locale: 'en', phrase: 'odd jobs' }, 'ignored')).toBe(0);
      expect(await store.reviewGroups()).toEqual([]);
      await conversation(store, [notUnderstood('odd jobs')]);
      expect(await store.reviewGroups()).toMatchObject([{ phrase: 'odd jobs', count: 1 }]);
    });

    it('counts not-understood replies per criterion and UTC week, settled or not, corrected guesses apart', async () => {
      const store = await freshStore();
      clock.set('2030-03-03T23:30:00.000Z'); // a Sunday: the week of Monday 2030-02-25
      await conversation(store, [notUnderstood('x')]);
      clock.set('2030-03-04T00:30:00.000Z'); // Monday
      await conversation(store, [notUnderstood('y'), notUnderstood('z', 'company_size')]);
      await conversation(store, [notUnderstood('y'), corrected('w')]);
      await store.settleReview({ criterionId: 'industry', locale: 'en', phrase: 'y' }, 'taught');
      clock.set('2030-01-01T00:00:00.000Z');
      await conversation(store, [notUnderstood('too old')]);

      expect(await store.notUnderstoodByWeek(new Date('2030-02-01T00:00:00.000Z'))).toEqual([
        { criterionId: 'industry', week: '2030-02-25', count: 1 },
        { criterionId: 'company_size', week: '2030-03-04', count: 1 },
        { criterionId: 'industry', week: '2030-03-04', count: 2 },
      ]);
    });

    it('keeps items only with their turn, and drops them with their conversation when it is purged', async () => {
      const store = await freshStore();
      const created = await store.createConversation(newConversation());
      // A real fault after the items are written: conversations.decision is NOT NULL.
      const failing = store.runTurn(created.conversation.id, 'm1', ({ conversation: c }) => {
        const broken = commit(c.state);
        return { ...broken, state: { ...broken.state, decision: null as unknown as ConversationState['decision'] }, review: [notUnderstood('lost with its turn')] };
      });
      await expect(failing).rejects.toThrow();
      expect(await store.reviewGroups()).toEqual([]);

      clock.set('2030-01-01T00:00:00.000Z');
      await conversation(store, [notUnderstood('old words')]);
      clock.set('2030-03-04T10:00:00.000Z');
      await conversation(store, [notUnderstood('new words')]);
      expect(await store.purgeExpired(new Date('2030-02-01T00:00:00.000Z'), 10)).toBeGreaterThan(0);
      expect((await store.reviewGroups()).map((g) => g.phrase)).toEqual(['new words']);
    });
  });
}
