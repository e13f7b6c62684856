import type { LeadDefinition } from '../definition/schema.js';
import { fold } from './normalize.js';

/** One `key: value` pair of single words, as code writes a field and its value. */
const PAIR = /^\s*([\p{L}\p{N}_]+)\s*:\s*([\p{L}\p{N}_-]+)\s*$/u;

/** Each criterion's id (as written) with the ids of its options, as the definition's code writes them; once per definition. */
const fieldsOf = new WeakMap<LeadDefinition, Map<string, Set<string>>>();
function fields(definition: LeadDefinition): Map<string, Set<string>> {
  let known = fieldsOf.get(definition);
  if (!known) {
    known = new Map(definition.criteria.map((c) => [c.id, new Set('options' in c ? c.options.map((o) => fold(o.id)) : [])]));
    fieldsOf.set(definition, known);
  }
  return known;
}

/**
 * Text that is nothing but a criterion's id and one of its option's ids ("budget: approved",
 * "timeline: within_3_months, role: partner") sets a field as code would: it names the definition's
 * own identifiers, which a visitor answering in words has no reason to know, so it records nothing in
 * any language. The key is taken only as the code writes it: "Country: Finland", a line copied from a
 * form, is an answer, as is a value in words ("budget: about 5k", "budget: approved by the board").
 */
export function setsField(definition: LeadDefinition, text: string): boolean {
  if (!text.includes(':')) return false;
  const pairs = text.split(/[,;\n\r]+/).filter((p) => p.trim());
  const known = fields(definition);
  return (
    pairs.length > 0 &&
    pairs.every((pair) => {
      const [, key, value] = PAIR.exec(pair) ?? [];
      return key !== undefined && value !== undefined && known.get(key)?.has(fold(value)) === true;
    })
  );
}
