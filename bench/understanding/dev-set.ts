import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { parseDefinition } from '../../qualification/definition/parse.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { HeldOutSet } from './heldout-set.js';

/**
 * The dev understanding sets (bench/dev/<seller>/): a lean definition of a made-up seller and visitor
 * answers per locale, in the held-out sets' format, written blind (by someone who read neither the
 * understanding code nor the held-out sets) as TUNING material. Unlike bench/heldout/, anyone tuning may
 * read them, failing rows included, so their figures are no measure of generalisation.
 */
export const DEV_NOTE = 'DEV set: tuning material, written blind on';

export const DevSet = HeldOutSet.extend({ note: z.string().startsWith(DEV_NOTE) });

const root = new URL('../dev/', import.meta.url);
const fileOf = (seller: string, name: string) => new URL(`${seller}/${name}`, root);
/** The folder of a dev set, relative to the repository (for messages). */
export const devFolderOf = (seller: string) => `bench/dev/${seller}/`;

/** Every seller folder under bench/dev/ with a lean definition, by name. */
export function devSellers(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(fileOf(entry.name, 'lean-definition.yaml')))
    .map((entry) => entry.name)
    .sort();
}

export function loadDevDefinition(seller: string): LeadDefinition {
  const parsed = parseDefinition(readFileSync(fileOf(seller, 'lean-definition.yaml'), 'utf8'));
  if (!parsed.ok) throw new Error(`${devFolderOf(seller)}lean-definition.yaml is not valid:\n${parsed.errors.join('\n')}`);
  return parsed.definition;
}

export function loadDevSet(seller: string, locale: Locale): HeldOutSet {
  const result = DevSet.safeParse(parse(readFileSync(fileOf(seller, `answers.${locale}.yaml`), 'utf8')));
  if (!result.success) {
    const where = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${devFolderOf(seller)}answers.${locale}.yaml:\n${where.join('\n')}`);
  }
  return result.data;
}
