import { describe, expect, it } from 'vitest';
import { VersionMoved } from '../../bot/ports/definitions.js';
import { definition, newConversation } from './contract-fixtures.js';
import type { SharedDatabase } from './store.contract.js';

/** Published lead definitions: numbered versions, each readable again. */
export function definitionContract(db: SharedDatabase) {
  describe('definitions', () => {
    it('publishes numbered versions and reads any of them back', async () => {
      const own = await db.privateStore();
      expect(await own.published()).toBeNull();
      expect(await own.publishedVersion()).toBeNull();
      const v1 = await own.publish(definition('First'), 'marketing@example.com', 'first cut');
      const [v2, v3] = await Promise.all([own.publish(definition('Second'), 'a', ''), own.publish(definition('Third'), 'b', '')]);
      expect(v1).toMatchObject({ version: 1, author: 'marketing@example.com', note: 'first cut', definition: definition('First') });
      expect([v2!.version, v3!.version].sort()).toEqual([2, 3]);
      expect((await own.published())?.version).toBe(3);
      expect(await own.publishedVersion()).toBe(3);
      expect(await own.version(1)).toEqual(v1);
      expect(await own.version(9)).toBeNull();
    });

    it('of two publishes made on top of the same version at once, exactly one goes live', async () => {
      const own = await db.privateStore();
      expect((await own.publish(definition('First'), 'a', '', { latestVersion: null })).version).toBe(1);
      await expect(own.publish(definition('Again first'), 'b', '', { latestVersion: null })).rejects.toEqual(new VersionMoved(null, 1));
      const results = await Promise.allSettled([
        own.publish(definition('Maija'), 'maija', '', { latestVersion: 1 }),
        own.publish(definition('Erik'), 'erik', '', { latestVersion: 1 }),
      ]);
      const won = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
      const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
      expect(won.map((v) => v.version)).toEqual([2]);
      expect(lost).toEqual([new VersionMoved(1, 2)]);
      expect(lost[0]).toMatchObject({ expectedVersion: 1, latestVersion: 2 });
      expect(await own.publishedVersion()).toBe(2);
      expect((await own.published())?.author).toBe(won[0]!.author);
      expect((await own.publish(definition('On top'), 'c', '', { latestVersion: 2 })).version).toBe(3);
    });

    it('saves a conversation begun on a version only while it is the newest published, when asked (newestOnly); else writes nothing and names the newest', async () => {
      const own = await db.privateStore();
      await own.publish(definition('First'), 'a', '');
      const count = async (table: string) => Number((await own.sql.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
      const onFirst = await own.createConversation(newConversation({ visitorId: 'visitor-newest-1', newestOnly: true }));
      expect(onFirst).toMatchObject({ created: true, conversation: { definitionVersion: 1, visitorId: 'visitor-newest-1' } });
      await own.publish(definition('Second'), 'b', '');
      const stale = own.createConversation(newConversation({ visitorId: 'visitor-newest-2', newestOnly: true }));
      await expect(stale).rejects.toEqual(new VersionMoved(1, 2));
      expect([await count('conversations'), await count('visitors'), await count('messages')]).toEqual([1, 1, 1]);
      // Not asked: saved on the version given, as before.
      expect((await own.createConversation(newConversation({ visitorId: 'visitor-newest-2' }))).conversation.definitionVersion).toBe(1);
      expect((await own.createConversation(newConversation({ definitionVersion: 2, newestOnly: true }))).conversation.definitionVersion).toBe(2);
    });
  });
}
