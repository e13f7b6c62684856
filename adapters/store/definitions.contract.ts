import { describe, expect, it } from 'vitest';
import { definition } from './contract-fixtures.js';
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
  });
}
