import { describe, expect, it } from 'vitest';
import { CONFIDENT, type AnswerValue } from '../../qualification/answer.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { understand } from '../../qualification/understand/understand.js';
import { exampleDefinition } from './example-definition.js';

/** Mid-January: "before summer" is 4.5 months away, "after the summer" 7.5, "next year" 17.5. */
export const PHRASE_DATE = new Date('2026-01-15T10:00:00Z');

/** An answer read but to be confirmed by the visitor (confidence below CONFIDENT). */
export const unsure = (value: AnswerValue) => ({ unsure: value });
export type Expected = Record<string, AnswerValue | { unsure: AnswerValue }>;
/** [asking, visitor text, every extraction expected: confident ones exactly, unsure ones marked] */
export type PhraseRow = [string | null, string, Expected];

const isUnsure = (v: Expected[string]): v is { unsure: AnswerValue } => typeof v === 'object' && !Array.isArray(v) && 'unsure' in v;

/**
 * One test per phrase: what understanding reads from it in `locale`, against the example definition
 * unless another is given. `gaps` are rows it does not read right yet (`it.fails`): when one starts
 * passing, move it up into `rows`.
 */
export function describePhrases(title: string, locale: Locale, rows: PhraseRow[], definition: LeadDefinition = exampleDefinition(), gaps: PhraseRow[] = []): void {
  const check = (asking: string | null, text: string, expected: Expected) => {
    const { extractions } = understand(definition, text, { locale, now: PHRASE_DATE, asking });
    const confident = Object.fromEntries(extractions.filter((e) => e.confidence >= CONFIDENT).map((e) => [e.criterionId, e.value]));
    const doubtful = Object.fromEntries(extractions.filter((e) => e.confidence < CONFIDENT).map((e) => [e.criterionId, { unsure: e.value }]));
    expect(confident).toEqual(Object.fromEntries(Object.entries(expected).filter(([, v]) => !isUnsure(v))));
    expect(doubtful).toMatchObject(Object.fromEntries(Object.entries(expected).filter(([, v]) => isUnsure(v))));
  };
  describe(title, () => {
    it.each(rows)('asking %s: %s', check);
    if (gaps.length) it.fails.each(gaps)('not yet, asking %s: %s', check);
  });
}
