import { z } from 'zod';
import { AnswerValue } from '../answer.js';

export const Decision = z.enum(['incomplete', 'sales_ready', 'nurture', 'disqualified']);
export type Decision = z.infer<typeof Decision>;

export const CriterionScore = z.object({
  id: z.string(),
  category: z.enum(['company', 'person', 'situation', 'motivation', 'contact']),
  value: AnswerValue,
  points: z.number(),
  /** Plain words for sales: which option or range gave the points. */
  reason: z.string(),
});
export type CriterionScore = z.infer<typeof CriterionScore>;

export const ScoreResult = z.object({
  fit: z.number(),
  intent: z.number(),
  total: z.number(),
  perCriterion: z.array(CriterionScore),
  disqualifiedBy: z.object({ criterionId: z.string(), reason: z.string() }).optional(),
  decision: Decision,
  /** Unanswered criteria that could still change the decision (or are required), in definition order. */
  missing: z.array(z.string()),
});
export type ScoreResult = z.infer<typeof ScoreResult>;
