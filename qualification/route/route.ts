import type { Answer, AnswerValue } from '../answer.js';
import { inRange } from '../definition/range.js';
import type { LeadDefinition, Owner, RouteCondition } from '../definition/schema.js';
import { latestValidAnswer } from '../score/evaluate.js';

type Condition = Exclude<RouteCondition, { company: unknown }>;

/** What routing knows beyond the answers, worked out by the caller (see company.ts). */
export interface RouteFacts {
  /** The person's company is a customer already (CRM, or the marketer's list of customer domains). */
  companyKnown: boolean;
}

function holds(condition: Condition, value: AnswerValue): boolean {
  if (condition.in) {
    const chosen = Array.isArray(value) ? value : [value];
    if (!chosen.some((v) => typeof v === 'string' && condition.in!.includes(v))) return false;
  }
  if (condition.min !== undefined || condition.max !== undefined) {
    if (typeof value !== 'number' || !inRange(condition, value)) return false;
  }
  return true;
}

function ownerById(definition: LeadDefinition, id: string): Owner {
  const owner = definition.routing.owners.find((o) => o.id === id);
  // validateDefinition rejects unknown owners, so this only fires on an unvalidated definition.
  if (!owner) throw new Error(`routing names unknown owner "${id}"`);
  return owner;
}

/** The owner of the first rule whose conditions all hold; an unanswered criterion holds no condition. */
export function route(definition: LeadDefinition, answers: Answer[], facts: RouteFacts = { companyKnown: false }): Owner {
  const valueOf = (criterionId: string) => {
    const criterion = definition.criteria.find((c) => c.id === criterionId);
    return criterion && latestValidAnswer(definition, criterion, answers)?.value;
  };
  const rule = definition.routing.rules.find((r) =>
    r.when.every((condition) => {
      if ('company' in condition) return condition.company.known === facts.companyKnown;
      const value = valueOf(condition.criterion);
      return value !== undefined && holds(condition, value);
    }),
  );
  return ownerById(definition, rule?.owner ?? definition.routing.defaultOwner);
}
