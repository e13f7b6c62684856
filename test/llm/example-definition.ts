import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { LeadDefinition } from '../../qualification/definition/schema.js';

/** The shipped Fieldwise definition, read through the contract schema. */
export function exampleDefinition(): LeadDefinition {
  return LeadDefinition.parse(parse(readFileSync(new URL('../../lead-definition.example.yaml', import.meta.url), 'utf8')));
}
