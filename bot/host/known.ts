import { z } from 'zod';
import type { Answer, AnswerValue } from '../../qualification/answer.js';
import type { Criterion, LeadDefinition } from '../../qualification/definition/schema.js';

/**
 * What the host page already knows about the visitor (`Kysy('identify', …)`): contact details, and
 * `traits` by criterion id (option ids for choices, numbers, true/false for yes/no questions).
 */
export const KnownFacts = z.strictObject({
  email: z.string().trim().max(254).optional(),
  name: z.string().trim().max(200).optional(),
  company: z.string().trim().max(200).optional(),
  traits: z
    .record(z.string().max(64), z.union([z.string().max(200), z.number(), z.boolean(), z.array(z.string().max(200)).max(20)]))
    .refine((traits) => Object.keys(traits).length <= 30, 'at most 30 traits')
    .optional(),
});
export type KnownFacts = z.infer<typeof KnownFacts>;

function traitValue(criterion: Criterion, value: string | number | boolean | string[]): AnswerValue {
  if (typeof value === 'boolean') return criterion.type === 'yes_no' ? (value ? 'yes' : 'no') : String(value);
  return value;
}

/**
 * The facts as answers of source `page`, for the criteria they belong to. They still go through
 * `recordAnswer` like any answer: a value that does not fit its criterion is dropped there, and
 * contact details wait for the visitor's consent.
 */
export function knownAnswers(definition: LeadDefinition, facts: KnownFacts | undefined, now: Date): Answer[] {
  if (!facts) return [];
  const at = now.toISOString();
  const answer = (criterion: Criterion | undefined, value: AnswerValue): Answer[] =>
    criterion ? [{ criterionId: criterion.id, value, raw: Array.isArray(value) ? value.join(', ') : String(value), source: 'page', confidence: 1, at }] : [];
  const byId = (id: string | undefined) => (id ? definition.criteria.find((c) => c.id === id) : undefined);
  const contact = [
    ...(facts.email ? answer(definition.criteria.find((c) => c.type === 'email'), facts.email) : []),
    ...(facts.name ? answer(byId(definition.identify?.name), facts.name) : []),
    ...(facts.company ? answer(byId(definition.identify?.company), facts.company) : []),
  ];
  // Traits answer qualification criteria only: contact details come through their own fields.
  const traits = Object.entries(facts.traits ?? {}).flatMap(([id, value]) => {
    const criterion = byId(id);
    return criterion && criterion.category !== 'contact' ? answer(criterion, traitValue(criterion, value)) : [];
  });
  return [...traits, ...contact];
}
