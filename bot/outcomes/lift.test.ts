import { describe, expect, it } from 'vitest';
import type { LeadStatus } from '../lead/status.js';
import { exampleDefinition } from '../../test/support/example-definition.js';
import { type LiftAnswer, liftTable } from './lift.js';

const definition = exampleDefinition();

/** `n` leads that answered the timeline with `value`, the first `accepted` of them accepted (of which `won` won). */
function leads(prefix: string, value: string, n: number, accepted: number, won: number): LiftAnswer[] {
  return Array.from({ length: n }, (_, i) => {
    const status: LeadStatus = i < won ? 'won' : i < accepted ? 'accepted' : 'rejected';
    return { leadId: `${prefix}${i}`, criterionId: 'timeline', value, status };
  });
}

describe('the lift table', () => {
  // 40 leads: 20 accepted overall (50 %). within_3_months (20 points): 12 leads, 10 accepted, 6 won;
  // within_12_months (5 points): 16 leads, 8 accepted; no_plan (0 points): 12 leads, 2 accepted.
  const answers = [...leads('a', 'within_3_months', 12, 10, 6), ...leads('b', 'within_12_months', 16, 8, 0), ...leads('c', 'no_plan', 12, 2, 0)];

  it('counts leads, acceptance and win rate per answer against the overall rates', () => {
    const table = liftTable(definition, answers);
    expect(table.overall).toEqual({ leads: 40, accepted: 20, won: 6, acceptance: 0.5, winRate: 0.15 });
    const timeline = table.criteria.find((c) => c.criterionId === 'timeline')!.cells;
    expect(timeline.find((c) => c.answer === 'within_3_months')).toMatchObject({ points: 20, leads: 12, accepted: 10, won: 6, acceptance: 10 / 12, winRate: 0.5, flag: null });
    expect(timeline.find((c) => c.answer === 'within_12_months')).toMatchObject({ leads: 16, accepted: 8, acceptance: 0.5, winRate: 0 });
    expect(timeline.find((c) => c.answer === 'within_6_months')).toMatchObject({ leads: 0, acceptance: null, flag: null });
    // Criteria nobody answered still list their answers, with no leads.
    expect(table.criteria.find((c) => c.criterionId === 'budget')!.cells.every((c) => c.leads === 0)).toBe(true);
  });

  it('flags points that disagree with what sales did, once there are enough leads', () => {
    // The 20-point answer now mostly rejected; the 0-point answer mostly accepted.
    const flipped = [...leads('a', 'within_3_months', 12, 2, 0), ...leads('b', 'within_12_months', 16, 8, 0), ...leads('c', 'no_plan', 12, 10, 1)];
    const cells = liftTable(definition, flipped).criteria.find((c) => c.criterionId === 'timeline')!.cells;
    expect(cells.find((c) => c.answer === 'within_3_months')!.flag).toBe('high points, low acceptance');
    expect(cells.find((c) => c.answer === 'no_plan')!.flag).toBe('low points, high acceptance');
    expect(cells.find((c) => c.answer === 'within_12_months')!.flag).toBeNull();
    // Nine leads are too few to say anything.
    const few = liftTable(definition, [...leads('a', 'within_3_months', 9, 0, 0), ...leads('b', 'no_plan', 30, 30, 0)]).criteria.find((c) => c.criterionId === 'timeline')!;
    expect(few.cells.find((c) => c.answer === 'within_3_months')).toMatchObject({ leads: 9, acceptance: 0, flag: null });
  });

  it('puts numbers in the definition\'s ranges and counts a multiple choice under each option chosen', () => {
    const table = liftTable(definition, [
      { leadId: 'x', criterionId: 'company_size', value: 60, status: 'won' },
      { leadId: 'x', criterionId: 'motivation', value: ['save_time', 'grow'], status: 'won' },
      { leadId: 'y', criterionId: 'company_size', value: 7, status: 'rejected' },
    ]);
    const size = table.criteria.find((c) => c.criterionId === 'company_size')!.cells;
    expect(size.find((c) => c.answer === '50–249')).toMatchObject({ label: '50–249 employees', points: 25, leads: 1, won: 1 });
    expect(size.find((c) => c.answer === '5–19')).toMatchObject({ leads: 1, accepted: 0 });
    const motivation = table.criteria.find((c) => c.criterionId === 'motivation')!.cells;
    expect(motivation.filter((c) => c.leads === 1).map((c) => c.answer).sort()).toEqual(['grow', 'save_time']);
    expect(table.criteria.some((c) => c.criterionId === 'contact_email')).toBe(false);
  });
});
