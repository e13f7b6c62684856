import type { KnowledgeFile } from './folder.js';
import { hashOf, parsePassages } from './passages.js';
import { searchConfigs, type SqlClient } from './sql.js';

export interface SyncResult {
  files: number;
  /** Files whose passages were (re)written. */
  changed: number;
  removed: number;
  /** Files that could not be read as knowledge (their old passages stay). */
  errors: string[];
}

/**
 * Brings the passages table in line with the files: changed files are rewritten, removed files deleted,
 * unchanged files left alone (compared by content hash). Each file is one statement, so a reader never
 * sees half a file, and several instances indexing the same content at once agree.
 */
export async function syncKnowledge(sql: SqlClient, files: KnowledgeFile[]): Promise<SyncResult> {
  const configs = await searchConfigs(sql, [...new Set(files.map((f) => f.locale))]);
  const rows = await sql.query<{ source: string; source_hash: string }>(
    'select distinct source, source_hash from knowledge_passages',
  );
  const stored = new Map(rows.map((r) => [r.source, r.source_hash]));
  const result: SyncResult = { files: files.length, changed: 0, removed: 0, errors: [] };

  for (const file of files) {
    const hash = hashOf(file.text);
    if (stored.get(file.source) === hash) continue;
    let passages;
    try {
      passages = parsePassages(file.source, file.locale, file.text);
    } catch (error) {
      result.errors.push((error as Error).message);
      continue;
    }
    await sql.query(
      `with incoming as (
         select * from jsonb_to_recordset($4::text::jsonb) as p(id text, locale text, title text, body text, url text, position int)
       ), gone as (
         delete from knowledge_passages k where k.source = $1 and k.id not in (select id from incoming)
       )
       insert into knowledge_passages (id, source, source_hash, locale, config, title, body, url, position)
       select id, $1, $2, locale, $3::regconfig, title, body, url, position from incoming
       on conflict (id) do update set source_hash = excluded.source_hash, locale = excluded.locale, config = excluded.config,
         title = excluded.title, body = excluded.body, url = excluded.url, position = excluded.position`,
      [file.source, hash, configs[file.locale] ?? 'simple', JSON.stringify(passages)],
    );
    result.changed++;
  }

  const present = files.map((f) => f.source);
  const gone = await sql.query<{ source: string }>(
    'delete from knowledge_passages where source <> all($1::text[]) returning source',
    [present],
  );
  result.removed = new Set(gone.map((r) => r.source)).size;
  return result;
}
