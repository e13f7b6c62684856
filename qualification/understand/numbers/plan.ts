import type { Criterion, LeadDefinition, Locale } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { countsLearners, countsPeopleToo, cuesFor, isHeadcount, namesPeople, namesStaff, otherThings, type UnitCues } from './units.js';
import { currencyOfUnit } from './money.js';

export type NumberCriterion = Extract<Criterion, { type: 'number' }>;

/** Words of other things counted, and of people, that may own a number instead (`cueAfter`). */
export interface Rivals {
  stops: readonly UnitCues[];
  /** Head-count cues: a thing's word before one describes the people ("6 warehouse workers", "varastotyöntekijää"). */
  people: readonly UnitCues[];
}

/** The number criteria as a question asked reads them. */
export interface AskedPlan {
  /** The question asked first: "we're three recruiters" asked the recruiting team's size is its count, not the head count's. */
  criteria: NumberCriterion[];
  /** Per criterion, its unit's cue sets: the visitor's locale first, then the languages its visitors mix in. */
  cueSets: ReadonlyMap<string, UnitCues[]>;
}

/** What reading numbers needs of a definition in a locale, which no message changes. */
export interface NumberPlan {
  /** The locale's and its mixed-in languages' head-count cues. */
  people: UnitCues[];
  /** Per criterion: the words of other things counted, and of people, that may own a number instead. */
  rivalsOf: ReadonlyMap<string, Rivals>;
  /** With the question `asking` asked. */
  asking(asking: string | null): AskedPlan;
}

/**
 * Built once per definition object and locale (a published definition is one object), not for every
 * message; the asked plan once per number criterion asked, and once for any other question.
 */
const plans = new WeakMap<LeadDefinition, Map<Locale, NumberPlan>>();
export function planFor(definition: LeadDefinition, locale: Locale): NumberPlan {
  let byLocale = plans.get(definition);
  if (!byLocale) plans.set(definition, (byLocale = new Map()));
  let plan = byLocale.get(locale);
  if (!plan) byLocale.set(locale, (plan = buildPlan(definition, locale, packFor(locale))));
  return plan;
}

function buildPlan(definition: LeadDefinition, locale: Locale, pack: LocalePack): NumberPlan {
  const numbers = definition.criteria.filter((c): c is NumberCriterion => c.type === 'number');
  const people = [pack, ...pack.mixesIn].map((p) => p.headcount);
  // "How many employees or subscriptions?": people are no rival count of such a question's things;
  // nor of a trade's staff ("How many practitioners?" answered "just me").
  const alsoPeople = new Set(
    numbers.filter((c) => namesStaff(c.unit) || (!isHeadcount(c.unit) && !namesPeople(c.unit) && !currencyOfUnit(c.unit) && countsPeopleToo(c.question[locale] ?? '', pack))).map((c) => c.id),
  );
  const rivalsOf = new Map<string, Rivals>(
    numbers.map((c) => {
      const stops = [pack, ...pack.mixesIn].flatMap((p) => otherThings(c.unit, p));
      return [c.id, alsoPeople.has(c.id) ? { stops: stops.filter((s) => !people.includes(s)), people: [] } : { stops, people: isHeadcount(c.unit) ? [] : people }];
    }),
  );
  // A thing's every word ("rekkaa", "skåpbilar") answers its question; in passing only the unit's own name does.
  const cueSetsFor = (criterion: NumberCriterion, asked: boolean): UnitCues[] => {
    const learners = isHeadcount(criterion.unit) && countsLearners(criterion.question[locale] ?? '', pack);
    return [pack, ...pack.mixesIn].map((p) => cuesFor(criterion.unit, p, asked, learners, asked && alsoPeople.has(criterion.id)));
  };
  const byAsking = new Map<string | null, AskedPlan>();
  return {
    people,
    rivalsOf,
    asking(asking) {
      // Only which number criterion is asked, if any, changes the plan.
      const key = numbers.some((c) => c.id === asking) ? asking : null;
      let asked = byAsking.get(key);
      if (!asked) {
        const criteria = [...numbers].sort((a, b) => Number(b.id === key) - Number(a.id === key));
        byAsking.set(key, (asked = { criteria, cueSets: new Map(criteria.map((c) => [c.id, cueSetsFor(c, c.id === key)])) }));
      }
      return asked;
    },
  };
}
