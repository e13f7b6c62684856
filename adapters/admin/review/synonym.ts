import { normalisePhrase } from '../../../bot/review/items.js';

export interface Teaching {
  criterionId: string;
  optionId: string;
  locale: string;
  phrase: string;
}

export type Taught = { ok: true; definition: unknown; added: boolean } | { ok: false; problem: string };

type JsonObject = Record<string, unknown>;
const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const byId = (list: unknown, id: string): JsonObject | undefined => (Array.isArray(list) ? list.find((x): x is JsonObject => isObject(x) && x.id === id) : undefined);

/**
 * The definition (a draft: plain JSON, maybe half-edited) with `phrase` added to the option's
 * synonyms in `locale`, unchanged when the option already has it in any spelling that normalises
 * alike. A copy: the caller's definition is not touched.
 */
export function withSynonym(definition: unknown, teaching: Teaching): Taught {
  const copy: unknown = structuredClone(definition);
  const criterion = isObject(copy) ? byId(copy.criteria, teaching.criterionId) : undefined;
  if (!criterion) return { ok: false, problem: `The draft has no criterion "${teaching.criterionId}".` };
  const option = byId(criterion.options, teaching.optionId);
  if (!option) return { ok: false, problem: `The draft's criterion "${teaching.criterionId}" has no option "${teaching.optionId}".` };
  const synonyms: JsonObject = isObject(option.synonyms) ? option.synonyms : {};
  const list = Array.isArray(synonyms[teaching.locale]) ? (synonyms[teaching.locale] as unknown[]) : [];
  const known = list.some((s) => typeof s === 'string' && normalisePhrase(s, teaching.locale) === teaching.phrase);
  if (known) return { ok: true, definition: copy, added: false };
  option.synonyms = { ...synonyms, [teaching.locale]: [...list, teaching.phrase] };
  return { ok: true, definition: copy, added: true };
}
