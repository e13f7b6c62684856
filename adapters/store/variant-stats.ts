import type { SqlExecutor } from './driver.js';

/**
 * One arm of a question's A/B test, counted in conversations (each is one sample): the arm is the
 * wording the conversation was first asked the question in (`variant` null: the plain question).
 */
export interface VariantStat {
  criterionId: string;
  variant: string | null;
  /** Conversations that were asked the question: the sample size of every rate below. */
  asked: number;
  /** How often the question was put, re-asks included. */
  timesAsked: number;
  answered: number;
  skipped: number;
  /** The visitor went quiet with this question open and unanswered. */
  abandoned: number;
  /** Conversations that ended up sales-ready. */
  qualified: number;
}

export interface VariantStatsStore {
  /** Conversations idle since before `quietSince` with the question open count as abandoned. */
  variantStats(options: { quietSince: Date; criterionIds: string[] }): Promise<VariantStat[]>;
}

interface StatRow {
  criterion: string;
  variant: string | null;
  asked: number;
  times_asked: number;
  answered: number;
  skipped: number;
  abandoned: number;
  qualified: number;
}

const STATS_SQL = `
WITH asks AS (
  SELECT conversation_id, data::json->>'criterionId' AS criterion, data::json->>'variant' AS variant, seq
  FROM audit_events WHERE type = 'question_asked' AND data::json->>'criterionId' = ANY($2::text[])
),
arms AS (
  SELECT DISTINCT ON (conversation_id, criterion) conversation_id, criterion, variant
  FROM asks ORDER BY conversation_id, criterion, seq
),
last_asks AS (
  SELECT DISTINCT ON (conversation_id) conversation_id, data::json->>'criterionId' AS criterion
  FROM audit_events WHERE type = 'question_asked' ORDER BY conversation_id, seq DESC
)
SELECT a.criterion, a.variant,
  count(*)::int AS asked,
  sum((SELECT count(*) FROM asks x WHERE x.conversation_id = a.conversation_id AND x.criterion = a.criterion))::int AS times_asked,
  count(*) FILTER (WHERE EXISTS (SELECT 1 FROM answers w WHERE w.conversation_id = a.conversation_id AND w.criterion = a.criterion))::int AS answered,
  count(*) FILTER (WHERE EXISTS (
    SELECT 1 FROM audit_events s WHERE s.conversation_id = a.conversation_id AND s.type = 'criterion_skipped' AND s.data::json->>'criterionId' = a.criterion
  ))::int AS skipped,
  count(*) FILTER (WHERE l.criterion = a.criterion
    AND c.state::json->>'phase' <> 'closed' AND c.updated_at < $1
    AND NOT EXISTS (SELECT 1 FROM answers w WHERE w.conversation_id = a.conversation_id AND w.criterion = a.criterion)
  )::int AS abandoned,
  count(*) FILTER (WHERE c.decision = 'sales_ready')::int AS qualified
FROM arms a
JOIN conversations c ON c.id = a.conversation_id
LEFT JOIN last_asks l ON l.conversation_id = a.conversation_id
GROUP BY a.criterion, a.variant
ORDER BY a.criterion, a.variant NULLS FIRST`;

export function variantStatsStore(db: SqlExecutor): VariantStatsStore {
  return {
    async variantStats({ quietSince, criterionIds }) {
      if (criterionIds.length === 0) return [];
      const rows = await db.query<StatRow>(STATS_SQL, [quietSince.toISOString(), criterionIds]);
      return rows.map((r) => ({
        criterionId: r.criterion,
        variant: r.variant,
        asked: r.asked,
        timesAsked: r.times_asked,
        answered: r.answered,
        skipped: r.skipped,
        abandoned: r.abandoned,
        qualified: r.qualified,
      }));
    },
  };
}
