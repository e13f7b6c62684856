import type { Category, Criterion, LeadDefinition } from './schema.js';

/** The fewest and most points one answer to a criterion can give without disqualifying. */
export interface PointBounds {
  min: number;
  max: number;
}

export const FIT_CATEGORIES: readonly Category[] = ['company', 'person'];
export const INTENT_CATEGORIES: readonly Category[] = ['situation', 'motivation'];

/** Counts towards fit or intent: not contact data, and not asked for context only (`scored: false`). */
export function isScoring(criterion: Criterion): boolean {
  return criterion.category !== 'contact' && criterion.scored;
}

function spread(points: number[]): PointBounds {
  return points.length ? { min: Math.min(...points), max: Math.max(...points) } : { min: 0, max: 0 };
}

export function pointBounds(criterion: Criterion): PointBounds {
  switch (criterion.type) {
    case 'choice':
      return spread(criterion.options.filter((o) => !o.disqualify).map((o) => o.points));
    case 'multi': {
      const points = criterion.options.filter((o) => !o.disqualify).map((o) => o.points);
      return {
        min: points.filter((p) => p < 0).reduce((a, b) => a + b, 0),
        max: points.filter((p) => p > 0).reduce((a, b) => a + b, 0),
      };
    }
    case 'number':
      // A number outside every range scores 0, so 0 is always possible.
      return spread([0, ...criterion.ranges.filter((r) => !r.disqualify).map((r) => r.points)]);
    case 'yes_no':
      return spread([criterion.yes, criterion.no].filter((a) => !a.disqualify).map((a) => a.points));
    case 'email':
    case 'text':
      return { min: 0, max: 0 };
  }
}

export function canDisqualify(criterion: Criterion): boolean {
  switch (criterion.type) {
    case 'choice':
    case 'multi':
      return criterion.options.some((o) => o.disqualify);
    case 'number':
      return criterion.ranges.some((r) => r.disqualify);
    case 'yes_no':
      return Boolean(criterion.yes.disqualify || criterion.no.disqualify);
    case 'email':
    case 'text':
      return false;
  }
}

/** The highest sub-score any set of answers can reach for criteria in these categories. */
export function maxScore(definition: LeadDefinition, categories: readonly Category[]): number {
  return definition.criteria
    .filter((c) => categories.includes(c.category))
    .reduce((sum, c) => sum + pointBounds(c).max, 0);
}
