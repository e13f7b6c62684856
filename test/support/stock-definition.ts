import { readFileSync } from 'node:fs';
import { parseDefinition } from '../../qualification/definition/parse.js';
import type { LeadDefinition } from '../../qualification/definition/schema.js';

/** Hylly, a lean definition invented for tuning precision (not held out: its tables are tuning material). */
export function stockDefinition(): LeadDefinition {
  const parsed = parseDefinition(readFileSync(new URL('./stock-definition.yaml', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(`test/support/stock-definition.yaml does not parse:\n${parsed.errors.join('\n')}`);
  return parsed.definition;
}
