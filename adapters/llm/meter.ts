import { metrics } from '../observability/metrics.js';
import type { CallFailure } from './chat-call.js';

export interface Usage {
  /** Requests sent to the model (retries included). */
  calls: number;
  /** Visitor messages the model was asked about. */
  messages: number;
  /** Prompt tokens as counted here before sending (the bound is checked on this count). */
  promptTokens: number;
  /** Prompt and completion tokens as the server reported them, when it did. */
  reportedPromptTokens: number;
  completionTokens: number;
  failures: number;
  /** Messages where no prompt could fit the bound, so no call was made. */
  skipped: number;
  maxPromptTokens: number;
}

export type MeterEntry =
  | { kind: 'call'; promptTokens: number; attempts: number; usage: { promptTokens: number; completionTokens: number } | null; failure?: CallFailure }
  | { kind: 'skipped' };

export interface LogSink {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface LlmMeter {
  record(conversationId: string, task: string, entry: MeterEntry): void;
  usage(conversationId: string): Usage;
  totals(): Usage & { conversations: number };
}

/** Conversations tracked in memory; the oldest are forgotten past this (the log keeps every call). */
const MAX_TRACKED = 10_000;

export const emptyUsage = (): Usage => ({
  calls: 0,
  messages: 0,
  promptTokens: 0,
  reportedPromptTokens: 0,
  completionTokens: 0,
  failures: 0,
  skipped: 0,
  maxPromptTokens: 0,
});

/** Counts model calls, tokens and failures per conversation and in the metrics, and logs each call (ids and numbers only). */
export function createMeter(log?: LogSink): LlmMeter {
  const byConversation = new Map<string, Usage>();
  const total = emptyUsage();
  let conversations = 0;

  function add(u: Usage, entry: MeterEntry) {
    if (entry.kind === 'skipped') {
      u.skipped++;
      return;
    }
    u.messages++;
    u.calls += entry.attempts;
    u.promptTokens += entry.promptTokens * entry.attempts;
    u.maxPromptTokens = Math.max(u.maxPromptTokens, entry.promptTokens);
    u.reportedPromptTokens += entry.usage?.promptTokens ?? 0;
    u.completionTokens += entry.usage?.completionTokens ?? 0;
    if (entry.failure) u.failures++;
  }

  return {
    record(conversationId, task, entry) {
      let u = byConversation.get(conversationId);
      if (!u) {
        u = emptyUsage();
        conversations++;
        if (byConversation.size >= MAX_TRACKED) byConversation.delete(byConversation.keys().next().value as string);
        byConversation.set(conversationId, u);
      }
      add(u, entry);
      add(total, entry);
      if (entry.kind === 'call') {
        metrics.llmCalls.inc({ task }, entry.attempts);
        if (entry.usage) {
          metrics.llmTokens.inc({ kind: 'prompt' }, entry.usage.promptTokens);
          metrics.llmTokens.inc({ kind: 'completion' }, entry.usage.completionTokens);
        }
        if (entry.failure) metrics.llmFailures.inc({ task, reason: entry.failure });
      }
      const fields = { conversationId, task, ...entry, usage: undefined, ...(entry.kind === 'call' ? { reported: entry.usage } : {}) };
      if (entry.kind === 'call' && entry.failure) log?.warn(fields, 'model call failed; continuing without it');
      else log?.info(fields, entry.kind === 'call' ? 'model call' : 'model call skipped: prompt over bound');
    },
    usage: (conversationId) => ({ ...(byConversation.get(conversationId) ?? emptyUsage()) }),
    totals: () => ({ ...total, conversations }),
  };
}
