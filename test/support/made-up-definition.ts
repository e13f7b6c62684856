import { type AnswerValue, CONFIDENT } from '../../qualification/answer.js';
import { LeadDefinition } from '../../qualification/definition/schema.js';
import type { UnderstandContext } from '../../qualification/understand/types.js';
import { understand } from '../../qualification/understand/understand.js';

/** One text in the four locales, in the order en, fi, sv, pl. */
export const t = (en: string, fi: string, sv: string, pl: string) => ({ en, fi, sv, pl });

/** One text written alike in the four locales (a product's name). */
export const same = (text: string) => t(text, text, text, text);

/**
 * A lead definition a test makes up around its own criteria, in all four locales; greeting,
 * thresholds, owner and SLA are placeholders the understanding tests never look at.
 */
export function madeUpDefinition(criteria: unknown[]): LeadDefinition {
  return LeadDefinition.parse({
    version: 1,
    company: { name: 'Test' },
    locales: ['en', 'fi', 'sv', 'pl'],
    defaultLocale: 'en',
    greeting: t('?', '?', '?', '?'),
    criteria,
    thresholds: { fit: 1, intent: 1 },
    routing: { owners: [{ id: 'o', name: 'O', slackUser: 'U1' }], defaultOwner: 'o' },
    sla: { acceptMinutes: 60 },
  });
}

const placeholder = t('?', '?', '?', '?');

/**
 * A made-up choice question with the options given, its question and why placeholders; `more` sets
 * other fields of the criterion or overrides these (`{ type: 'multi' }`, a question of its own).
 */
export function madeUpChoice(id: string, category: string, options: unknown[], more: Record<string, unknown> = {}) {
  return { id, category, type: 'choice', question: placeholder, why: placeholder, options, ...more };
}

/** A made-up definition asking one thing, the visitor's role (`role`, about the person), with the options given. */
export function madeUpRoleQuestion(options: unknown[]): LeadDefinition {
  return madeUpDefinition([madeUpChoice('role', 'person', options)]);
}

/** What understanding records from `text` without asking back: each criterion's value, read against `ctx`. */
export function recordedFacts(definition: LeadDefinition, text: string, ctx: UnderstandContext): Record<string, AnswerValue> {
  const found = understand(definition, text, ctx).extractions.filter((e) => e.confidence >= CONFIDENT);
  return Object.fromEntries(found.map((e) => [e.criterionId, e.value]));
}
