import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createLlm } from '../adapters/llm/index.js';
import { PROMPT_TOKEN_BOUND } from '../adapters/llm/tokens.js';
import type { VisitorInput } from '../bot/conversation.js';
import { begin, turn } from '../bot/engine/turn.js';
import { beforeTurn } from '../bot/service/model-step.js';
import { readMessage } from '../bot/engine/reading.js';
import { exampleDefinition } from '../test/support/example-definition.js';
import { startFakeOpenAI } from '../test/llm/fake-openai.js';
import { type ModelAnswers, SCRIPTS } from './fixtures/llm-conversations.js';

export interface LlmConversationFigures {
  name: string;
  messages: number;
  calls: number;
  promptTokens: number;
  maxPromptTokens: number;
  modelAnswers: number;
}

export interface LlmFigures {
  conversations: LlmConversationFigures[];
  calls: number;
  messages: number;
  freeTextMessages: number;
  promptTokens: number;
  meanCallsPerConversation: number;
  meanPromptTokensPerConversation: number;
  meanPromptTokensPerCall: number;
  maxPromptTokens: number;
  bound: number;
}

/**
 * Model calls and prompt tokens per conversation on the scripted set, against the local fake
 * OpenAI-compatible server. Understanding goes the way the service takes it: deterministic first, the
 * model only for free text left unresolved, its answers through the engine's one recording path.
 */
export async function benchLlm(): Promise<LlmFigures> {
  const definition = exampleDefinition();
  const scripted = new Map<string, ModelAnswers>();
  for (const script of SCRIPTS) for (const step of script.steps) if ('say' in step && step.model) scripted.set(step.say, step.model);

  const fake = await startFakeOpenAI(({ body }) => {
    const text = /<visitor_message>\n([\s\S]*)\n<\/visitor_message>/.exec(body.messages.at(-1)?.content ?? '')?.[1] ?? '';
    return { kind: 'json', value: { answers: scripted.get(text) ?? {} } };
  });
  const llm = createLlm({ apiKey: 'bench', model: 'gpt-4o-mini', baseURL: fake.url, timeoutMs: 4000, wording: false });
  const conversations: LlmConversationFigures[] = [];
  let freeTextMessages = 0;
  try {
    for (const [i, script] of SCRIPTS.entries()) {
      const id = `bench-${i}`;
      let now = new Date('2026-11-23T09:00:00.000Z');
      let result = begin(definition, { locale: script.locale, previousAnswers: [], variants: {} }, now);
      let messages = 0;
      let modelAnswers = 0;
      for (const step of script.steps) {
        if (result.state.phase === 'closed') break;
        now = new Date(now.getTime() + 60_000);
        messages++;
        let input: VisitorInput;
        if ('click' in step) {
          const offered = result.replies.flatMap((r) => r.choices ?? []);
          input = { choice: offered.find((c) => c.id === step.click)?.id ?? offered[0]?.id ?? step.click };
        } else {
          input = { text: step.say };
          freeTextMessages++;
        }
        const ahead = input.text !== undefined ? await beforeTurn({ model: llm.understanding }, id, result.state, readMessage(definition, result.state, input.text, now)) : { wording: null };
        modelAnswers += ahead.modelExtractions?.length ?? 0;
        result = turn(definition, result.state, input, now, { modelExtractions: ahead.modelExtractions, reading: ahead.reading });
      }
      const usage = llm.meter.usage(id);
      conversations.push({ name: script.name, messages, calls: usage.calls, promptTokens: usage.promptTokens, maxPromptTokens: usage.maxPromptTokens, modelAnswers });
    }
  } finally {
    await fake.close();
  }
  const totals = llm.meter.totals();
  return {
    conversations,
    calls: totals.calls,
    messages: conversations.reduce((n, c) => n + c.messages, 0),
    freeTextMessages,
    promptTokens: totals.promptTokens,
    meanCallsPerConversation: totals.calls / conversations.length,
    meanPromptTokensPerConversation: totals.promptTokens / conversations.length,
    meanPromptTokensPerCall: totals.calls ? totals.promptTokens / totals.calls : 0,
    maxPromptTokens: totals.maxPromptTokens,
    bound: PROMPT_TOKEN_BOUND,
  };
}

export function printLlmFigures(f: LlmFigures): void {
  console.log('\nLLM understanding: calls and prompt tokens per conversation (fake OpenAI-compatible server)');
  console.log('conversation'.padEnd(32), 'msgs', 'calls', 'prompt tokens', 'max/call', 'model answers kept');
  for (const c of f.conversations) {
    console.log(c.name.padEnd(32), String(c.messages).padStart(4), String(c.calls).padStart(5), String(c.promptTokens).padStart(13), String(c.maxPromptTokens).padStart(8), String(c.modelAnswers).padStart(18));
  }
  console.log(
    `${f.conversations.length} conversations, ${f.messages} visitor messages (${f.freeTextMessages} free text): ${f.calls} model calls, ` +
      `${f.meanCallsPerConversation.toFixed(2)} calls and ${Math.round(f.meanPromptTokensPerConversation)} prompt tokens per conversation, ` +
      `${Math.round(f.meanPromptTokensPerCall)} per call, largest prompt ${f.maxPromptTokens} tokens (bound ${f.bound})`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  printLlmFigures(await benchLlm());
}
