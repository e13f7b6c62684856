import { beforeAll, describe, expect, it } from 'vitest';
import type { TurnCommit } from '../../bot/ports/store.js';
import { answer, commit, newConversation } from './contract-fixtures.js';
import type { SqlDriver } from './driver.js';
import type { Store } from './index.js';
import type { SharedDatabase } from './store.contract.js';

/** The company a turn puts its lead in: found or created, and written only for what it adds. */
export function companyContract(db: SharedDatabase) {
  const { clock } = db;
  let store: Store;
  let driver: SqlDriver;
  let visitors = 0;
  beforeAll(() => void ({ store, driver } = db));

  /** A consented turn giving `email` and `companyName`. */
  const giving = (email: string, companyName: string | null) => (c: { state: TurnCommit['state'] }): TurnCommit => ({
    ...commit({ ...c.state, consent: 'granted' }, { answers: [answer('contact_email', email, clock.now().toISOString())], events: [{ type: 'consent_changed', consent: 'granted' }] }),
    email,
    company: { email, name: companyName },
  });

  /**
   * A new visitor's conversation whose turn gives `email` and `companyName`: its first turn, or (`later`)
   * its second, once its lead has a row (the two ways a turn's statement writes the company).
   */
  async function visitor(email: string, companyName: string | null, later = false): Promise<string> {
    const visitorId = `visitor-company-${++visitors}`;
    const { conversation } = await store.createConversation(newConversation({ visitorId }));
    if (later) await store.runTurn(conversation.id, 'first', ({ conversation: c }) => commit(c.state, { answers: [answer('industry', 'hvac', clock.now().toISOString())] }), visitorId);
    const outcome = await store.runTurn(conversation.id, 'company', ({ conversation: c }) => giving(email, companyName)(c), visitorId);
    if (outcome.kind !== 'processed') throw new Error(`not processed: ${outcome.kind}`);
    return conversation.id;
  }

  /** The company row as stored, with its row version (xmin: a new one on every write of the row). */
  async function row(where: string, value: string) {
    const [company] = await driver.query<{ id: string; name: string | null; known_by: string | null; version: string }>(
      `SELECT id, name, known_by, xmin::text AS version FROM companies WHERE ${where} = $1`,
      [value],
    );
    return company;
  }

  describe('the company of a turn', () => {
    it('is not written again for a second visitor of a known company: the lead is put in it, its row as it was', async () => {
      const first = await visitor('anna@known-domain.example', 'Known Domain Oy');
      const created = await row('domain', 'known-domain.example');
      expect(created).toMatchObject({ name: 'Known Domain Oy' });
      const second = await visitor('bo@known-domain.example', 'KD Ab');
      const third = await visitor('cecilia@known-domain.example', null, true);
      expect(await row('domain', 'known-domain.example')).toEqual(created);
      const account = await store.leadAccount(first);
      expect(account?.company).toMatchObject({ id: created!.id, name: 'Known Domain Oy' });
      expect(account?.leads.map((l) => l.id).sort()).toEqual([first, second, third].sort());

      const byName = await visitor('dan@gmail.com', 'Named Only Oy');
      const named = await row('name_key', 'named only');
      const again = await visitor('eve@hotmail.com', 'named only', true);
      expect(await row('name_key', 'named only')).toEqual(named);
      expect((await store.leadAccount(again))?.company.id).toBe(named!.id);
      expect((await store.leadAccount(byName))?.leads).toHaveLength(2);
    });

    it('takes the first name heard where the company has none yet, a known customer or one found by a visitor who gave none', async () => {
      await store.markCompanyKnown('crm-only.example', clock.now());
      const unnamed = await row('domain', 'crm-only.example');
      const first = await visitor('fay@crm-only.example', 'CRM Only Oy', true);
      const named = await row('domain', 'crm-only.example');
      expect(named).toMatchObject({ id: unnamed!.id, name: 'CRM Only Oy', known_by: 'crm' });
      expect(named!.version).not.toBe(unnamed!.version);
      await visitor('gus@crm-only.example', 'Another Name Ltd');
      expect(await row('domain', 'crm-only.example')).toEqual(named);
      expect((await store.leadAccount(first))?.leads).toHaveLength(2);

      const nameless = await visitor('hal@no-name-yet.example', null);
      expect(await row('domain', 'no-name-yet.example')).toMatchObject({ name: null });
      await visitor('ida@no-name-yet.example', 'No Name Yet Oy');
      expect((await store.leadAccount(nameless))?.company).toMatchObject({ domain: 'no-name-yet.example', name: 'No Name Yet Oy' });
    });
  });
}
