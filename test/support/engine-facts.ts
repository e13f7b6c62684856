import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswerValue } from '../../qualification/answer.js';
import { parseDefinition } from '../../qualification/definition/parse.js';
import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { ConversationState } from '../../bot/conversation.js';
import { begin, turn } from '../../bot/engine/turn.js';

/**
 * Development tables for the facts the engine records from one answer, on the lean held-out
 * definition (bench/heldout/lean-definition.yaml — the definition only; its answer files are never
 * read). The phrases are written here, for tuning; the held-out answers stay unseen.
 */
export function leanDefinition(): LeadDefinition {
  const parsed = parseDefinition(readFileSync(new URL('../../bench/heldout/lean-definition.yaml', import.meta.url), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
  return parsed.definition;
}

/** Mid-January, as the phrase tables: "after the summer" is 7.5 months away. */
export const FACTS_DATE = new Date('2026-01-15T10:00:00Z');

/**
 * How far the engine gets today: the asked fact understood; or not yet (asked back or not caught —
 * recall's work, but nothing wrong recorded); or a wrong fact still recorded (a known gap, run as an expected failure).
 */
export type AskedOutcome = 'understood' | 'not yet' | 'wrong fact';
/** [asked criterion, visitor text, every fact a careful reader records (asked and volunteered), asked outcome] */
export type FactsRow = [string, string, Record<string, AnswerValue>, AskedOutcome?];

export interface RowResult {
  recorded: Record<string, AnswerValue>;
  /** Recorded facts a careful reader would not record, or records otherwise. */
  wrong: string[];
  understood: boolean;
}

const same = (a: AnswerValue, b: AnswerValue) =>
  Array.isArray(a) && Array.isArray(b) ? a.length === b.length && a.every((v) => b.includes(v)) : a === b;

/** One answer through `begin` and `turn` with the conversation asking `ask`, as the held-out bench runs it. */
export function recordedFacts(definition: LeadDefinition, locale: Locale, [ask, text, expected]: FactsRow): RowResult {
  const begun = begin(definition, { locale, previousAnswers: [], variants: {} }, FACTS_DATE).state;
  const contact = definition.criteria.find((c) => c.id === ask)?.category === 'contact';
  const state = ConversationState.parse({ ...begun, phase: contact ? 'contact' : 'qualifying', consent: contact ? 'granted' : begun.consent, asking: ask });
  const result = turn(definition, state, { text }, FACTS_DATE);
  const recorded: Record<string, AnswerValue> = {};
  for (const e of result.events) if (e.type === 'answer_recorded') recorded[e.answer.criterionId] = e.answer.value;
  const wrong = Object.entries(recorded)
    .filter(([id, value]) => expected[id] === undefined || !same(expected[id], value))
    .map(([id, value]) => `${id}=${JSON.stringify(value)}`);
  const want = expected[ask];
  const fellBack = result.events.some((e) => e.type === 'answer_not_understood');
  const understood = want === undefined ? Object.keys(recorded).length === 0 && !fellBack : recorded[ask] !== undefined && same(recorded[ask], want) && result.state.pending === null && !fellBack;
  return { recorded, wrong, understood };
}

/**
 * Every fact recorded must be one a careful reader records (precision); the asked one must be
 * understood unless the row says it is not yet. Facts volunteered for other criteria may be left
 * for their own question. The lean definition of set 1 unless another is given.
 */
export function describeRecordedFacts(title: string, locale: Locale, rows: FactsRow[], definition: LeadDefinition = leanDefinition()): void {
  describe(title, () => {
    const check = (row: FactsRow) => {
      const result = recordedFacts(definition, locale, row);
      expect(result.wrong).toEqual([]);
      if ((row[3] ?? 'understood') === 'understood') expect(result.understood).toBe(true);
    };
    it.each(rows.filter((r) => r[3] !== 'wrong fact'))('asked %s: %s', (...row) => check(row));
    // A known gap runs as an expected failure: once it records nothing wrong, this fails and the row moves up.
    it.fails.each(rows.filter((r) => r[3] === 'wrong fact'))('known gap, asked %s: %s', (...row) => check(row));
  });
}
