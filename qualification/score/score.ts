import type { Answer } from '../answer.js';
import { FIT_CATEGORIES, INTENT_CATEGORIES, canDisqualify, isScoring, pointBounds } from '../definition/points.js';
import type { Criterion, LeadDefinition } from '../definition/schema.js';
import { latestValidAnswer } from './evaluate.js';
import type { CriterionScore, Decision, ScoreResult } from './result.js';

interface Window {
  sum: number;
  min: number;
  max: number;
}

function sumBounds(open: Criterion[], categories: readonly string[], sum: number): Window {
  const inScope = open.filter((c) => categories.includes(c.category)).map(pointBounds);
  return {
    sum,
    min: sum + inScope.reduce((a, b) => a + b.min, 0),
    max: sum + inScope.reduce((a, b) => a + b.max, 0),
  };
}

/**
 * Fit (company + person) and intent (situation + motivation) from structured answers, and the
 * decision they allow so far: decided early when no remaining answer could change it.
 */
export function score(definition: LeadDefinition, answers: Answer[], skipped: string[] = []): ScoreResult {
  const perCriterion: CriterionScore[] = [];
  const open: Criterion[] = [];
  let disqualifiedBy: ScoreResult['disqualifiedBy'];
  let fit = 0;
  let intent = 0;

  for (const criterion of definition.criteria.filter(isScoring)) {
    const answer = latestValidAnswer(definition, criterion, answers);
    if (!answer) {
      if (!skipped.includes(criterion.id)) open.push(criterion);
      continue;
    }
    const { evaluation } = answer;
    perCriterion.push({ id: criterion.id, category: criterion.category, value: answer.value, points: evaluation.points, reason: evaluation.reason });
    if (FIT_CATEGORIES.includes(criterion.category)) fit += evaluation.points;
    if (INTENT_CATEGORIES.includes(criterion.category)) intent += evaluation.points;
    if (evaluation.disqualify && !disqualifiedBy) disqualifiedBy = { criterionId: criterion.id, reason: evaluation.disqualify };
  }

  const base = { fit, intent, total: fit + intent, perCriterion };
  if (disqualifiedBy) return { ...base, disqualifiedBy, decision: 'disqualified', missing: [] };

  const { thresholds } = definition;
  const fitWindow = sumBounds(open, FIT_CATEGORIES, fit);
  const intentWindow = sumBounds(open, INTENT_CATEGORIES, intent);
  const requiredOpen = open.some((c) => c.required);
  const cannotReach = fitWindow.max < thresholds.fit || intentWindow.max < thresholds.intent;
  const sureToReach =
    fitWindow.min >= thresholds.fit && intentWindow.min >= thresholds.intent && !open.some(canDisqualify);

  let decision: Decision = 'incomplete';
  if (!requiredOpen && sureToReach) decision = 'sales_ready';
  else if (!requiredOpen && cannotReach) decision = 'nurture';
  if (decision !== 'incomplete') return { ...base, decision, missing: [] };

  // Once the thresholds are out of reach only required answers are still owed.
  const fitUnsettled = fitWindow.min < thresholds.fit;
  const intentUnsettled = intentWindow.min < thresholds.intent;
  const canMove = (c: Criterion) => {
    const { min, max } = pointBounds(c);
    if (min === max) return false;
    return (FIT_CATEGORIES.includes(c.category) && fitUnsettled) || (INTENT_CATEGORIES.includes(c.category) && intentUnsettled);
  };
  const missing = open
    .filter((c) => c.required || (!cannotReach && (canDisqualify(c) || canMove(c))))
    .map((c) => c.id);
  return { ...base, decision, missing };
}
