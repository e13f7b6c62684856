import type { Answer, AnswerValue } from '../answer.js';
import { inRange } from '../definition/range.js';
import type { LeadDefinition, Owner } from '../definition/schema.js';
import { latestValidAnswer } from '../score/evaluate.js';

type Condition = LeadDefinition['routing']['rules'][number]['when'][number];

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
export function route(definition: LeadDefinition, answers: Answer[]): Owner {
  const valueOf = (criterionId: string) => {
    const criterion = definition.criteria.find((c) => c.id === criterionId);
    return criterion && latestValidAnswer(definition, criterion, answers)?.value;
  };
  const rule = definition.routing.rules.find((r) =>
    r.when.every((condition) => {
      const value = valueOf(condition.criterion);
      return value !== undefined && holds(condition, value);
    }),
  );
  return ownerById(definition, rule?.owner ?? definition.routing.defaultOwner);
}
