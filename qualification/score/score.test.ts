import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Answer, AnswerValue } from '../answer.js';
import { parseDefinition, validateDefinition } from '../definition/parse.js';
import type { LeadDefinitionInput } from '../definition/schema.js';
import type { ScoreResult } from './result.js';
import { score } from './score.js';

const t = (en: string) => ({ en });
const option = (id: string, points: number, extra: object = {}) => ({ id, points, label: t(id[0]!.toUpperCase() + id.slice(1).replace('_', ' ')), ...extra });
const ask = { question: t('?'), why: t('Because.') };

// fit: industry 0..30, size 0..20, role -1..10 (required), decision 0..10  → max 70
// intent: timeline -10..20, budget -5..10, motivation -5..10               → max 40
const input: LeadDefinitionInput = {
  version: 1,
  company: { name: 'Acme' },
  locales: ['en'],
  defaultLocale: 'en',
  greeting: t('Hi'),
  criteria: [
    { id: 'industry', category: 'company', type: 'choice', ...ask, options: [option('hvac', 30), option('other', 0), option('home', 0, { disqualify: { reason: 'not a business' } })] },
    { id: 'size', category: 'company', type: 'number', unit: 'employees', ...ask, ranges: [{ min: 1, max: 4, disqualify: { reason: 'too small' } }, { min: 5, max: 49, points: 10 }, { min: 50, points: 20 }] },
    { id: 'role', category: 'person', type: 'choice', required: true, ...ask, options: [option('boss', 10), option('tech', -1)] },
    { id: 'decision', category: 'person', type: 'choice', ...ask, options: [option('mine', 10), option('other', 0)] },
    { id: 'timeline', category: 'situation', type: 'choice', ...ask, options: [option('soon', 20), option('later', 5), option('never', -10)] },
    { id: 'budget', category: 'situation', type: 'yes_no', ...ask, yes: { points: 10 }, no: { points: -5 } },
    { id: 'motivation', category: 'motivation', type: 'multi', ...ask, options: [option('save_time', 5), option('grow', 5), option('nothing_really', -5)] },
    { id: 'email', category: 'contact', type: 'email', required: true, ...ask },
  ],
  thresholds: { fit: 40, intent: 25 },
  routing: { owners: [{ id: 'anna', name: 'Anna', slackUser: 'U1' }], defaultOwner: 'anna' },
  sla: { acceptMinutes: 30 },
};
const parsed = validateDefinition(input);
if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
const definition = parsed.definition;

function answers(values: Record<string, AnswerValue>): Answer[] {
  return Object.entries(values).map(([criterionId, value]) => ({ criterionId, value, raw: String(value), source: 'asked', confidence: 1, at: '2026-01-01T00:00:00.000Z' }));
}

const everything = { industry: 'hvac', size: 60, role: 'boss', decision: 'mine', timeline: 'soon', budget: 'yes', motivation: ['save_time', 'grow'] };

const cases: Array<[string, Record<string, AnswerValue>, string[], Partial<ScoreResult>]> = [
  ['nothing answered asks everything that can move the decision', {}, [], { decision: 'incomplete', fit: 0, intent: 0, missing: ['industry', 'size', 'role', 'decision', 'timeline', 'budget', 'motivation'] }],
  ['every best answer is sales ready', everything, [], { decision: 'sales_ready', fit: 70, intent: 40, total: 110, missing: [] }],
  ['both sub-scores exactly at the thresholds are sales ready', { industry: 'other', size: 60, role: 'boss', decision: 'mine', timeline: 'soon', budget: 'no', motivation: ['save_time', 'grow'] }, [], { decision: 'sales_ready', fit: 40, intent: 25 }],
  ['fit one below the threshold (negative points) is nurture', { industry: 'hvac', size: 20, role: 'tech', decision: 'other', timeline: 'soon', budget: 'yes', motivation: ['save_time'] }, [], { decision: 'nurture', fit: 39, intent: 35, missing: [] }],
  ['intent one below the threshold is nurture', { ...everything, timeline: 'soon', budget: 'no', motivation: ['save_time', 'grow', 'nothing_really'] }, [], { decision: 'nurture', intent: 20 }],
  ['a disqualifying option disqualifies', { ...everything, industry: 'home' }, [], { decision: 'disqualified', disqualifiedBy: { criterionId: 'industry', reason: 'not a business' }, missing: [] }],
  ['a disqualifying range disqualifies at its upper end', { ...everything, size: 4 }, [], { decision: 'disqualified', disqualifiedBy: { criterionId: 'size', reason: 'too small' } }],
  ['disqualification wins even while much is unanswered', { size: 2 }, [], { decision: 'disqualified', disqualifiedBy: { criterionId: 'size', reason: 'too small' }, missing: [] }],
  ['sales ready early when even the worst remaining answers keep both thresholds', { industry: 'hvac', size: 50, role: 'boss', timeline: 'soon', budget: 'yes' }, [], { decision: 'sales_ready', fit: 60, intent: 30, missing: [] }],
  ['an unanswered criterion that could still disqualify keeps a lead incomplete', { industry: 'hvac', role: 'boss', timeline: 'soon', budget: 'yes', motivation: ['grow'] }, [], { decision: 'incomplete', fit: 40, missing: ['size'] }],
  ['nurture early when intent can no longer reach, disqualifiers left open', { role: 'boss', timeline: 'never', budget: 'no' }, [], { decision: 'nurture', intent: -15, missing: [] }],
  ['an unanswered required criterion keeps a hopeless lead incomplete', { timeline: 'never', budget: 'no' }, [], { decision: 'incomplete', missing: ['role'] }],
  ['a settled sub-score no longer asks its own optional criteria', { industry: 'hvac', size: 60, role: 'boss' }, [], { decision: 'incomplete', fit: 60, missing: ['timeline', 'budget', 'motivation'] }],
  ['skipped criteria are not missing', {}, ['industry'], { decision: 'incomplete', missing: ['size', 'role', 'decision', 'timeline', 'budget', 'motivation'] }],
  ['skipping can put a threshold out of reach, leaving only required criteria missing', {}, ['industry', 'timeline'], { decision: 'incomplete', missing: ['role'] }],
  ['skipped criteria count 0 and can settle the decision', { industry: 'hvac', size: 60, role: 'boss', timeline: 'soon' }, ['budget', 'motivation'], { decision: 'nurture', intent: 20, missing: [] }],
  ['a skipped required criterion no longer blocks the decision', { industry: 'hvac', size: 60, decision: 'mine', timeline: 'soon', budget: 'yes', motivation: ['grow'] }, ['role'], { decision: 'sales_ready', fit: 60, missing: [] }],
  ['multi sums every chosen option, negatives included', { ...everything, motivation: ['save_time', 'grow', 'nothing_really'] }, [], { intent: 35 }],
  ['the contact criteria never score and never block', { ...everything, email: 'a@b.example' }, [], { decision: 'sales_ready', fit: 70, intent: 40 }],
];

describe('score', () => {
  it.each(cases)('%s', (_name, values, skipped, expected) => {
    expect(score(definition, answers(values), skipped)).toMatchObject(expected);
  });

  it('explains every answered scoring criterion in plain words, in definition order', () => {
    const result = score(definition, answers({ motivation: ['save_time', 'nothing_really'], size: 120, industry: 'hvac', budget: 'no', timeline: 'never', email: 'x@y.example' }));
    expect(result.perCriterion).toEqual([
      { id: 'industry', category: 'company', value: 'hvac', points: 30, reason: 'Hvac: +30' },
      { id: 'size', category: 'company', value: 120, points: 20, reason: '120 employees (50 or more): +20' },
      { id: 'timeline', category: 'situation', value: 'never', points: -10, reason: 'Never: -10' },
      { id: 'budget', category: 'situation', value: 'no', points: -5, reason: 'no: -5' },
      { id: 'motivation', category: 'motivation', value: ['save_time', 'nothing_really'], points: 0, reason: 'Save time, Nothing really: 0' },
    ]);
  });

  it('names the disqualifying answer in its reason', () => {
    const result = score(definition, answers({ size: 3 }));
    expect(result.perCriterion).toEqual([{ id: 'size', category: 'company', value: 3, points: 0, reason: '3 employees (1–4): disqualified (too small)' }]);
  });

  it('scores a number outside every range as 0 and says so', () => {
    expect(score(definition, answers({ size: 0 })).perCriterion[0]?.reason).toBe('0 employees (outside every range): 0');
  });

  it('ignores answers to unknown criteria and values the definition does not know', () => {
    const result = score(definition, answers({ shoe_size: 44, industry: 'plumbing', size: '60', timeline: ['soon'], budget: 'maybe', motivation: ['bogus'] }));
    expect(result).toMatchObject({ fit: 0, intent: 0, perCriterion: [], decision: 'incomplete' });
    expect(result.missing).toEqual(['industry', 'size', 'role', 'decision', 'timeline', 'budget', 'motivation']);
  });

  it('keeps known options of a multi answer and drops unknown ones', () => {
    expect(score(definition, answers({ motivation: ['grow', 'bogus'] })).intent).toBe(5);
  });

  it('counts the newest valid answer to a criterion', () => {
    const history = [...answers({ timeline: 'soon' }), ...answers({ timeline: 'later' }), ...answers({ timeline: 'someday' })];
    expect(score(definition, history).intent).toBe(5);
  });
});

describe('score on the shipped example', () => {
  const example = parseDefinition(readFileSync(new URL('../../lead-definition.example.yaml', import.meta.url), 'utf8'));
  if (!example.ok) throw new Error(example.errors.join('\n'));

  it('finds a mid-sized Finnish HVAC owner with a budget and a near timeline sales ready', () => {
    const result = score(example.definition, answers({
      industry: 'hvac', company_size: 120, country: 'finland', role: 'owner_ceo', decision_power: 'decision_maker',
      current_tool: 'paper_spreadsheets', timeline: 'within_3_months', budget: 'allocated',
    }));
    expect(result).toMatchObject({ decision: 'sales_ready', fit: 85, intent: 50, missing: [] });
    expect(result.perCriterion[1]?.reason).toBe('120 employees (50–249): +25');
  });

  it('disqualifies a company outside Europe', () => {
    expect(score(example.definition, answers({ country: 'outside_europe' }))).toMatchObject({
      decision: 'disqualified',
      disqualifiedBy: { criterionId: 'country', reason: 'we sell in Europe only' },
    });
  });
});
