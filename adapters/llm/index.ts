import type { ModelUnderstanding } from '../../bot/ports/model.js';
import { type ChatSettings, createStructuredCall, type StructuredCall } from './chat-call.js';
import { createMeter, type LlmMeter, type LogSink } from './meter.js';
import { loadPrompts, type Prompts } from './prompts.js';
import { countTokens } from './tokens.js';
import { createModelUnderstanding } from './understanding.js';

export interface LlmSettings extends ChatSettings {
  /** Let the model reword the next question in the same call. */
  wording: boolean;
}

export interface Llm {
  understanding: ModelUnderstanding;
  /** The same structured call, for grounded answers from the company's content. */
  call: StructuredCall;
  prompts: Prompts;
  meter: LlmMeter;
}

/** Everything the model adapter needs, built once at start: prompts read, tokenizers warmed. */
export function createLlm(settings: LlmSettings, log?: LogSink): Llm {
  const prompts = loadPrompts();
  // Loading the tokenizers takes a second or two: at start, not on the first visitor's message.
  countTokens('warm up');
  const call = createStructuredCall(settings);
  const meter = createMeter(log);
  return { understanding: createModelUnderstanding({ call, prompts, meter, wording: settings.wording }), call, prompts, meter };
}

export type { LlmMeter, Usage } from './meter.js';
