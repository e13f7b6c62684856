import { readFileSync } from 'node:fs';

/** The prompt templates in prompts/, one plain text file per task, with {{name}} placeholders. */
export const PROMPT_FILES = ['understand', 'understand-message', 'wording', 'answer-question', 'answer-question-message'] as const;
export type PromptName = (typeof PROMPT_FILES)[number];
export type Prompts = Record<PromptName, string>;

const promptsDir = new URL('../../prompts/', import.meta.url);

export function loadPrompts(dir: URL = promptsDir): Prompts {
  return Object.fromEntries(PROMPT_FILES.map((name) => [name, readFileSync(new URL(`${name}.txt`, dir), 'utf8')])) as Prompts;
}

/** Fills every placeholder; a placeholder without a value is a bug in the caller, not a blank. */
export function render(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`prompt placeholder {{${key}}} has no value`);
    return value;
  });
}

/**
 * Visitor text goes inside a fence; a fence tag typed by the visitor is removed so the text cannot
 * close the fence and continue as instructions.
 */
export function fenceSafe(text: string, tag: string): string {
  return text.replace(new RegExp(`<\\s*/?\\s*${tag}\\s*>`, 'gi'), ' ');
}

export const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fi: 'Finnish', sv: 'Swedish', pl: 'Polish' };
