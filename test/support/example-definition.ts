import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDefinition } from '../../qualification/definition/parse.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';

/** Path of the shipped example definition (Fieldwise). */
export const EXAMPLE_DEFINITION = fileURLToPath(new URL('../../lead-definition.example.yaml', import.meta.url));

/** Frozen all the way down: a test changing it in place throws (modules run in strict mode). */
function deepFrozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFrozen(inner);
  }
  return value;
}

let example: LeadDefinition | undefined;

/**
 * The shipped example definition (Fieldwise), parsed and validated like any other — once per test
 * process, and frozen, since every test file of a worker shares it: understanding compiles a
 * definition's synonyms once per definition object and locale (~0.15 s each), so one object is one
 * compilation for the worker instead of one per file. A test wanting a variant builds a new object
 * from it ({ ...exampleDefinition(), … } or structuredClone).
 */
export function exampleDefinition(): LeadDefinition {
  if (!example) {
    const parsed = parseDefinition(readFileSync(EXAMPLE_DEFINITION, 'utf8'));
    if (!parsed.ok) throw new Error(`the example definition does not parse:\n${parsed.errors.join('\n')}`);
    example = deepFrozen(parsed.definition);
  }
  return example;
}
