import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../../qualification/definition/parse.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';

/** Path of the shipped example definition (Fieldwise). */
export const EXAMPLE_DEFINITION = fileURLToPath(new URL('../../lead-definition.example.yaml', import.meta.url));

/** The shipped example definition (Fieldwise), parsed and validated like any other. */
export function exampleDefinition(): LeadDefinition {
  const parsed = parseDefinition(readFileSync(EXAMPLE_DEFINITION, 'utf8'));
  if (!parsed.ok) throw new Error(`the example definition does not parse:\n${parsed.errors.join('\n')}`);
  return parsed.definition;
}
