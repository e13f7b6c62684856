import { z } from 'zod';
import { LOCALE_TAGS } from '../locales/tags.js';
import { Concept, CountryCode } from './concepts.js';
import { Crm } from './crm.js';

/** Locales the product speaks (one pack each in qualification/locales); a definition declares which of them it uses. */
export const Locale = z.enum(LOCALE_TAGS);
export type Locale = z.infer<typeof Locale>;

/** A text in every locale the definition declares; completeness is checked in locale-checks.ts. */
export const LocalizedText = z.partialRecord(Locale, z.string().trim().min(1, 'is empty'));
export type LocalizedText = z.infer<typeof LocalizedText>;

export const LocalizedList = z.partialRecord(Locale, z.array(z.string().trim().min(1)));
export type LocalizedList = z.infer<typeof LocalizedList>;

export const Category = z.enum(['company', 'person', 'situation', 'motivation', 'contact']);
export type Category = z.infer<typeof Category>;

/** Why an answer ends the qualification. Internal: never shown to the visitor. */
export const Disqualify = z.strictObject({ reason: z.string().min(1) });

const Id = z.string().regex(/^[a-z][a-z0-9_]*$/, 'must be lower_snake_case');

export const Option = z.strictObject({
  id: Id,
  label: LocalizedText,
  synonyms: LocalizedList.default({}),
  points: z.number().int().default(0),
  disqualify: Disqualify.optional(),
  /** For timeline-like choices: the horizon this option covers, in months from now. */
  months: z.strictObject({ min: z.number().min(0).default(0), max: z.number().positive().optional() }).optional(),
  /** Answers every seller's visitors give alike ("we haven't budgeted for it"), in every locale's words. */
  means: z.array(Concept).optional(),
  /** A country, by ISO 3166 code: its names in every locale (and their inflected forms) answer for it. */
  country: CountryCode.optional(),
  /** The catch-all: takes an answer that clearly names something of the criterion's kind no option lists (another country). */
  other: z.boolean().optional(),
});
export type Option = z.infer<typeof Option>;

export const Range = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  points: z.number().int().default(0),
  disqualify: Disqualify.optional(),
});
export type Range = z.infer<typeof Range>;

/** A reworded question shown to a share of new conversations (A/B test). */
export const QuestionVariant = z.strictObject({ id: Id, question: LocalizedText });

const criterionBase = {
  id: Id,
  category: Category,
  required: z.boolean().default(false),
  /**
   * `false`: asked for the sales rep's context only — no points, never disqualifies, and never
   * holds back the decision (asked while other questions are still open, not after).
   */
  scored: z.boolean().default(true),
  question: LocalizedText,
  why: LocalizedText,
  variants: z.array(QuestionVariant).default([]),
};

export const ChoiceCriterion = z.strictObject({ ...criterionBase, type: z.literal('choice'), options: z.array(Option).min(2) });
export const MultiCriterion = z.strictObject({ ...criterionBase, type: z.literal('multi'), options: z.array(Option).min(2) });
/** A stretch of time a count is given per ("50 a day", "1200 kuukaudessa"). */
export const Period = z.enum(['day', 'week', 'month', 'quarter', 'year']);
export type Period = z.infer<typeof Period>;

export const NumberCriterion = z.strictObject({
  ...criterionBase,
  type: z.literal('number'),
  unit: z.string().min(1),
  /**
   * The period the count is per ("orders a month": `month`): a number given per another period
   * ("50 a day") is converted to it. Left out, the period the question names is the criterion's;
   * when the question names none either, a number given per a period is asked back.
   */
  per: Period.optional(),
  ranges: z.array(Range).default([]),
});
export const YesNoCriterion = z.strictObject({
  ...criterionBase,
  type: z.literal('yes_no'),
  yes: z.strictObject({ points: z.number().int().default(0), disqualify: Disqualify.optional() }).default({ points: 0 }),
  no: z.strictObject({ points: z.number().int().default(0), disqualify: Disqualify.optional() }).default({ points: 0 }),
});
export const EmailCriterion = z.strictObject({ ...criterionBase, type: z.literal('email') });
export const TextCriterion = z.strictObject({ ...criterionBase, type: z.literal('text') });

export const Criterion = z.discriminatedUnion('type', [
  ChoiceCriterion,
  MultiCriterion,
  NumberCriterion,
  YesNoCriterion,
  EmailCriterion,
  TextCriterion,
]);
export type Criterion = z.infer<typeof Criterion>;
export type CriterionType = Criterion['type'];

export const Thresholds = z.strictObject({ fit: z.number().int(), intent: z.number().int() });

export const Owner = z
  .object({
    id: Id,
    name: z.string().min(1),
    slackUser: z.string().regex(/^[UW][A-Z0-9]+$/, 'must be a Slack user id like U012ABC').optional(),
    slackChannel: z.string().regex(/^[CG][A-Z0-9]+$/, 'must be a Slack channel id like C012ABC').optional(),
    meetingLink: z.url().optional(),
  })
  .refine((o) => o.slackUser || o.slackChannel, { message: 'needs slackUser or slackChannel' });
export type Owner = z.infer<typeof Owner>;

/** All conditions of a rule must hold; `in` lists option ids, min/max bound a number. */
export const CriterionCondition = z.strictObject({
  criterion: Id,
  in: z.array(Id).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
});
/** The person's company is (or is not) already known: a customer from the CRM or the uploaded list. */
export const CompanyCondition = z.strictObject({ company: z.strictObject({ known: z.boolean() }) });
export const RouteCondition = z.union([CriterionCondition, CompanyCondition]);
export type RouteCondition = z.infer<typeof RouteCondition>;
export const RoutingRule = z.strictObject({ owner: Id, when: z.array(RouteCondition).min(1) });
export const Routing = z.strictObject({ owners: z.array(Owner).min(1), defaultOwner: Id, rules: z.array(RoutingRule).default([]) });
export type Routing = z.infer<typeof Routing>;

export const Sla = z.strictObject({
  acceptMinutes: z.number().int().positive(),
  /** Where a handoff nobody accepted within twice the SLA is escalated. */
  escalationChannel: z.string().regex(/^[CG][A-Z0-9]+$/).optional(),
});

export const Faq = z.strictObject({ id: Id, keywords: LocalizedList, answer: LocalizedText });
export type Faq = z.infer<typeof Faq>;

export const Link = z.strictObject({ url: z.url(), title: LocalizedText });

/** A page's path, `*` standing for any characters: "/pricing", "/pricing/*", "/blog/*". */
export const PagePattern = z.string().regex(/^\/[^\s?#]*$/, 'must be a path starting with / (* for any characters)');

/** A first message for visitors on matching pages, shown by the widget before they open the chat. */
export const PageGreeting = z.strictObject({
  id: Id,
  pages: z.array(PagePattern).min(1),
  text: LocalizedText,
  /** Seconds on the page before it shows; the proactive section's delay by default. */
  delaySeconds: z.number().min(0).max(600).optional(),
});
export type PageGreeting = z.infer<typeof PageGreeting>;

/** Proactive greetings: at most one a visitor a day, never on excluded pages. */
export const Proactive = z.strictObject({
  delaySeconds: z.number().min(0).max(600).default(8),
  exclude: z.array(PagePattern).default([]),
  greetings: z.array(PageGreeting).min(1),
});
export type Proactive = z.infer<typeof Proactive>;

/** Which text criteria the host page's `Kysy('identify', {name, company})` answers (`email` answers the email criterion). */
export const Identify = z.strictObject({ name: Id.optional(), company: Id.optional() });

export const LeadDefinition = z.strictObject({
  version: z.literal(1),
  company: z.strictObject({ name: z.string().min(1), website: z.url().optional() }),
  locales: z.array(Locale).min(1),
  defaultLocale: Locale,
  greeting: LocalizedText,
  criteria: z.array(Criterion).min(1),
  thresholds: Thresholds,
  routing: Routing,
  sla: Sla,
  faq: z.array(Faq).default([]),
  nurtureContent: Link.optional(),
  privacyPolicy: z.url().optional(),
  knowledge: z.strictObject({ folder: z.string().min(1) }).optional(),
  /** Where qualified leads go in the sales team's CRM (adapters/crm). */
  crm: Crm.optional(),
  proactive: Proactive.optional(),
  identify: Identify.optional(),
});
export type LeadDefinition = z.infer<typeof LeadDefinition>;
export type LeadDefinitionInput = z.input<typeof LeadDefinition>;
