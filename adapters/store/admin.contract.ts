import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BotEvent } from '../../bot/conversation.js';
import { answer, commit, definition, manualClock, newConversation, state } from './contract-fixtures.js';
import type { DatabaseFactory } from './store.contract.js';
import { type Store, storeOn } from './index.js';

const LOCKOUT = { maxFailures: 3, lockMs: 15 * 60_000 };
const asked = (criterionId: string, variant: string | null): BotEvent => ({ type: 'question_asked', criterionId, variant });

/** The admin's storage (users, sessions, drafts, inbox, A/B statistics): the same on every database. */
export function adminStoreContract(factory: Pick<DatabaseFactory, 'migrated'>) {
  const clock = manualClock('2030-02-01T10:00:00.000Z');
  let store: Store;

  beforeAll(async () => {
    store = await storeOn(await factory.migrated(), { clock });
  });
  afterAll(async () => {
    await store?.close();
  });

  describe('admin users and sessions', () => {
    it('creates users once per email, any case, and lists them', async () => {
      const created = await store.createAdminUser({ email: ' Maija@Example.com ', passwordHash: 'h1', role: 'marketer', mustChangePassword: true }, clock.now());
      expect(created).toMatchObject({ email: 'maija@example.com', role: 'marketer', mustChangePassword: true });
      expect(await store.createAdminUser({ email: 'MAIJA@example.com', passwordHash: 'h2', role: 'admin', mustChangePassword: false }, clock.now())).toBeNull();
      expect((await store.adminCredentials('maija@EXAMPLE.com'))?.passwordHash).toBe('h1');
      expect((await store.listAdminUsers()).map((u) => u.email)).toContain('maija@example.com');
      expect(await store.adminUserCount()).toBeGreaterThan(0);
    });

    it('locks an account for one address at its last allowed failure, not for others, and unlocks it on success', async () => {
      const user = (await store.createAdminUser({ email: 'lock@example.com', passwordHash: 'h', role: 'analyst', mustChangePassword: false }, clock.now()))!;
      const [attacker, owner] = ['203.0.113.9', '198.51.100.7'];
      for (let i = 0; i < LOCKOUT.maxFailures - 1; i++) await store.recordSignInFailure(user.id, attacker, LOCKOUT, clock.now());
      expect(await store.signInLockedUntil(user.id, attacker)).toBeNull();
      await store.recordSignInFailure(user.id, attacker, LOCKOUT, clock.now());
      expect(await store.signInLockedUntil(user.id, attacker)).toBe('2030-02-01T10:15:00.000Z');
      expect(await store.signInLockedUntil(user.id, owner)).toBeNull();
      await store.recordSignInSuccess(user.id, attacker);
      expect(await store.signInLockedUntil(user.id, attacker)).toBeNull();
    });

    it('finds a session until it expires, and a password change ends every session', async () => {
      const user = (await store.createAdminUser({ email: 'session@example.com', passwordHash: 'h', role: 'admin', mustChangePassword: false }, clock.now()))!;
      const expiresAt = new Date('2030-02-01T12:00:00.000Z');
      await store.createAdminSession({ tokenHash: 'tok-1', userId: user.id, csrfToken: 'csrf-1', expiresAt }, clock.now());
      await store.createAdminSession({ tokenHash: 'tok-2', userId: user.id, csrfToken: 'csrf-2', expiresAt }, clock.now());
      expect(await store.adminSession('tok-1', clock.now())).toMatchObject({ csrfToken: 'csrf-1', user: { email: 'session@example.com' } });
      expect(await store.adminSession('tok-1', new Date('2030-02-01T12:00:00.000Z'))).toBeNull();
      await store.deleteAdminSession('tok-1');
      expect(await store.adminSession('tok-1', clock.now())).toBeNull();
      await store.setAdminPassword(user.id, 'new-hash', false);
      expect(await store.adminSession('tok-2', clock.now())).toBeNull();
      expect((await store.adminCredentials('session@example.com'))?.passwordHash).toBe('new-hash');
      expect(await store.deleteAdminUser(user.id)).toBe(true);
      expect(await store.deleteAdminUser(user.id)).toBe(false);
    });
  });

  describe('drafts and versions', () => {
    it('keeps one draft, even an invalid one, until it is discarded', async () => {
      expect(await store.draft()).toBeNull();
      await store.saveDraft({ half: 'typed' }, null, 'maija@example.com', clock.now());
      const saved = await store.saveDraft({ criteria: [] }, 1, 'liisa@example.com', clock.now());
      expect(saved).toEqual({ definition: { criteria: [] }, baseVersion: 1, updatedBy: 'liisa@example.com', updatedAt: clock.now().toISOString() });
      expect(await store.draft()).toEqual(saved);
      await store.discardDraft();
      expect(await store.draft()).toBeNull();
    });

    it('lists published versions newest first with who, when and why', async () => {
      await store.publish(definition('First'), 'kysy', 'seed');
      await store.publish(definition('Second'), 'maija@example.com', 'shorter questions');
      const versions = await store.definitionVersions();
      expect(versions.slice(0, 2).map((v) => [v.author, v.note])).toEqual([
        ['maija@example.com', 'shorter questions'],
        ['kysy', 'seed'],
      ]);
      expect(versions[0]!.version).toBe(versions[1]!.version + 1);
    });
  });

  describe('leads inbox', () => {
    it('filters on decision, status, owner, locale, date and campaign', async () => {
      clock.set('2030-03-01T09:00:00.000Z');
      const spring = await store.createConversation(newConversation({ locale: 'fi', state: state({ locale: 'fi' }), context: { utm: { utm_campaign: 'Kevät_2030', utm_source: 'li' } } }));
      await store.runTurn(spring.conversation.id, 'm1', ({ conversation: c }) => commit(c.state, { answers: [answer('industry', 'hvac', '2030-03-01T09:00:00.000Z')], decision: 'sales_ready' }));
      clock.set('2030-03-02T09:00:00.000Z');
      const other = await store.createConversation(newConversation({ locale: 'sv', state: state({ locale: 'sv' }) }));
      const page = { limit: 50, offset: 0 };
      const ids = async (filter: Parameters<Store['leadInbox']>[0]) => (await store.leadInbox(filter)).map((r) => r.id);

      expect(await ids({ ...page, campaign: 'kevät_' })).toEqual([spring.conversation.id]);
      expect(await ids({ ...page, campaign: '%' })).toEqual([]);
      expect(await ids({ ...page, decision: 'sales_ready', locale: 'fi' })).toEqual([spring.conversation.id]);
      expect(await ids({ ...page, status: 'open', ownerId: 'anna', from: '2030-03-01T00:00:00.000Z' })).toEqual([spring.conversation.id]);
      expect(await ids({ ...page, locale: 'sv', from: '2030-03-02T00:00:00.000Z', to: '2030-03-03T00:00:00.000Z' })).toEqual([other.conversation.id]);
      expect(await ids({ ...page, ownerId: 'nobody' })).toEqual([]);
      const [row] = await store.leadInbox({ ...page, campaign: 'KEVÄT' });
      expect(row).toMatchObject({ decision: 'sales_ready', status: 'open', ownerId: 'anna', fit: 40, utm: { utm_campaign: 'Kevät_2030' } });
    });

    it('gives the timeline of decisions, consent and handoff deliveries without per-question noise', async () => {
      clock.set('2030-03-03T09:00:00.000Z');
      const { conversation } = await store.createConversation(newConversation());
      await store.runTurn(conversation.id, 'm1', ({ conversation: c }) =>
        commit(c.state, {
          answers: [answer('industry', 'hvac', '2030-03-03T09:00:00.000Z')],
          events: [{ type: 'consent_changed', consent: 'granted' }],
          outbox: [{ kind: 'handoff', payload: {} }],
        }),
      );
      const timeline = await store.leadTimeline(conversation.id);
      expect(timeline.map((e) => e.type)).toEqual(['consent_changed', 'handoff.queued']);
      const [item] = await store.claimDue('handoff', 10, new Date('2030-03-03T09:00:01.000Z'));
      await store.markDelivered(item!.id, {}, new Date('2030-03-03T09:00:02.000Z'));
      expect((await store.leadTimeline(conversation.id)).at(-1)).toEqual({ at: '2030-03-03T09:00:02.000Z', type: 'handoff.delivered', actor: 'kysy', detail: { failedAttempts: 0 } });
    });
  });

  describe('A/B statistics', () => {
    it('counts per arm the conversations asked, answered, skipped, abandoned and qualified', async () => {
      clock.set('2030-04-01T09:00:00.000Z');
      const start = (variant: string | null) =>
        store.createConversation(newConversation({ state: state({ variants: variant ? { budget: variant } : {} }), events: [asked('budget', variant)] }));
      const plainAnswered = await start(null);
      await store.runTurn(plainAnswered.conversation.id, 'a', ({ conversation: c }) =>
        commit(c.state, { answers: [answer('budget', 'allocated', '2030-04-01T09:00:00.000Z')], decision: 'sales_ready', events: [asked('timeline', null)] }),
      );
      await start(null);
      const shortSkipped = await start('short');
      await store.runTurn(shortSkipped.conversation.id, 'a', ({ conversation: c }) =>
        commit(c.state, { events: [{ type: 'criterion_skipped', criterionId: 'budget' }, asked('timeline', null)] }),
      );
      const shortAgain = await start('short');
      await store.runTurn(shortAgain.conversation.id, 'a', ({ conversation: c }) => commit(c.state, { events: [asked('budget', 'short')] }));

      const stats = await store.variantStats({ quietSince: new Date('2030-04-01T10:00:00.000Z'), criterionIds: ['budget'] });
      expect(stats).toEqual([
        { criterionId: 'budget', variant: null, asked: 2, timesAsked: 2, answered: 1, skipped: 0, abandoned: 1, qualified: 1 },
        { criterionId: 'budget', variant: 'short', asked: 2, timesAsked: 3, answered: 0, skipped: 1, abandoned: 1, qualified: 0 },
      ]);
      const recent = await store.variantStats({ quietSince: new Date('2030-04-01T08:00:00.000Z'), criterionIds: ['budget'] });
      expect(recent.map((s) => s.abandoned)).toEqual([0, 0]);
      expect(await store.variantStats({ quietSince: new Date(), criterionIds: [] })).toEqual([]);
    });
  });
}
