import type { SqlExecutor } from './driver.js';
import { iso, json } from './records.js';

/** What the editor holds between publishes; it may be invalid while someone is typing. */
export interface DefinitionDraft {
  definition: unknown;
  /** The published version the draft started from. */
  baseVersion: number | null;
  updatedBy: string;
  updatedAt: string;
}

export interface VersionSummary {
  version: number;
  author: string;
  note: string;
  createdAt: string;
}

export interface DraftStore {
  draft(): Promise<DefinitionDraft | null>;
  saveDraft(definition: unknown, baseVersion: number | null, by: string, now: Date): Promise<DefinitionDraft>;
  discardDraft(): Promise<void>;
  /** Every published version, newest first, without the definitions. */
  definitionVersions(): Promise<VersionSummary[]>;
}

interface DraftRow {
  definition: unknown;
  base_version: number | null;
  updated_by: string;
  updated_at: Date | string;
}

const toDraft = (row: DraftRow): DefinitionDraft => ({
  definition: row.definition,
  baseVersion: row.base_version,
  updatedBy: row.updated_by,
  updatedAt: iso(row.updated_at),
});

export function draftStore(db: SqlExecutor): DraftStore {
  return {
    async draft() {
      const [row] = await db.query<DraftRow>('SELECT definition, base_version, updated_by, updated_at FROM definition_drafts WHERE id = 1');
      return row ? toDraft(row) : null;
    },

    async saveDraft(definition, baseVersion, by, now) {
      const [row] = await db.query<DraftRow>(
        `INSERT INTO definition_drafts (id, definition, base_version, updated_by, updated_at) VALUES (1, $1, $2, $3, $4)
         ON CONFLICT (id) DO UPDATE SET definition = EXCLUDED.definition, base_version = EXCLUDED.base_version,
           updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
         RETURNING definition, base_version, updated_by, updated_at`,
        [json(definition), baseVersion, by, now.toISOString()],
      );
      return toDraft(row!);
    },

    async discardDraft() {
      await db.query('DELETE FROM definition_drafts WHERE id = 1');
    },

    async definitionVersions() {
      const rows = await db.query<{ version: number; author: string; note: string; created_at: Date | string }>(
        'SELECT version, author, note, created_at FROM definition_versions ORDER BY version DESC',
      );
      return rows.map((r) => ({ version: r.version, author: r.author, note: r.note, createdAt: iso(r.created_at) }));
    },
  };
}
