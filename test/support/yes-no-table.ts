import { describe, expect, it } from 'vitest';
import { CONFIDENT } from '../../qualification/answer.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { understand } from '../../qualification/understand/understand.js';

/** Mid-June: no time phrase in a yes/no table sits on a year's or season's edge. */
export const YES_NO_DATE = new Date('2026-06-15T10:00:00Z');

/** [locale, criterion asked, visitor text, the yes/no read with confidence, or undefined for none] */
export type YesNoRow = [Locale, string, string, 'yes' | 'no' | undefined];

/** What a reply answers the yes/no question asked, recorded without asking back; undefined when nothing is. */
export function yesNoRead(definition: LeadDefinition, locale: Locale, asking: string, text: string): unknown {
  const { extractions } = understand(definition, text, { locale, now: YES_NO_DATE, asking });
  return extractions.find((e) => e.criterionId === asking && e.confidence >= CONFIDENT)?.value;
}

/** A table of replies to `definition`'s yes/no questions: one test per row. */
export const yesNoTable = (definition: LeadDefinition) => (title: string, list: YesNoRow[]) =>
  describe(title, () => it.each(list)('%s, asking %s: "%s" → %s', (locale, asking, text, value) => expect(yesNoRead(definition, locale, asking, text)).toBe(value)));
