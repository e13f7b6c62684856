import { z } from 'zod';
import type { Knowledge, KnowledgeAnswer } from '../../bot/ports/model.js';
import type { StructuredCall } from '../llm/chat-call.js';
import type { LlmMeter } from '../llm/meter.js';
import { fenceSafe, LANGUAGE_NAMES, type Prompts, render } from '../llm/prompts.js';
import { type Hit, localesWithContent, searchPassages } from './search.js';
import type { SqlClient } from './sql.js';

export interface KnowledgeDeps {
  sql: SqlClient;
  company: string;
  /**
   * With a model, a question in a locale without content is answered from this locale's content (the
   * model writes in the visitor's language). Without one such a question finds nothing here, and the
   * definition's FAQ answers it in the visitor's language.
   */
  fallbackLocale: string;
  /** With a model: grounded answers written from the top passages. Without: the best passage itself. */
  model?: { call: StructuredCall; prompts: Prompts; meter: LlmMeter };
  onError?: (error: unknown) => void;
}

const SHORT_ANSWER_CHARS = 360;
const PASSAGE_CHARS_FOR_MODEL = 900;
const MAX_QUESTION_CHARS = 500;

export const GroundedAnswer = z.object({
  answered: z.boolean(),
  text: z.string().max(600).nullable(),
  cites: z.array(z.number().int()),
});

export function createKnowledge(deps: KnowledgeDeps): Knowledge {
  return {
    async answer(question, locale, conversationId) {
      try {
        const withContent = await localesWithContent(deps.sql);
        if (!withContent.has(locale) && !deps.model) return null;
        const where = withContent.has(locale) ? locale : deps.fallbackLocale;
        const hits = await searchPassages(deps.sql, where, question.slice(0, MAX_QUESTION_CHARS));
        if (hits.length === 0) return null;
        if (!deps.model) return fromPassage(hits[0]!);
        return await grounded(deps, deps.model, question, locale, hits, conversationId ?? 'no-conversation');
      } catch (error) {
        deps.onError?.(error);
        return null;
      }
    },
  };
}

/** The best passage itself, cut at a sentence end, with its title and link. */
export function fromPassage(hit: Hit): KnowledgeAnswer {
  return { text: trimAtSentence(hit.body, SHORT_ANSWER_CHARS), sources: [{ title: hit.title, url: hit.url }] };
}

/**
 * One model call writes a short answer from the numbered passages and cites them. A reply that cites
 * nothing it was given is not grounded and is not shown; on any failure the best passage answers.
 */
async function grounded(
  deps: KnowledgeDeps,
  model: NonNullable<KnowledgeDeps['model']>,
  question: string,
  locale: string,
  hits: Hit[],
  conversationId: string,
): Promise<KnowledgeAnswer | null> {
  // Loaded with the first grounded answer: LangChain and the tokenizer are slow to load, and a
  // Kysy without a model never needs them.
  const [{ requestSchema }, { countPromptTokens }, { PROMPT_TOKEN_BUDGET }] = await Promise.all([
    import('../llm/chat-call.js'),
    import('../llm/tokens.js'),
    import('../llm/understand-prompt.js'),
  ]);
  const language = LANGUAGE_NAMES[locale] ?? locale;
  const schemaJson = JSON.stringify(requestSchema(GroundedAnswer));
  let used = hits;
  let system = '';
  let user = '';
  let tokens = Infinity;
  for (; used.length > 0; used = used.slice(0, -1)) {
    const passages = used.map((h, i) => `[${i + 1}] ${h.title}\n${trimAtSentence(h.body, PASSAGE_CHARS_FOR_MODEL)}`).join('\n\n');
    system = render(model.prompts['answer-question'], { company: deps.company, language, passages });
    user = render(model.prompts['answer-question-message'], { question: fenceSafe(question, 'visitor_question').slice(0, MAX_QUESTION_CHARS) });
    tokens = countPromptTokens([system, user], schemaJson);
    if (tokens <= PROMPT_TOKEN_BUDGET) break;
  }
  if (used.length === 0) return fromPassage(hits[0]!);

  const result = await model.call({ schema: GroundedAnswer, name: 'answer', system, user });
  model.meter.record(conversationId, 'answer', {
    kind: 'call',
    promptTokens: tokens,
    attempts: result.attempts,
    usage: result.ok ? result.usage : null,
    ...(result.ok ? {} : { failure: result.failure }),
  });
  if (!result.ok) return fromPassage(hits[0]!);
  const parsed = GroundedAnswer.safeParse(result.json);
  if (!parsed.success) return fromPassage(hits[0]!);
  const { answered, text, cites } = parsed.data;
  if (!answered) return null;
  const cited = [...new Set(cites)].filter((n) => n >= 1 && n <= used.length).map((n) => used[n - 1]!);
  const clean = text?.replace(/\s+/g, ' ').trim();
  if (!clean || cited.length === 0 || /[<>]/.test(clean)) return fromPassage(hits[0]!);
  return { text: clean, sources: cited.map((h) => ({ title: h.title, url: h.url })) };
}

function trimAtSentence(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('! '), cut.lastIndexOf('? '));
  return end > max / 3 ? cut.slice(0, end + 1) : `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}
