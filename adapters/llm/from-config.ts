import type { Config } from '../config/config.js';
import type { Llm } from './index.js';
import type { LogSink } from './meter.js';

/**
 * The model adapter when an API key is configured; without one, understanding stays deterministic.
 * LangChain is loaded only then: it is the slowest module to load (~0.5 s idle, 2 s on a busy machine).
 */
export async function llmFromConfig(config: Config, log: LogSink): Promise<Llm | undefined> {
  if (!config.OPENAI_API_KEY) return undefined;
  const { createLlm } = await import('./index.js');
  return createLlm(
    {
      apiKey: config.OPENAI_API_KEY,
      model: config.OPENAI_MODEL,
      baseURL: config.OPENAI_BASE_URL,
      timeoutMs: config.LLM_TIMEOUT_MS,
      method: config.LLM_STRUCTURED_OUTPUT === 'function_calling' ? 'functionCalling' : 'jsonSchema',
      wording: config.LLM_WORDING,
    },
    log,
  );
}
