import { LeadDefinition } from '../../qualification/definition/schema.js';
import type { Clock } from '../../bot/ports/runtime.js';
import { type DefinitionStore, type PublishedDefinition, VersionMoved } from '../../bot/ports/definitions.js';
import type { SqlDriver } from './driver.js';
import { iso, json } from './records.js';

/** Publishers take this lock so two publishes at once get consecutive versions, not a clash. */
const PUBLISH_LOCK = 7_341_891_013;

interface DefinitionRow {
  version: number;
  definition: unknown;
  author: string;
  note: string;
  created_at: Date;
}

const COLUMNS = 'version, definition, author, note, created_at';

function toPublished(row: DefinitionRow): PublishedDefinition {
  return { version: row.version, definition: LeadDefinition.parse(row.definition), author: row.author, note: row.note, createdAt: iso(row.created_at) };
}

export function definitionStore(driver: SqlDriver, clock: Clock): DefinitionStore {
  return {
    async published() {
      const [row] = await driver.query<DefinitionRow>(`SELECT ${COLUMNS} FROM definition_versions ORDER BY version DESC LIMIT 1`);
      return row ? toPublished(row) : null;
    },

    async publishedVersion() {
      const [row] = await driver.query<{ version: number | null }>('SELECT max(version) AS version FROM definition_versions');
      return row?.version ?? null;
    },

    async version(version) {
      const [row] = await driver.query<DefinitionRow>(`SELECT ${COLUMNS} FROM definition_versions WHERE version = $1`, [version]);
      return row ? toPublished(row) : null;
    },

    publish(definition, author, note, expected) {
      return driver.transaction(async (tx) => {
        // Under the lock the insert's own read of max(version) sees every publish committed before
        // it, so the expected-version condition cannot be slipped past by a concurrent publish.
        await tx.query('SELECT pg_advisory_xact_lock($1)', [PUBLISH_LOCK]);
        const [row] = await tx.query<DefinitionRow>(
          `INSERT INTO definition_versions (version, definition, author, note, created_at)
           SELECT coalesce(max(version), 0) + 1, $1, $2, $3, $4 FROM definition_versions
           HAVING $5::int IS NULL OR coalesce(max(version), 0) = $5::int
           RETURNING ${COLUMNS}`,
          [json(definition), author, note, clock.now().toISOString(), expected ? (expected.latestVersion ?? 0) : null],
        );
        if (row) return toPublished(row);
        const [latest] = await tx.query<{ version: number | null }>('SELECT max(version) AS version FROM definition_versions');
        throw new VersionMoved(expected?.latestVersion ?? null, latest?.version ?? null);
      });
    },
  };
}
