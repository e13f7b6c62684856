import { Tiktoken } from 'js-tiktoken/lite';
import cl100k from 'js-tiktoken/ranks/cl100k_base';
import o200k from 'js-tiktoken/ranks/o200k_base';

/** Every prompt stays under this many tokens, whatever the conversation's length. */
export const PROMPT_TOKEN_BOUND = 1500;

/** Chat framing per message (role, separators) and per request, as OpenAI counts them, rounded up. */
const PER_MESSAGE = 4;
const PER_REQUEST = 3;

let encoders: Tiktoken[] | null = null;

/**
 * Tokens of a text under the larger of the two OpenAI encodings (gpt-4o's o200k, gpt-4's cl100k):
 * other models' tokenizers differ, so the budget keeps a margin below the bound as well.
 */
export function countTokens(text: string): number {
  encoders ??= [new Tiktoken(o200k), new Tiktoken(cl100k)];
  return Math.max(...encoders.map((e) => e.encode(text).length));
}

/** Prompt tokens of a request: its messages plus the response schema, which the server also reads. */
export function countPromptTokens(messages: string[], schemaJson: string): number {
  return messages.reduce((n, m) => n + countTokens(m) + PER_MESSAGE, PER_REQUEST) + countTokens(schemaJson);
}
