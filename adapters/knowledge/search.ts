import { searchConfigs, type SqlClient } from './sql.js';

export interface Hit {
  id: string;
  title: string;
  body: string;
  url: string;
  rank: number;
  /** Share of the question's words (stems) the passage contains. */
  coverage: number;
}

/** A passage must contain at least half the question's words to count as an answer. */
export const MIN_COVERAGE = 0.5;

/**
 * Full-text search in the locale's passages with the locale's stemming. Any of the question's words may
 * match (a question rarely uses every word of its answer), longer stems also as prefixes (Finnish
 * "integroitteko" finds "integroituu"); passages are ranked by cover density, title words first.
 */
export async function searchPassages(sql: SqlClient, locale: string, question: string, limit = 3): Promise<Hit[]> {
  const config = (await searchConfigs(sql, [locale]))[locale] ?? 'simple';
  const parsed = await sql.query<{ q: string }>('select plainto_tsquery($1::regconfig, $2)::text as q', [config, question]);
  const lexemes = [...new Set([...(parsed[0]?.q ?? '').matchAll(/'((?:[^']|'')+)'/g)].map((m) => m[1]!))];
  if (lexemes.length === 0) return [];
  const query = lexemes.map((l) => `'${l}'${l.length >= 4 ? ':*' : ''}`).join(' | ');
  const rows = await sql.query<{ id: string; title: string; body: string; url: string; rank: number; lexemes: string[] }>(
    `select id, title, body, url, ts_rank_cd(tsv, $2::tsquery) as rank, tsvector_to_array(tsv) as lexemes
       from knowledge_passages
      where locale = $1 and tsv @@ $2::tsquery
      order by rank desc, position
      limit 10`,
    [locale, query],
  );
  const words = lexemes.map((l) => l.replace(/''/g, "'"));
  return rows
    .map(({ lexemes: own, ...hit }) => ({
      ...hit,
      rank: Number(hit.rank),
      coverage: words.filter((w) => own.some((o) => sameStem(o, w))).length / words.length,
    }))
    .filter((h) => h.coverage >= MIN_COVERAGE)
    .sort((a, b) => b.coverage - a.coverage || b.rank - a.rank)
    .slice(0, limit);
}

/** Stemmers leave inflected forms apart ("integrer" / "integr"): a stem that starts the other counts. */
function sameStem(a: string, b: string): boolean {
  return a === b || (a.length >= 4 && b.length >= 4 && (a.startsWith(b) || b.startsWith(a)));
}

/** Locales that have content; a question in another locale is looked up in the fallback's content. */
export async function localesWithContent(sql: SqlClient): Promise<Set<string>> {
  const rows = await sql.query<{ locale: string }>('select distinct locale from knowledge_passages');
  return new Set(rows.map((r) => r.locale));
}
