import type { AnswerValue } from '../../qualification/answer.js';
import { describeRange, findRange } from '../../qualification/definition/range.js';
import type { Criterion, LeadDefinition } from '../../qualification/definition/schema.js';
import type { LeadStatus } from '../lead/status.js';
import { ratio } from './funnel.js';

/**
 * What predicts acceptance: for each answer to each criterion, the handed-off leads that gave it and
 * how many sales accepted and won, against all handed-off leads. Answers whose points disagree with
 * what sales did are flagged for the marketer to look at; nothing here changes the definition.
 */

/** One handed-off lead's latest answer to one criterion. */
export interface LiftAnswer {
  leadId: string;
  criterionId: string;
  value: AnswerValue;
  status: LeadStatus;
}

export interface LiftCell {
  /** An option id, a number range ("20–49"), or yes / no. */
  answer: string;
  label: string;
  points: number;
  leads: number;
  accepted: number;
  won: number;
  acceptance: number | null;
  winRate: number | null;
  flag: 'high points, low acceptance' | 'low points, high acceptance' | null;
}

export interface LiftTable {
  overall: { leads: number; accepted: number; won: number; acceptance: number | null; winRate: number | null };
  criteria: Array<{ criterionId: string; cells: LiftCell[] }>;
}

/** Fewer leads than this say nothing either way. */
export const MIN_LEADS_TO_FLAG = 10;
/** How far (in rate) from the overall acceptance an answer must be to be flagged. */
export const FLAG_MARGIN = 0.15;

const ACCEPTED: LeadStatus[] = ['accepted', 'won', 'lost'];

interface Bucket {
  answer: string;
  label: string;
  points: number;
}

/** The answers of a criterion a lift table has rows for, in the definition's order. */
function bucketsOf(definition: LeadDefinition, criterion: Criterion): Bucket[] {
  const lang = definition.locales.includes('en') ? 'en' : definition.defaultLocale;
  switch (criterion.type) {
    case 'choice':
    case 'multi':
      return criterion.options.map((o) => ({ answer: o.id, label: o.label[lang] ?? o.id, points: o.points }));
    case 'number':
      return criterion.ranges.map((r) => ({ answer: describeRange(r), label: `${describeRange(r)} ${criterion.unit}`, points: r.points }));
    case 'yes_no':
      return [
        { answer: 'yes', label: 'Yes', points: criterion.yes.points },
        { answer: 'no', label: 'No', points: criterion.no.points },
      ];
    default:
      return [];
  }
}

/** Which buckets one answer falls in (several for a multiple choice). */
function bucketKeys(criterion: Criterion, value: AnswerValue): string[] {
  switch (criterion.type) {
    case 'choice':
    case 'yes_no':
      return [String(value)];
    case 'multi':
      return Array.isArray(value) ? value : [String(value)];
    case 'number': {
      const range = typeof value === 'number' ? findRange(criterion.ranges, value) : undefined;
      return range ? [describeRange(range)] : [];
    }
    default:
      return [];
  }
}

export function liftTable(definition: LeadDefinition, answers: LiftAnswer[]): LiftTable {
  const statusOf = new Map(answers.map((a) => [a.leadId, a.status]));
  const all = [...statusOf.values()];
  const overall = {
    leads: all.length,
    accepted: all.filter((s) => ACCEPTED.includes(s)).length,
    won: all.filter((s) => s === 'won').length,
    acceptance: null as number | null,
    winRate: null as number | null,
  };
  overall.acceptance = ratio(overall.accepted, overall.leads);
  overall.winRate = ratio(overall.won, overall.leads);

  const criteria = definition.criteria
    .map((criterion) => {
      const buckets = bucketsOf(definition, criterion);
      const positive = buckets.map((b) => b.points).filter((p) => p > 0);
      const highBar = positive.length ? positive.reduce((s, p) => s + p, 0) / positive.length : Infinity;
      const tally = new Map(buckets.map((b) => [b.answer, { leads: new Set<string>(), accepted: 0, won: 0 }]));
      for (const a of answers) {
        if (a.criterionId !== criterion.id) continue;
        for (const key of new Set(bucketKeys(criterion, a.value))) {
          const t = tally.get(key);
          if (!t || t.leads.has(a.leadId)) continue;
          t.leads.add(a.leadId);
          if (ACCEPTED.includes(a.status)) t.accepted++;
          if (a.status === 'won') t.won++;
        }
      }
      const cells = buckets.map((b): LiftCell => {
        const t = tally.get(b.answer)!;
        const acceptance = ratio(t.accepted, t.leads.size);
        let flag: LiftCell['flag'] = null;
        if (t.leads.size >= MIN_LEADS_TO_FLAG && acceptance !== null && overall.acceptance !== null) {
          if (b.points > 0 && b.points >= highBar && acceptance < overall.acceptance - FLAG_MARGIN) flag = 'high points, low acceptance';
          else if (b.points <= 0 && acceptance > overall.acceptance + FLAG_MARGIN) flag = 'low points, high acceptance';
        }
        return { ...b, leads: t.leads.size, accepted: t.accepted, won: t.won, acceptance, winRate: ratio(t.won, t.leads.size), flag };
      });
      return { criterionId: criterion.id, cells };
    })
    .filter((c) => c.cells.length > 0);
  return { overall, criteria };
}
