import { LineCounter, parseDocument } from 'yaml';
import { checkConsistency } from './consistency-checks.js';
import { describeIssues, nameIds } from './issues.js';
import { checkLocales } from './locale-checks.js';
import { LeadDefinition } from './schema.js';

export type DefinitionResult = { ok: true; definition: LeadDefinition } | { ok: false; errors: string[] };

/** Schema first, then the checks that need the whole definition; errors name the path in plain words. */
export function validateDefinition(value: unknown): DefinitionResult {
  const parsed = LeadDefinition.safeParse(value);
  if (!parsed.success) return { ok: false, errors: describeIssues(parsed.error, value) };
  const errors = [...checkLocales(parsed.data), ...checkConsistency(parsed.data)];
  return errors.length ? { ok: false, errors } : { ok: true, definition: parsed.data };
}

/** A definition file's text; its errors name the ids along each path (`criteria[8] (budget).options[2] (none)…`). */
export function parseDefinition(yamlText: string): DefinitionResult {
  const lines = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    return {
      ok: false,
      errors: doc.errors.map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return `line ${line}, column ${col}: ${e.message}`;
      }),
    };
  }
  if (doc.contents === null) return { ok: false, errors: ['the file is empty'] };
  // In a file, a person looks for a criterion or an option by its id, not by counting.
  const input: unknown = doc.toJS();
  const result = validateDefinition(input);
  return result.ok ? result : { ok: false, errors: result.errors.map((e) => nameIds(e, input)) };
}
