import { ChatOpenAI } from '@langchain/openai';
import type { BaseMessage } from '@langchain/core/messages';
import { toJsonSchema } from '@langchain/core/utils/json_schema';
import type { z } from 'zod';

export interface ChatSettings {
  apiKey: string;
  model: string;
  /** Any OpenAI-compatible server (Azure OpenAI, Ollama, vLLM); unset means api.openai.com. */
  baseURL?: string;
  /** The whole budget of one model call, retries included. */
  timeoutMs: number;
  /** `jsonSchema` (response_format) by default; `functionCalling` for servers without it. */
  method?: 'jsonSchema' | 'functionCalling';
}

export type CallFailure = 'timeout' | 'rate_limited' | 'server_error' | 'malformed' | 'error';

export type CallResult =
  | { ok: true; json: unknown; usage: { promptTokens: number; completionTokens: number } | null; attempts: number }
  | { ok: false; failure: CallFailure; status?: number; attempts: number };

export interface CallRequest {
  schema: z.ZodType;
  name: string;
  system: string;
  user: string;
}

/** One structured model call: the JSON it returned (not yet trusted) or why it failed. Never rejects. */
export type StructuredCall = (request: CallRequest) => Promise<CallResult>;

/** Below this much time left, another attempt cannot finish: give up rather than make the visitor wait. */
const MIN_ATTEMPT_MS = 250;
const BACKOFF_MS = 150;

export function createStructuredCall(settings: ChatSettings): StructuredCall {
  // LangChain retries 6 times by default (~95 s); retries here are ours, bounded by the budget.
  const chat = new ChatOpenAI({
    model: settings.model,
    apiKey: settings.apiKey,
    configuration: settings.baseURL ? { baseURL: settings.baseURL } : undefined,
    temperature: 0,
    maxRetries: 0,
    timeout: settings.timeoutMs,
  });
  const method = settings.method ?? 'jsonSchema';

  return async ({ schema, name, system, user }) => {
    // The JSON schema generated from the zod schema, not the zod schema itself: given zod, the SDK
    // rejects the whole reply for one value out of range, and the caller wants to drop just that value.
    const runnable = chat.withStructuredOutput(requestSchema(schema), { name, method, strict: true, includeRaw: true });
    const deadline = performance.now() + settings.timeoutMs;
    for (let attempt = 1; ; attempt++) {
      const remaining = deadline - performance.now();
      try {
        const out = await runnable.invoke(
          [
            { role: 'system', content: system },
            { role: 'user', content: user },
          ],
          { signal: AbortSignal.timeout(Math.max(1, Math.floor(remaining))) },
        );
        const json = out.parsed ?? rawJson(out.raw);
        if (json === null || typeof json !== 'object') return { ok: false, failure: 'malformed', attempts: attempt };
        return { ok: true, json, usage: usageOf(out.raw), attempts: attempt };
      } catch (error) {
        const failure = classify(error);
        const wait = backoff(error, attempt);
        const left = deadline - performance.now() - wait;
        if ((failure === 'rate_limited' || failure === 'server_error') && left >= MIN_ATTEMPT_MS) {
          await new Promise((r) => setTimeout(r, wait));
          continue;
        }
        return { ok: false, failure, status: statusOf(error), attempts: attempt };
      }
    }
  };
}

/** The JSON schema sent to the model for a zod schema (also what the prompt-token count includes). */
export function requestSchema(schema: z.ZodType): Record<string, unknown> {
  // The draft URI tells the model nothing and costs tokens on every call.
  const { $schema: _, ...json } = toJsonSchema(schema) as Record<string, unknown>;
  return json;
}

/** The JSON the model produced when LangChain's own parse gave up (e.g. one enum value out of range). */
function rawJson(raw: BaseMessage): unknown {
  const call = 'tool_calls' in raw && Array.isArray(raw.tool_calls) ? raw.tool_calls[0] : undefined;
  if (call && typeof call === 'object' && 'args' in call) return call.args;
  if (typeof raw.content !== 'string') return null;
  try {
    return JSON.parse(raw.content);
  } catch {
    return null;
  }
}

function usageOf(raw: BaseMessage): { promptTokens: number; completionTokens: number } | null {
  const usage = 'usage_metadata' in raw ? (raw.usage_metadata as { input_tokens?: number; output_tokens?: number } | undefined) : undefined;
  if (!usage || typeof usage.input_tokens !== 'number') return null;
  return { promptTokens: usage.input_tokens, completionTokens: usage.output_tokens ?? 0 };
}

function statusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const status = (error as { status?: unknown }).status;
  return typeof status === 'number' ? status : undefined;
}

function classify(error: unknown): CallFailure {
  const status = statusOf(error);
  if (status === 429) return 'rate_limited';
  if (status !== undefined && status >= 500) return 'server_error';
  const name = error instanceof Error ? error.name : '';
  if (name === 'TimeoutError' || name === 'AbortError' || /timed? ?out|abort/i.test(String(error))) return 'timeout';
  if (error instanceof SyntaxError || /json|parse/i.test(String(error))) return 'malformed';
  return 'error';
}

/** Honour a short Retry-After; a long one simply exhausts the budget and the turn goes on without the model. */
function backoff(error: unknown, attempt: number): number {
  const headers = typeof error === 'object' && error !== null ? (error as { headers?: unknown }).headers : undefined;
  const retryAfter = headers instanceof Headers ? Number(headers.get('retry-after')) : NaN;
  if (Number.isFinite(retryAfter) && retryAfter > 0) return retryAfter * 1000;
  return BACKOFF_MS * 2 ** (attempt - 1);
}
