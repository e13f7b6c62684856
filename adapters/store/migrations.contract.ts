import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MigrationError, storeOn } from './index.js';
import { MIGRATIONS_DIR, migrate, readMigrations } from './migrate.js';
import type { SharedDatabase } from './store.contract.js';

/** Migrations: applied once however many instances start, checked against edits, and readiness. */
export function migrationContract(db: SharedDatabase) {
  const { clock, factory } = db;

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
      db.keepOpen(own);
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

    it('marks the conversations that already have answers as answered (migration 013)', async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      const before = migrations.findIndex((m) => m.file.startsWith('013_'));
      await migrate(empty, migrations.slice(0, before));
      await empty.query(`INSERT INTO visitors (id, created_at) VALUES ('v', now())`);
      await empty.query(
        `INSERT INTO conversations (id, lead_id, visitor_id, channel, locale, definition_version, state, decision, created_at, updated_at)
         SELECT id, id, 'v', 'web', 'en', 1, '{}', 'incomplete', now(), now() FROM unnest(ARRAY['said-something', 'said-nothing']) AS id`,
      );
      await empty.query(`INSERT INTO answers (conversation_id, visitor_id, criterion, value, raw, source, confidence, at) VALUES ('said-something', 'v', 'industry', '"hvac"', 'HVAC', 'choice', 1, now())`);
      await migrate(empty, migrations);
      expect(await empty.query('SELECT id, answered FROM conversations ORDER BY id')).toEqual([
        { id: 'said-nothing', answered: false },
        { id: 'said-something', answered: true },
      ]);
      await empty.close();
    });

    it("keeps each conversation's day of last activity and still refuses a message of no known role (migration 021)", async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      await migrate(empty, migrations.slice(0, migrations.findIndex((m) => m.file.startsWith('021_'))));
      await empty.query(`INSERT INTO visitors (id, created_at) VALUES ('v', now())`);
      await empty.query(
        `INSERT INTO conversations (id, lead_id, visitor_id, channel, locale, definition_version, state, decision, created_at, updated_at)
         VALUES ('c', 'c', 'v', 'web', 'en', 1, '{}', 'incomplete', '2030-01-01T08:00:00Z', '2030-01-02T23:30:00-02:00')`,
      );
      await empty.query(`INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES ('m', 'c', 'bot', 'Hi', now())`);
      await migrate(empty, migrations);
      expect(await empty.query(`SELECT active_on::text FROM conversations`)).toEqual([{ active_on: '2030-01-03' }]);
      expect(await empty.query(`SELECT role FROM messages`)).toEqual([{ role: 'bot' }]);
      await expect(empty.query(`INSERT INTO messages (id, conversation_id, role, text, created_at) VALUES ('n', 'c', 'robot', 'Hi', now())`)).rejects.toThrow(/message_role/);
      // The day now lives beside the state (migration 031), still required.
      await expect(empty.query(`INSERT INTO conversation_turns (id, locale, state, decision, updated_at) VALUES ('d', 'en', '{}', 'incomplete', now())`)).rejects.toThrow(/active_on/);
      await empty.close();
    });

    it("keeps each conversation's state and each lead's score as the JSON they were (migration 022)", async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      await migrate(empty, migrations.slice(0, migrations.findIndex((m) => m.file.startsWith('022_'))));
      await empty.query(`INSERT INTO visitors (id, created_at) VALUES ('v', now())`);
      await empty.query(
        `INSERT INTO conversations (id, lead_id, visitor_id, channel, locale, definition_version, state, decision, created_at, updated_at, active_on)
         VALUES ('c', 'c', 'v', 'web', 'en', 1, '{"phase":"closed","answers":{"size":{"value":12}}}', 'incomplete', now(), now(), now())`,
      );
      await empty.query(`INSERT INTO leads (conversation_id, score, decision, definition_version, created_at, updated_at) VALUES ('c', '{"fit":40,"total":55}', 'incomplete', 1, now(), now())`);
      await migrate(empty, migrations);
      const [row] = await empty.query<{ state: string; score: string; phase: string }>(
        `SELECT c.state, l.score, c.state::json->>'phase' AS phase FROM conversations c JOIN leads l ON l.conversation_id = c.id`,
      );
      expect({ state: JSON.parse(row!.state), score: JSON.parse(row!.score), phase: row!.phase }).toEqual({
        state: { phase: 'closed', answers: { size: { value: 12 } } },
        score: { fit: 40, total: 55 },
        phase: 'closed',
      });
      await empty.close();
    });

    it('keeps the rows keyed by ids and their foreign keys when the ids compare under "C" (migration 025)', async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      await migrate(empty, migrations.slice(0, migrations.findIndex((m) => m.file.startsWith('025_'))));
      await empty.query(`INSERT INTO visitors (id, created_at) VALUES ('v', now())`);
      await empty.query(
        `INSERT INTO conversations (id, lead_id, visitor_id, channel, locale, definition_version, state, decision, created_at, updated_at, active_on)
         VALUES ('c', 'c', 'v', 'web', 'en', 1, '{}', 'incomplete', now(), now(), now())`,
      );
      await empty.query(`INSERT INTO messages (id, conversation_id, role, text, client_message_id, created_at) VALUES ('m', 'c', 'visitor', 'Hi', 'k1', now())`);
      await empty.query(`INSERT INTO leads (conversation_id, score, decision, definition_version, created_at, updated_at) VALUES ('c', '{}', 'incomplete', 1, now(), now())`);
      await migrate(empty, migrations);
      expect(await empty.query(`SELECT l.conversation_id, m.client_message_id FROM leads l JOIN messages m USING (conversation_id) WHERE m.conversation_id = 'c'`)).toEqual([
        { conversation_id: 'c', client_message_id: 'k1' },
      ]);
      await expect(empty.query(`INSERT INTO leads (conversation_id, score, decision, definition_version, created_at, updated_at) VALUES ('x', '{}', 'incomplete', 1, now(), now())`)).rejects.toThrow(
        /leads_conversation_id_fkey/,
      );
      await empty.close();
    });

    it("keeps each audit event's data as the JSON it was, read by the keys inside it (migration 026)", async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      await migrate(empty, migrations.slice(0, migrations.findIndex((m) => m.file.startsWith('026_'))));
      await empty.query(
        `INSERT INTO audit_events (conversation_id, actor, type, data, at)
         VALUES ('c', 'bot', 'question_asked', '{"type":"question_asked","criterionId":"size","variant":null}', now()), (NULL, 'admin', 'person.erased', '{"leads":2}', now())`,
      );
      await migrate(empty, migrations);
      expect(await empty.query(`SELECT data::json AS data, data::json->>'criterionId' AS criterion FROM audit_events ORDER BY seq`)).toEqual([
        { data: { type: 'question_asked', criterionId: 'size', variant: null }, criterion: 'size' },
        { data: { leads: 2 }, criterion: null },
      ]);
      await empty.close();
    });

    it('reads the answers from their answer_recorded events, an answer without its event made one, a carried-over answer none (migration 029)', async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      await migrate(empty, migrations.slice(0, migrations.findIndex((m) => m.file.startsWith('029_'))));
      await empty.query(`INSERT INTO visitors (id, created_at) VALUES ('v', now())`);
      await empty.query(
        `INSERT INTO conversations (id, lead_id, visitor_id, channel, locale, definition_version, state, decision, created_at, updated_at, active_on)
         VALUES ('c', 'c', 'v', 'web', 'en', 1, '{}', 'incomplete', now(), now(), current_date)`,
      );
      const answer = (criterionId: string, value: unknown, source: string) => ({ criterionId, value, raw: String(value), source, confidence: 1, at: '2030-01-01T10:00:00.000Z' });
      const event = (a: object) => JSON.stringify({ type: 'answer_recorded', answer: a });
      await empty.query(
        `INSERT INTO audit_events (conversation_id, actor, type, data, at)
         VALUES ('c', 'bot', 'answer_recorded', $1, now()), ('c', 'bot', 'answer_recorded', $2, now()), ('c', 'bot', 'question_asked', '{"type":"question_asked","criterionId":"size","variant":null}', now())`,
        [event(answer('industry', 'hvac', 'previous')), event(answer('size', 40, 'asked'))],
      );
      await empty.query(
        `INSERT INTO answers (conversation_id, visitor_id, criterion, value, raw, source, confidence, at)
         VALUES ('c', 'v', 'size', '40', '40', 'asked', 1, '2030-01-01T10:00:00Z'), ('c', 'v', 'budget', '"approved"', 'yes we have', 'typed', 0.8, '2030-01-01T10:01:00Z')`,
      );
      await migrate(empty, migrations);
      expect(await empty.query(`SELECT conversation_id, visitor_id, criterion, value, raw, source, confidence, to_char(at AT TIME ZONE 'UTC', 'HH24:MI') AS at FROM answers ORDER BY seq`)).toEqual([
        { conversation_id: 'c', visitor_id: 'v', criterion: 'size', value: 40, raw: '40', source: 'asked', confidence: 1, at: '10:00' },
        { conversation_id: 'c', visitor_id: 'v', criterion: 'budget', value: 'approved', raw: 'yes we have', source: 'typed', confidence: 0.8, at: '10:01' },
      ]);
      expect((await empty.query<{ data: unknown }>(`SELECT data::json AS data FROM audit_events WHERE type = 'answer_recorded' ORDER BY seq`)).map((r) => r.data)).toEqual([
        { type: 'answer_recorded', answer: answer('industry', 'hvac', 'previous') },
        { type: 'answer_recorded', answer: answer('size', 40, 'asked') },
        { type: 'answer_recorded', answer: { criterionId: 'budget', value: 'approved', raw: 'yes we have', source: 'typed', confidence: 0.8, at: '2030-01-01T10:01:00.000Z' } },
      ]);
      await empty.query(`DELETE FROM conversation_records WHERE id = 'c'`);
      expect(await empty.query('SELECT count(*)::int AS n FROM audit_events')).toEqual([{ n: 0 }]);
      await empty.close();
    });

    it("reads each conversation as it was from its two rows, whose version any write to either changes, and deletes both (migration 031)", async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      await migrate(empty, migrations.slice(0, migrations.findIndex((m) => m.file.startsWith('031_'))));
      await empty.query(`INSERT INTO visitors (id, created_at) VALUES ('v', now())`);
      await empty.query(
        `INSERT INTO conversations (id, lead_id, visitor_id, channel, external_id, locale, context, definition_version, state, decision, answered, created_at, updated_at, active_on)
         VALUES ('c', 'c', 'v', 'web', 'x1', 'fi', '{"utm":{"utm_campaign":"spring"}}', 3, '{"phase":"closed"}', 'sales_ready', true,
                 '2030-01-01T08:00:00Z', '2030-01-02T09:30:00Z', '2030-01-02')`,
      );
      const columns = `id, visitor_id, channel, external_id, locale, context, definition_version, state, decision, answered, active_on::text,
        to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS created_at, to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS updated_at, lead_id`;
      const before = await empty.query(`SELECT ${columns} FROM conversations`);
      await migrate(empty, migrations);
      expect(await empty.query(`SELECT ${columns} FROM conversations`)).toEqual(before);
      expect(before).toHaveLength(1);

      const version = async () => (await empty.query<{ v: string }>(`SELECT xmin::text AS v FROM conversation_turns WHERE id = 'c'`))[0]?.v;
      const first = await version();
      await empty.query(`UPDATE conversation_records SET visitor_id = 'v' WHERE id = 'c'`);
      expect(await version()).not.toBe(first);
      await empty.query(`DELETE FROM conversation_records WHERE id = 'c'`);
      expect(await empty.query('SELECT count(*)::int AS n FROM conversation_turns')).toEqual([{ n: 0 }]);
      await empty.close();
    });

    it("keeps each lead's card and reminder clock in a row beside the lead, a card still naming one lead, and deletes it with the lead (migration 032)", async () => {
      const empty = await factory.empty();
      const migrations = await readMigrations();
      await migrate(empty, migrations.slice(0, migrations.findIndex((m) => m.file.startsWith('032_'))));
      await empty.query(`INSERT INTO visitors (id, created_at) VALUES ('v', now())`);
      await empty.query(
        `INSERT INTO conversation_records (id, lead_id, visitor_id, channel, definition_version, created_at) SELECT id, id, 'v', 'web', 1, now() FROM unnest(ARRAY['carded', 'posting', 'bare']) AS id`,
      );
      await empty.query(
        `INSERT INTO leads (conversation_id, score, decision, definition_version, status, card_channel, card_ts, next_reminder_at, created_at, updated_at) VALUES
         ('carded', '{}', 'sales_ready', 1, 'handed_off', 'D0ANNA', '1.000001', '2030-01-01T10:30:00Z', now(), now()),
         ('posting', '{}', 'sales_ready', 1, 'handed_off', 'D0ANNA', NULL, NULL, now(), now()),
         ('bare', '{}', 'incomplete', 1, 'open', NULL, NULL, NULL, now(), now())`,
      );
      const read = (from: string) =>
        empty.query(`SELECT conversation_id, status, card_channel, card_ts, to_char(next_reminder_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') AS due FROM ${from} ORDER BY conversation_id`);
      const before = await read('leads');
      await migrate(empty, migrations);
      expect(await read('leads l LEFT JOIN lead_cards c USING (conversation_id)')).toEqual(before);
      expect(before).toEqual([
        { conversation_id: 'bare', status: 'open', card_channel: null, card_ts: null, due: null },
        { conversation_id: 'carded', status: 'handed_off', card_channel: 'D0ANNA', card_ts: '1.000001', due: '2030-01-01 10:30' },
        { conversation_id: 'posting', status: 'handed_off', card_channel: 'D0ANNA', card_ts: null, due: null },
      ]);
      expect(await empty.query('SELECT conversation_id FROM lead_cards ORDER BY conversation_id')).toEqual([{ conversation_id: 'carded' }, { conversation_id: 'posting' }]);

      await expect(empty.query(`INSERT INTO lead_cards (conversation_id, card_channel, card_ts) VALUES ('bare', 'D0ANNA', '1.000001')`)).rejects.toThrow(/unique/);
      await empty.query(`DELETE FROM leads WHERE conversation_id = 'carded'`);
      expect(await empty.query('SELECT conversation_id FROM lead_cards')).toEqual([{ conversation_id: 'posting' }]);
      await empty.close();
    });

    it('is not ready once closed', async () => {
      const own = await db.privateStore();
      expect(await own.ready()).toBe(true);
      await own.close();
      expect(await own.ready()).toBe(false);
      db.forget(own);
    });
  });
}
