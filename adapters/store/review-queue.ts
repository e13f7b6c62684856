import type { AnswerValue } from '../../qualification/answer.js';
import type { SqlExecutor } from './driver.js';
import { iso } from './records.js';

/** One group of the queue: the same normalised words for the same criterion in the same locale. */
export interface ReviewKey {
  criterionId: string;
  locale: string;
  phrase: string;
}

export interface ReviewGroup extends ReviewKey {
  /** Open items in the group; `corrected` of them were corrected guesses, the rest not understood. */
  count: number;
  corrected: number;
  /** What the visitors finally answered for the criterion in those conversations, most often first. */
  chosen: Array<{ value: AnswerValue; count: number }>;
  definitionVersions: number[];
  lastSeen: string;
}

export interface WeeklyCount {
  criterionId: string;
  /** The Monday (UTC) the week starts on, YYYY-MM-DD. */
  week: string;
  count: number;
}

export interface ReviewStore {
  /** Open groups, the most frequent first. */
  reviewGroups(options?: { limit?: number }): Promise<ReviewGroup[]>;
  /** Closes every open item of the group (ignored, or taught as a synonym); returns how many. */
  settleReview(key: ReviewKey, status: 'ignored' | 'taught'): Promise<number>;
  /** Replies not understood per criterion and week since `since`, whatever became of them in the queue. */
  notUnderstoodByWeek(since: Date): Promise<WeeklyCount[]>;
}

interface GroupRow {
  criterion: string;
  locale: string;
  phrase: string;
  count: number;
  corrected: number;
  chosen: AnswerValue[] | null;
  versions: number[];
  last_seen: Date | string;
}

function tally(values: AnswerValue[]): ReviewGroup['chosen'] {
  const counts = new Map<string, { value: AnswerValue; count: number }>();
  for (const value of values) {
    const key = JSON.stringify(value);
    const entry = counts.get(key) ?? { value, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count);
}

export function reviewStore(db: SqlExecutor): ReviewStore {
  return {
    async reviewGroups(options = {}) {
      const rows = await db.query<GroupRow>(
        `WITH open AS (
           SELECT r.criterion, r.locale, r.phrase, r.kind, r.definition_version, r.created_at,
                  (SELECT a.value FROM answers a WHERE a.conversation_id = r.conversation_id AND a.criterion = r.criterion
                   ORDER BY a.seq DESC LIMIT 1) AS chosen
           FROM review_items r WHERE r.status = 'open'
         )
         SELECT criterion, locale, phrase, count(*)::int AS count,
                (count(*) FILTER (WHERE kind = 'corrected'))::int AS corrected,
                jsonb_agg(chosen) FILTER (WHERE chosen IS NOT NULL) AS chosen,
                jsonb_agg(DISTINCT definition_version) AS versions,
                max(created_at) AS last_seen
         FROM open GROUP BY criterion, locale, phrase
         ORDER BY count(*) DESC, max(created_at) DESC, phrase
         LIMIT $1`,
        [options.limit ?? 200],
      );
      return rows.map((row) => ({
        criterionId: row.criterion,
        locale: row.locale,
        phrase: row.phrase,
        count: row.count,
        corrected: row.corrected,
        chosen: tally(row.chosen ?? []),
        definitionVersions: [...row.versions].sort((a, b) => a - b),
        lastSeen: iso(row.last_seen),
      }));
    },

    async settleReview(key, status) {
      const rows = await db.query(
        `UPDATE review_items SET status = $4 WHERE status = 'open' AND criterion = $1 AND locale = $2 AND phrase = $3 RETURNING id`,
        [key.criterionId, key.locale, key.phrase, status],
      );
      return rows.length;
    },

    async notUnderstoodByWeek(since) {
      const rows = await db.query<{ criterion: string; week: string; count: number }>(
        `SELECT criterion, to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD') AS week, count(*)::int AS count
         FROM review_items WHERE kind = 'not_understood' AND created_at >= $1
         GROUP BY 1, 2 ORDER BY 2, 1`,
        [since.toISOString()],
      );
      return rows.map((r) => ({ criterionId: r.criterion, week: r.week, count: r.count }));
    },
  };
}
