import { describe, expect, it } from 'vitest';
import { CONFIDENT, type AnswerValue } from '../answer.js';
import type { LeadDefinition, Locale } from '../definition/schema.js';
import { understand } from './understand.js';

/** Mid-January, as the other phrase tables: "by the summer" is within six months. */
const DATE = new Date('2026-01-15T10:00:00Z');

/** [asking, visitor text, the answer to the question asked]; other facts the text holds are not looked at here. */
export type AnswerRow = [string, string, AnswerValue];

/** One test per phrase: it answers the question asked, confidently (not to be confirmed), with this value. */
export function describeAnswers(title: string, locale: Locale, definition: LeadDefinition, rows: AnswerRow[]): void {
  describe(title, () => {
    it.each(rows)('asking %s: %s', (asking, text, value) => {
      const answer = understand(definition, text, { locale, now: DATE, asking }).extractions.find((e) => e.criterionId === asking);
      expect(answer && (answer.confidence >= CONFIDENT ? answer.value : { unsure: answer.value })).toEqual(value);
    });
  });
}
