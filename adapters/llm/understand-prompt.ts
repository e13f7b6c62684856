import type { CandidateQuestion, ModelInput } from '../../bot/ports/model.js';
import type { Criterion, LeadDefinition, Locale, LocalizedText } from '../../qualification/definition/schema.js';
import { requestSchema } from './chat-call.js';
import { type ExtractionSchema, extractionSchema } from './schema.js';
import { countPromptTokens, PROMPT_TOKEN_BOUND } from './tokens.js';
import { fenceSafe, LANGUAGE_NAMES, type Prompts, render } from './prompts.js';

/** Other models' tokenizers count differently from OpenAI's: aim a tenth below the bound. */
export const PROMPT_TOKEN_BUDGET = Math.floor(PROMPT_TOKEN_BOUND * 0.9);
const MAX_CRITERIA = 5;
const MAX_CANDIDATES = 2;
const MAX_TEXT_CHARS = 1200;
const MAX_SUMMARY_CHARS = 600;

export interface UnderstandPrompt {
  system: string;
  user: string;
  schema: ExtractionSchema;
  criteria: Criterion[];
  reword: string[];
  /** Prompt tokens: messages plus the JSON schema sent with them. */
  tokens: number;
}

/**
 * The relevant part of the definition (the question in the air, then what is still unanswered), the
 * bounded summary and the fenced visitor text. Whatever the conversation's length, the prompt fits the
 * budget: the summary, the wording, the least relevant criteria and finally the text's tail give way.
 * Null when even the smallest prompt would not fit (then no call is made).
 */
export function buildUnderstandPrompt(prompts: Prompts, input: ModelInput, wording: boolean): UnderstandPrompt | null {
  let criteria = relevantCriteria(input.definition, input.asking, input.answered ?? []);
  let candidates = wording ? (input.candidates ?? []).slice(0, MAX_CANDIDATES) : [];
  let summary = input.summary.slice(0, MAX_SUMMARY_CHARS);
  let text = fenceSafe(input.text, 'visitor_message').slice(0, MAX_TEXT_CHARS);

  for (;;) {
    if (criteria.length === 0) return null;
    const prompt = compose(prompts, input, criteria, candidates, summary, text);
    if (prompt.tokens <= PROMPT_TOKEN_BUDGET) return prompt;
    if (summary.length > 0) summary = summary.length > 80 ? summary.slice(0, summary.length >> 1) : '';
    else if (candidates.length > 0) candidates = [];
    else if (criteria.length > 1) criteria = criteria.slice(0, -1);
    else if (text.length > 80) text = text.slice(0, text.length >> 1);
    else return null;
  }
}

function compose(
  prompts: Prompts,
  input: ModelInput,
  criteria: Criterion[],
  candidates: CandidateQuestion[],
  summary: string,
  text: string,
): UnderstandPrompt {
  const { definition, locale } = input;
  const language = LANGUAGE_NAMES[locale] ?? locale;
  const wordingPart =
    candidates.length > 0
      ? render(prompts.wording, {
          language,
          candidates: candidates.map((c) => `- ${c.criterionId}: ${oneLine(c.question)}`).join('\n'),
        })
      : '';
  const system =
    render(prompts.understand, {
      company: definition.company.name,
      criteria: criteria.map((c) => describe(c, locale, definition.defaultLocale)).join('\n'),
    }) + wordingPart;
  const asked = criteria.find((c) => c.id === input.asking);
  const user = render(prompts['understand-message'], {
    language,
    asking: asked ? `${asked.id} ("${oneLine(text_(asked.question, locale, definition.defaultLocale))}")` : 'none',
    summary: summary ? oneLine(summary) : 'nothing yet',
    text,
  });
  const reword = candidates.map((c) => c.criterionId);
  const schema = extractionSchema({ criteria, reword });
  const tokens = countPromptTokens([system, user], JSON.stringify(requestSchema(schema)));
  return { system, user, schema, criteria, reword, tokens };
}

/** The question in the air first, then unanswered criteria in the definition's order. */
export function relevantCriteria(definition: LeadDefinition, asking: string | null, answered: string[]): Criterion[] {
  const open = definition.criteria.filter((c) => !answered.includes(c.id) || c.id === asking);
  const first = open.filter((c) => c.id === asking);
  return [...first, ...open.filter((c) => c.id !== asking)].slice(0, MAX_CRITERIA);
}

function describe(criterion: Criterion, locale: Locale, fallback: Locale): string {
  switch (criterion.type) {
    case 'choice':
    case 'multi': {
      const options = criterion.options.map((o) => `${o.id} (${text_(o.label, locale, fallback)})`).join(', ');
      return `- ${criterion.id}${criterion.type === 'multi' ? ' (one or more)' : ''}: ${options}`;
    }
    case 'number':
      return `- ${criterion.id}: number of ${criterion.unit}${criterion.per ? ` per ${criterion.per} (convert a number given per another period)` : ''}`;
    case 'yes_no':
      return `- ${criterion.id}: yes or no ("${oneLine(text_(criterion.question, locale, fallback))}")`;
    case 'email':
      return `- ${criterion.id}: email address`;
    case 'text':
      return `- ${criterion.id}: short text`;
  }
}

function text_(value: LocalizedText, locale: Locale, fallback: Locale): string {
  return value[locale] ?? value[fallback] ?? Object.values(value)[0] ?? '';
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}
