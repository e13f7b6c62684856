/**
 * What hurts and what a visitor wants, in the words B2B buyers of any trade use: a pain question
 * ("what's the biggest headache today?") and a motivation question ("what should it fix?") are
 * answered in sentences no marketer lists ("we're drowning in paperwork", "I never know where the
 * vans are", "a customer demanded it"). Each locale pack holds the phrases
 * (`qualification/locales/<tag>/motives.ts`); an option marked with one (`means: [scheduling]`) or
 * whose label or synonym is one of its phrases takes them all (understand/choices/implied-concepts.ts).
 */
export const MOTIVE_CONCEPTS = [
  // What hurts, said as the problem.
  'manual_work',
  'takes_too_long',
  'errors',
  'no_overview',
  'late_payments',
  /** Who goes where, the rota, the routes: planning the work is chaos. */
  'scheduling',
  /** Sick calls, no-shows, gaps, people leaving, nobody to hire. */
  'staff_shortage',
  /** Too expensive: fuel, overtime, agency staff, bills. */
  'high_costs',
  /** Customers chasing, complaining, calling to ask where things are. */
  'customer_complaints',
  /** Machines and vehicles break down, servicing is missed. */
  'breakdowns',
  /** Customers and callers wait for an answer: replies take days, queues, no one gets through. */
  'slow_response',
  /** Work runs late: schedules slip, deadlines are missed, projects drag on past their dates. */
  'delays',
  /** Things run fine: no pain to speak of. */
  'no_pain',
  // What the visitor wants, said as the aim (or as the pain it ends: "less paperwork" saves time).
  'save_time',
  'get_paid_faster',
  'fewer_errors',
  'cut_costs',
  'grow',
  'compliance',
  'customer_experience',
  'safety',
  'sustainability',
  /** Happier staff: fair rotas, swaps, fewer people leaving. */
  'staff_wellbeing',
  /** The tool used today is going away: end of life, the contract or licence ending. */
  'replace_old_tool',
  /** Someone else asks for it: a customer's requirement, the boss or head office. */
  'mandated',
] as const;

export type MotiveConcept = (typeof MOTIVE_CONCEPTS)[number];
/** A locale's phrases for each concept (`qualification/locales/<tag>/motives.ts`). */
export type MotivePhrases = Readonly<Record<MotiveConcept, readonly string[]>>;


/**
 * An aim is also said as the pain it ends: asked what they want, visitors name what hurts ("the
 * paperwork", "customers keep calling to ask where their order is"). An option meaning an aim takes
 * these pains' phrases too, for the question asked only: said in passing, a pain is no aim.
 */
const AIMS: Readonly<Partial<Record<string, readonly MotiveConcept[]>>> = {
  save_time: ['manual_work', 'takes_too_long'],
  fewer_errors: ['errors'],
  get_paid_faster: ['late_payments'],
  cut_costs: ['high_costs'],
  customer_experience: ['customer_complaints', 'slow_response'],
  staff_wellbeing: ['staff_shortage'],
};

/** The phrases of the pains an aim ends, in a locale's words (none for a concept that is no aim). */
export const painsEnded = (concept: string, phrases: MotivePhrases): readonly string[] =>
  (AIMS[concept] ?? []).flatMap((pain) => phrases[pain]);
