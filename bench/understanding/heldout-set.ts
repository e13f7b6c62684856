import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { validateValue } from '../../bot/engine/record-answer.js';
import { AnswerValue } from '../../qualification/answer.js';
import { parseDefinition } from '../../qualification/definition/parse.js';
import { Locale, type LeadDefinition } from '../../qualification/definition/schema.js';

/**
 * The held-out understanding sets (bench/heldout/, contract C9 in the team plan): each a lean
 * definition of a made-up seller and visitor answers per locale that nobody tuning understanding
 * opens. Set 1 (bench/heldout/) has been measured many times while understanding was tuned; set 2
 * (bench/heldout/set2/, another seller) was written later, before anyone tuned against it, and set 3
 * (bench/heldout/set3/, a third seller) later still, by someone who never read the engine. Errors
 * here name item numbers and criteria, never the visitor's words, so they can be shown to anyone.
 */
export const HeldOutSource = z.enum(['set 1', 'set 2', 'set 3']);
export type HeldOutSource = z.infer<typeof HeldOutSource>;

const FOLDERS: Record<HeldOutSource, string> = { 'set 1': 'heldout/', 'set 2': 'heldout/set2/', 'set 3': 'heldout/set3/' };
/** The folder of a set, relative to the repository (for messages). */
export const folderOf = (source: HeldOutSource) => `bench/${FOLDERS[source]}`;
const fileOf = (source: HeldOutSource, name: string) => new URL(`../${FOLDERS[source]}${name}`, import.meta.url);

export const NOTE = 'Held-out set: written before any tuning, never used to add synonyms or rules.';

const Facts = z.record(z.string(), AnswerValue);
const nothing = (facts: Record<string, AnswerValue>) => Object.keys(facts).length === 0;

export const HeldOutItem = z
  .strictObject({
    /** The criterion the bot's question was about. */
    ask: z.string(),
    text: z.string().min(1),
    /** Every fact a careful reader records, asked and volunteered; `{}` for a skip, why, question or small talk. */
    expect: Facts,
    /** Answers the visitor gave earlier in the conversation, to the question asked then. */
    earlier: Facts.default({}),
    /** Text that tries to set fields: it must record nothing, and "didn't catch that" is a fine reply. */
    directive: z.boolean().default(false),
  })
  .refine((i) => nothing(i.expect) || i.ask in i.expect, 'expects a fact for the criterion asked, or none at all')
  .refine((i) => !i.directive || nothing(i.expect), 'a directive expects no facts');
export type HeldOutItem = z.infer<typeof HeldOutItem>;

export const HeldOutSet = z.strictObject({
  note: z.string().startsWith(NOTE),
  locale: Locale,
  now: z.iso.datetime(),
  items: z.array(HeldOutItem).min(60),
});
export type HeldOutSet = z.infer<typeof HeldOutSet>;

export function loadLeanDefinition(source: HeldOutSource = 'set 1'): LeadDefinition {
  const parsed = parseDefinition(readFileSync(fileOf(source, 'lean-definition.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error(`${folderOf(source)}lean-definition.yaml is not valid:\n${parsed.errors.join('\n')}`);
  return parsed.definition;
}

export function loadHeldOutSet(locale: Locale, source: HeldOutSource = 'set 1'): HeldOutSet {
  const result = HeldOutSet.safeParse(parse(readFileSync(fileOf(source, `answers.${locale}.yaml`), 'utf8')));
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${folderOf(source)}answers.${locale}.yaml:\n${where.join('\n')}`);
  }
  return result.data;
}

/** Items that name a criterion or value the definition does not have (a typo would silently count as a miss). */
export function mismatches(definition: LeadDefinition, set: HeldOutSet): string[] {
  return set.items.flatMap((item, n) => {
    const errors: string[] = [];
    if (!definition.criteria.some((c) => c.id === item.ask)) errors.push(`item ${n + 1}: asks unknown criterion ${item.ask}`);
    for (const [id, value] of [...Object.entries(item.expect), ...Object.entries(item.earlier)]) {
      const criterion = definition.criteria.find((c) => c.id === id);
      const canonical = criterion && validateValue(criterion, value);
      if (canonical === null || canonical === undefined || JSON.stringify(canonical) !== JSON.stringify(value)) errors.push(`item ${n + 1}: ${id} has no such value`);
    }
    return errors;
  });
}
