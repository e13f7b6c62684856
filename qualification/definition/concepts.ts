import { z } from 'zod';
import { GOODS_CONCEPTS } from './goods.js';
import { MOTIVE_CONCEPTS } from './motives.js';

/**
 * Answers every seller's visitors give in much the same words, so a marketer marks an option with
 * the concept (`means: [no_budget]`) instead of listing the phrases; each locale pack holds them.
 */
/**
 * Concepts an option's own words may stand for: an option labelled "Excel" or "Save time" takes the
 * visitor's other ways of saying it (qualification/understand/choices/implied-concepts.ts).
 */
export const IMPLIED_CONCEPTS = [
  // Who decides (a question about the visitor: "I decide" takes "it's my call", "päätös on minulla";
  // "we decide together" is neither the visitor alone nor a recommendation).
  'i_decide',
  'i_recommend',
  'decide_together',
  'someone_else_decides',
  'no_budget',
  // Where the budget stands, said as visitors say it ("the CFO signed it off", "it's in next year's budget").
  'budget_allocated',
  'budget_planned',
  'just_looking',
  // What the visitor uses today (a situation question: "how do you keep track of jobs today?").
  'spreadsheets',
  'paper',
  'in_house_system',
  'no_system',
  // What hurts and what the visitor wants (a pain or motivation question): definition/motives.ts.
  ...MOTIVE_CONCEPTS,
] as const;

/** What a shop sells (`means: [fashion]`): definition/goods.ts. */
export const Concept = z.enum(['yes', 'no', 'dont_know', 'student', 'job_hunting', 'retired', ...IMPLIED_CONCEPTS, ...GOODS_CONCEPTS]);
export type Concept = z.infer<typeof Concept>;

/** Implied concepts a question about the visitor as a person takes (who decides, whether only looking); the others only a question about the situation or motivation. */
export const DECIDING_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['i_decide', 'i_recommend', 'decide_together', 'someone_else_decides']);
/** Where the budget stands: words like "planning" or "approved" name one only on a question whose options name two of them. */
export const BUDGET_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>(['no_budget', 'budget_allocated', 'budget_planned']);
export const PERSON_CONCEPTS: ReadonlySet<Concept> = new Set<Concept>([...DECIDING_CONCEPTS, 'just_looking']);

/** ISO 3166 region codes that are not countries: their names are never an answer about one. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });

/** Every country CLDR names (the runtime's Intl data), as ISO 3166-1 alpha-2 codes. */
export const COUNTRY_CODES: readonly string[] = Array.from({ length: 26 * 26 }, (_, i) => String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26))).filter(
  (code) => !NOT_COUNTRIES.has(code) && regionNames.of(code) !== undefined,
);
const known = new Set(COUNTRY_CODES);

/**
 * Regions with an ISO 3166-1 code of their own that ISO 3166-2 lists as a subdivision of a country:
 * Åland (AX, FI-01) is Finland's, Svalbard and Jan Mayen Norway's, the overseas departments and
 * collectivities France's, the outlying areas the United States', the Caribbean islands the
 * Netherlands', Hong Kong and Macao China's. Asked which country, "på Åland" is in Finland.
 */
export const PART_OF: Readonly<Record<string, string>> = {
  AX: 'FI',
  SJ: 'NO',
  ...Object.fromEntries(['GP', 'MQ', 'GF', 'RE', 'YT', 'PM', 'BL', 'MF', 'NC', 'PF', 'WF', 'TF'].map((c) => [c, 'FR'])),
  ...Object.fromEntries(['AS', 'GU', 'MP', 'PR', 'UM', 'VI'].map((c) => [c, 'US'])),
  ...Object.fromEntries(['AW', 'CW', 'SX', 'BQ'].map((c) => [c, 'NL'])),
  HK: 'CN',
  MO: 'CN',
};


/** An option's `country`: an ISO 3166-1 alpha-2 code ("NO"), whose names in every locale CLDR knows. */
export const CountryCode = z.string().refine((code) => known.has(code), { message: 'is not an ISO 3166 country code like NO or PL' });
