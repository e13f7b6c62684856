import { z } from 'zod';
import type { Criterion } from '../../qualification/definition/schema.js';

/**
 * The structured output the model must return, generated from the lead definition: one field per
 * criterion offered, typed by the criterion (options as enums). OpenAI strict mode wants every key
 * present, so unknowns are `null`, never omitted. `quote` is the visitor's own words the value was
 * read from: it is how the answer is checked against what the visitor actually wrote.
 */
export function valueSchema(criterion: Criterion): z.ZodType {
  switch (criterion.type) {
    case 'choice':
      return z.enum(optionIds(criterion));
    case 'multi':
      return z.array(z.enum(optionIds(criterion))).min(1);
    case 'number':
      return z.number();
    case 'yes_no':
      return z.enum(['yes', 'no']);
    case 'email':
      return z.string().max(254);
    case 'text':
      return z.string().min(1).max(200);
  }
}

export function fieldSchema(criterion: Criterion) {
  return z.object({ value: valueSchema(criterion).nullable(), quote: z.string().nullable() });
}

export interface ExtractionSchemaParts {
  criteria: Criterion[];
  /** Criterion ids whose question the model may reword (only when wording is on). */
  reword: string[];
}

export function extractionSchema({ criteria, reword }: ExtractionSchemaParts) {
  const answers = z.object(Object.fromEntries(criteria.map((c) => [c.id, fieldSchema(c)])));
  if (reword.length === 0) return z.object({ answers });
  const questions = z.object(Object.fromEntries(reword.map((id) => [id, z.string().max(300).nullable()])));
  return z.object({
    answers,
    wording: z.object({ acknowledgement: z.string().max(200).nullable(), questions }),
  });
}

export type ExtractionSchema = ReturnType<typeof extractionSchema>;

function optionIds(criterion: { options: Array<{ id: string }> }): [string, ...string[]] {
  const ids = criterion.options.map((o) => o.id);
  const [first, ...rest] = ids;
  if (first === undefined) throw new Error(`criterion has no options`);
  return [first, ...rest];
}
