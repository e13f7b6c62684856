import type { ModelInput, ModelReading, ModelUnderstanding, Wording } from '../../bot/ports/model.js';
import type { StructuredCall } from './chat-call.js';
import { acceptExtractions } from './evidence.js';
import type { LlmMeter } from './meter.js';
import type { Prompts } from './prompts.js';
import { buildUnderstandPrompt } from './understand-prompt.js';

export interface UnderstandingDeps {
  call: StructuredCall;
  prompts: Prompts;
  meter: LlmMeter;
  /** Let the model reword the next question and acknowledge the answer, in the same call. */
  wording: boolean;
}

const NOTHING: ModelReading = { extractions: [], wording: null };

/** The model understanding port over one structured call: at most one call per visitor message. */
export function createModelUnderstanding({ call, prompts, meter, wording }: UnderstandingDeps): ModelUnderstanding {
  return {
    async extract(input: ModelInput): Promise<ModelReading> {
      const prompt = buildUnderstandPrompt(prompts, input, wording);
      if (!prompt) {
        meter.record(input.conversationId, 'understand', { kind: 'skipped' });
        return NOTHING;
      }
      const result = await call({ schema: prompt.schema, name: 'extract', system: prompt.system, user: prompt.user });
      meter.record(input.conversationId, 'understand', {
        kind: 'call',
        promptTokens: prompt.tokens,
        attempts: result.attempts,
        usage: result.ok ? result.usage : null,
        ...(result.ok ? {} : { failure: result.failure }),
      });
      if (!result.ok) return NOTHING;
      return {
        extractions: acceptExtractions(result.json, prompt.criteria, input.text),
        wording: acceptWording(result.json, prompt.reword),
      };
    },
  };
}

const MAX_WORDING_CHARS = 300;

/**
 * Rewordings are shown to the visitor as the bot's own words: keep only short plain sentences
 * (no links, no markup), for the criteria that were offered.
 */
export function acceptWording(json: unknown, reword: string[]): Wording | null {
  if (reword.length === 0 || typeof json !== 'object' || json === null) return null;
  const raw = (json as { wording?: { acknowledgement?: unknown; questions?: Record<string, unknown> } }).wording;
  if (!raw) return null;
  const questions: Record<string, string> = {};
  for (const id of reword) {
    const q = plain(raw.questions?.[id]);
    if (q) questions[id] = q;
  }
  const acknowledgement = plain(raw.acknowledgement);
  if (!acknowledgement && Object.keys(questions).length === 0) return null;
  return { acknowledgement, questions };
}

function plain(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_WORDING_CHARS || /https?:|www\.|[<>{}[\]`]/i.test(text)) return null;
  return text;
}
