import type { Answer, AnswerValue } from '../answer.js';
import { describeRange, findRange } from '../definition/range.js';
import type { Criterion, LeadDefinition, LocalizedText, Option } from '../definition/schema.js';

/** What one answer is worth; `undefined` from `evaluate` means the value does not fit the criterion. */
export interface Evaluation {
  points: number;
  reason: string;
  disqualify?: string;
}

function signed(points: number): string {
  return points > 0 ? `+${points}` : String(points);
}

function labelOf(text: LocalizedText, definition: LeadDefinition, fallback: string): string {
  return text[definition.defaultLocale] ?? Object.values(text)[0] ?? fallback;
}

function outcome(what: string, points: number, disqualify: string | undefined): Evaluation {
  if (disqualify) return { points, reason: `${what}: disqualified (${disqualify})`, disqualify };
  return { points, reason: `${what}: ${signed(points)}` };
}

function evaluateOptions(definition: LeadDefinition, options: Option[], ids: string[]): Evaluation | undefined {
  const chosen = options.filter((o) => ids.includes(o.id));
  if (!chosen.length) return undefined;
  const what = chosen.map((o) => labelOf(o.label, definition, o.id)).join(', ');
  const points = chosen.reduce((sum, o) => sum + o.points, 0);
  return outcome(what, points, chosen.find((o) => o.disqualify)?.disqualify?.reason);
}

/** Plain code from a structured answer to points: values the definition does not know score nothing. */
export function evaluate(definition: LeadDefinition, criterion: Criterion, value: AnswerValue): Evaluation | undefined {
  switch (criterion.type) {
    case 'choice':
      return typeof value === 'string' ? evaluateOptions(definition, criterion.options, [value]) : undefined;
    case 'multi':
      return Array.isArray(value) ? evaluateOptions(definition, criterion.options, value) : undefined;
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return undefined;
      const range = findRange(criterion.ranges, value);
      const what = `${value} ${criterion.unit}`;
      if (!range) return { points: 0, reason: `${what} (outside every range): 0` };
      return outcome(`${what} (${describeRange(range)})`, range.points, range.disqualify?.reason);
    }
    case 'yes_no': {
      if (value !== 'yes' && value !== 'no') return undefined;
      const answer = criterion[value];
      return outcome(value, answer.points, answer.disqualify?.reason);
    }
    case 'email':
    case 'text':
      return typeof value === 'string' && value.trim() ? { points: 0, reason: 'answered: 0' } : undefined;
  }
}

/** The newest answer to a criterion whose value fits it; answers the definition cannot read are passed over. */
export function latestValidAnswer(
  definition: LeadDefinition,
  criterion: Criterion,
  answers: Answer[],
): { value: AnswerValue; evaluation: Evaluation } | undefined {
  for (let i = answers.length - 1; i >= 0; i--) {
    const answer = answers[i]!;
    if (answer.criterionId !== criterion.id) continue;
    const evaluation = evaluate(definition, criterion, answer.value);
    if (evaluation) return { value: answer.value, evaluation };
  }
  return undefined;
}
