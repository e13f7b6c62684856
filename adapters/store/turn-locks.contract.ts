import { describe, expect, it } from 'vitest';
import { answer, commit, newConversation } from './contract-fixtures.js';
import type { SharedDatabase } from './store.contract.js';

/**
 * PostgreSQL keeps 16 relation locks per backend on its fast path; past them each lock goes through
 * the shared lock table. A statement holds a lock on every table, index and sequence it opens until
 * its transaction ends — the indexes of a table it writes only while it runs — so the locks are read
 * by a statement trigger as the turn's statement ends.
 */
const FAST_PATH_LOCKS = 16;

export function turnLockContract(db: SharedDatabase) {
  describe("a turn's locks", () => {
    it('a common turn (its lead has a row, answers and audit events) locks no more relations than a backend keeps on its fast path', async () => {
      const own = await db.privateStore();
      await own.sql.script(`
        CREATE TABLE turn_locks (relations integer NOT NULL);
        CREATE FUNCTION log_turn_locks() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO turn_locks SELECT count(DISTINCT l.relation) FROM pg_locks l JOIN pg_class c ON c.oid = l.relation
          WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND c.relnamespace = 'public'::regnamespace AND c.relname NOT LIKE 'turn_locks%';
          RETURN NULL;
        END $$;
        CREATE TRIGGER log_turn_locks AFTER UPDATE ON conversation_turns FOR EACH STATEMENT EXECUTE FUNCTION log_turn_locks();`);
      const { conversation } = await own.createConversation(newConversation({ visitorId: 'visitor-locks' }));
      for (const [i, criterion] of ['industry', 'company_size', 'role'].entries()) {
        const outcome = await own.runTurn(conversation.id, `locks-${i}`, ({ conversation: c }) =>
          commit(c.state, { answers: [answer(criterion, 'x', '2030-01-01T10:00:00.000Z')], events: [{ type: 'question_asked', criterionId: 'budget', variant: null }] }),
        );
        expect(outcome.kind).toBe('processed');
      }
      // The first turn creates the lead (a rarer statement, with its checks); the others are common.
      const logged = await own.sql.query<{ relations: number }>('SELECT relations FROM turn_locks');
      expect(logged).toHaveLength(3);
      expect(Math.max(...logged.slice(1).map((row) => row.relations))).toBeLessThanOrEqual(FAST_PATH_LOCKS);
      await own.close();
      db.forget(own);
    });
  });
}
