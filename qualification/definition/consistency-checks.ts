import { checkHubSpotMapping } from './crm.js';
import { isGoods } from './goods.js';
import { FIT_CATEGORIES, INTENT_CATEGORIES, maxScore } from './points.js';
import { describeRange, overlaps } from './range.js';
import type { Criterion, LeadDefinition, Routing } from './schema.js';

function duplicateIds(items: ReadonlyArray<{ id: string }>, at: string): string[] {
  const first = new Map<string, number>();
  const errors: string[] = [];
  for (const [i, item] of items.entries()) {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else errors.push(`${at}[${i}].id "${item.id}" is already used by ${at}[${earlier}]`);
  }
  return errors;
}

function checkCriterion(c: Criterion, at: string): string[] {
  const errors: string[] = [];
  if (c.type === 'choice' || c.type === 'multi') {
    errors.push(...duplicateIds(c.options, `${at}.options`));
    for (const [j, o] of c.options.entries()) {
      if (!o.months) continue;
      if (c.type !== 'choice') errors.push(`${at}.options[${j}].months is only allowed on choice criteria`);
      else if (o.months.max !== undefined && o.months.min > o.months.max) {
        errors.push(`${at}.options[${j}].months has min ${o.months.min} above max ${o.months.max}`);
      }
    }
  }
  if (c.type === 'number') {
    for (const [j, r] of c.ranges.entries()) {
      if (r.min !== undefined && r.max !== undefined && r.min > r.max) {
        errors.push(`${at}.ranges[${j}] has min ${r.min} above max ${r.max}`);
        continue;
      }
      const k = c.ranges.findIndex((other, idx) => idx < j && overlaps(other, r));
      const other = c.ranges[k];
      if (other) errors.push(`${at}.ranges[${j}] (${describeRange(r)}) overlaps ${at}.ranges[${k}] (${describeRange(other)})`);
    }
  }
  if (c.type === 'choice' || c.type === 'multi') errors.push(...goodsMarks(c, at));
  errors.push(...duplicateIds(c.variants, `${at}.variants`));
  if (!c.scored) errors.push(...unscoredPoints(c, at));
  return errors;
}

/**
 * Kinds of goods (`means: [fashion]`) say what a company sells: marked on a question about the
 * company, each on one option, and not on the catch-all, which takes the kinds no option covers.
 */
function goodsMarks(c: Extract<Criterion, { type: 'choice' | 'multi' }>, at: string): string[] {
  const errors: string[] = [];
  const first = new Map<string, number>();
  for (const [j, o] of c.options.entries()) {
    for (const kind of (o.means ?? []).filter(isGoods)) {
      const where = `${at}.options[${j}].means: ${kind}`;
      const earlier = first.get(kind);
      if (c.category !== 'company') errors.push(`${where} is a kind of goods, read only on a company question`);
      else if (o.other) errors.push(`${where} is on the catch-all, which takes the kinds no option covers; mark it on another option`);
      else if (earlier !== undefined) errors.push(`${where} is already marked on ${at}.options[${earlier}]; goods of a kind answer one option`);
      else first.set(kind, j);
    }
  }
  return errors;
}

/** A criterion asked for context only (`scored: false`) gives no points and disqualifies no one. */
function unscoredPoints(c: Criterion, at: string): string[] {
  const outcomes: { points: number; disqualify?: unknown }[] =
    c.type === 'choice' || c.type === 'multi' ? c.options : c.type === 'number' ? c.ranges : c.type === 'yes_no' ? [c.yes, c.no] : [];
  const counted = outcomes.some((o) => o.points !== 0 || o.disqualify);
  const problems = counted ? [`${at} has scored: false but gives points or disqualifies; remove them, or remove scored: false`] : [];
  if (c.category === 'contact') problems.push(`${at}.scored: contact details are never scored; remove scored: false`);
  if (c.required) problems.push(`${at} has scored: false and required: true; a context question never holds back the decision`);
  return problems;
}

function optionIds(c: Criterion): string[] | undefined {
  if (c.type === 'choice' || c.type === 'multi') return c.options.map((o) => o.id);
  if (c.type === 'yes_no') return ['yes', 'no'];
  return undefined;
}

function checkRouting(routing: Routing, criteria: Criterion[]): string[] {
  const errors: string[] = [];
  const owners = [...new Set(routing.owners.map((o) => o.id))];
  const unknownOwner = (id: string, at: string) =>
    owners.includes(id) ? [] : [`${at} "${id}" is not one of the owners (${owners.join(', ')})`];
  errors.push(...duplicateIds(routing.owners, 'routing.owners'));
  errors.push(...unknownOwner(routing.defaultOwner, 'routing.defaultOwner'));
  for (const [i, rule] of routing.rules.entries()) {
    errors.push(...unknownOwner(rule.owner, `routing.rules[${i}].owner`));
    for (const [j, cond] of rule.when.entries()) {
      if ('company' in cond) continue;
      const at = `routing.rules[${i}].when[${j}]`;
      const criterion = criteria.find((c) => c.id === cond.criterion);
      if (!criterion) {
        errors.push(`${at}.criterion "${cond.criterion}" is not a criterion id`);
        continue;
      }
      const ids = optionIds(criterion);
      const bounded = cond.min !== undefined || cond.max !== undefined;
      if (!cond.in && !bounded) errors.push(`${at} needs "in" (option ids) or min/max`);
      if (cond.in && !ids) errors.push(`${at} uses "in", but ${criterion.id} has no options; use min/max`);
      if (bounded && criterion.type !== 'number') errors.push(`${at} uses min/max, but ${criterion.id} is not a number criterion`);
      const unknown = ids ? (cond.in ?? []).filter((id) => !ids.includes(id)) : [];
      for (const id of unknown) errors.push(`${at}.in names "${id}", which is not an option of ${criterion.id}`);
    }
  }
  return errors;
}

function checkThresholds(d: LeadDefinition): string[] {
  const errors: string[] = [];
  const maxFit = maxScore(d, FIT_CATEGORIES);
  const maxIntent = maxScore(d, INTENT_CATEGORIES);
  if (d.thresholds.fit > maxFit) {
    errors.push(`thresholds.fit is ${d.thresholds.fit}, but the most fit points any answers can give is ${maxFit}`);
  }
  if (d.thresholds.intent > maxIntent) {
    errors.push(`thresholds.intent is ${d.thresholds.intent}, but the most intent points any answers can give is ${maxIntent}`);
  }
  return errors;
}

/** `identify` names text criteria: what a host page knows lands where the bot would ask it. */
function checkIdentify(d: LeadDefinition): string[] {
  return Object.entries(d.identify ?? {}).flatMap(([field, id]) => {
    const criterion = d.criteria.find((c) => c.id === id);
    if (!criterion) return [`identify.${field} "${id}" is not one of the criteria`];
    return criterion.type === 'text' ? [] : [`identify.${field} "${id}" must be a text criterion, not ${criterion.type}`];
  });
}

/** Ids, references and numbers that zod cannot see are wrong on their own. */
export function checkConsistency(d: LeadDefinition): string[] {
  return [
    ...duplicateIds(d.criteria, 'criteria'),
    ...d.criteria.flatMap((c, i) => checkCriterion(c, `criteria[${i}]`)),
    ...checkRouting(d.routing, d.criteria),
    ...duplicateIds(d.faq, 'faq'),
    ...checkThresholds(d),
    ...(d.crm?.hubspot ? checkHubSpotMapping(d.crm.hubspot, d.criteria.map((c) => c.id), d.routing.owners.map((o) => o.id)) : []),
    ...duplicateIds(d.proactive?.greetings ?? [], 'proactive.greetings'),
    ...checkIdentify(d),
  ];
}
