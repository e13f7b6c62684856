import type { Answer } from '../answer.js';
import { FIT_CATEGORIES, INTENT_CATEGORIES, canDisqualify, isScoring, pointBounds, type PointBounds } from '../definition/points.js';
import type { Criterion, LeadDefinition } from '../definition/schema.js';
import { latestValidAnswer } from './evaluate.js';
import type { CriterionScore, Decision, ScoreResult } from './result.js';

interface Window {
  sum: number;
  min: number;
  max: number;
}

/** What scoring needs of a criterion, worked out once per definition (a published version is one object, never changed). */
interface Scoring {
  criterion: Criterion;
  bounds: PointBounds;
  fit: boolean;
  intent: boolean;
  canDisqualify: boolean;
}

const scorings = new WeakMap<LeadDefinition, Scoring[]>();
function scoringOf(definition: LeadDefinition): Scoring[] {
  let list = scorings.get(definition);
  if (!list) {
    list = definition.criteria.filter(isScoring).map((criterion) => ({
      criterion,
      bounds: pointBounds(criterion),
      fit: FIT_CATEGORIES.includes(criterion.category),
      intent: INTENT_CATEGORIES.includes(criterion.category),
      canDisqualify: canDisqualify(criterion),
    }));
    scorings.set(definition, list);
  }
  return list;
}

function sumBounds(open: Scoring[], inScope: (s: Scoring) => boolean, sum: number): Window {
  let min = sum;
  let max = sum;
  for (const s of open) {
    if (!inScope(s)) continue;
    min += s.bounds.min;
    max += s.bounds.max;
  }
  return { sum, min, max };
}

/**
 * Fit (company + person) and intent (situation + motivation) from structured answers, and the
 * decision they allow so far: decided early when no remaining answer could change it.
 */
export function score(definition: LeadDefinition, answers: Answer[], skipped: string[] = []): ScoreResult {
  const perCriterion: CriterionScore[] = [];
  const open: Scoring[] = [];
  let disqualifiedBy: ScoreResult['disqualifiedBy'];
  let fit = 0;
  let intent = 0;

  for (const scoring of scoringOf(definition)) {
    const { criterion } = scoring;
    const answer = latestValidAnswer(definition, criterion, answers);
    if (!answer) {
      if (!skipped.includes(criterion.id)) open.push(scoring);
      continue;
    }
    const { evaluation } = answer;
    perCriterion.push({ id: criterion.id, category: criterion.category, value: answer.value, points: evaluation.points, reason: evaluation.reason });
    if (scoring.fit) fit += evaluation.points;
    if (scoring.intent) intent += evaluation.points;
    if (evaluation.disqualify && !disqualifiedBy) disqualifiedBy = { criterionId: criterion.id, reason: evaluation.disqualify };
  }

  const base = { fit, intent, total: fit + intent, perCriterion };
  if (disqualifiedBy) return { ...base, disqualifiedBy, decision: 'disqualified', missing: [] };

  const { thresholds } = definition;
  const fitWindow = sumBounds(open, (s) => s.fit, fit);
  const intentWindow = sumBounds(open, (s) => s.intent, intent);
  const requiredOpen = open.some((s) => s.criterion.required);
  const cannotReach = fitWindow.max < thresholds.fit || intentWindow.max < thresholds.intent;
  const sureToReach = fitWindow.min >= thresholds.fit && intentWindow.min >= thresholds.intent && !open.some((s) => s.canDisqualify);

  let decision: Decision = 'incomplete';
  if (!requiredOpen && sureToReach) decision = 'sales_ready';
  else if (!requiredOpen && cannotReach) decision = 'nurture';
  if (decision !== 'incomplete') return { ...base, decision, missing: [] };

  // Once the thresholds are out of reach only required answers are still owed.
  const fitUnsettled = fitWindow.min < thresholds.fit;
  const intentUnsettled = intentWindow.min < thresholds.intent;
  const canMove = (s: Scoring) => {
    if (s.bounds.min === s.bounds.max) return false;
    return (s.fit && fitUnsettled) || (s.intent && intentUnsettled);
  };
  const missing = open
    .filter((s) => s.criterion.required || (!cannotReach && (s.canDisqualify || canMove(s))))
    .map((s) => s.criterion.id);
  return { ...base, decision, missing };
}
