import type { z } from 'zod';

type Path = ReadonlyArray<PropertyKey>;

/** `['criteria', 3, 'options', 1, 'label', 'fi']` → `criteria[3].options[1].label.fi`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || 'the definition';
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a set of fields',
  record: 'a set of fields',
};

// zod only knows it got `undefined`; looking at the input tells "missing" apart from "wrong type".
function isMissing(input: unknown, path: Path): boolean {
  let node: unknown = input;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node === undefined;
}

function isDefaultMessage(message: string): boolean {
  return /^(Invalid|Too small|Too big)/.test(message);
}

function describe(issue: z.core.$ZodIssue, input: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (isMissing(input, issue.path)) return 'is missing';
      return `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
    case 'too_small':
      if (!isDefaultMessage(issue.message)) return issue.message;
      if (issue.origin === 'array') return `needs at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return issue.minimum === 1 ? 'is empty' : `needs at least ${issue.minimum} characters`;
      return issue.inclusive ? `must be at least ${issue.minimum}` : `must be more than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'array') return `allows at most ${issue.maximum} items`;
      return issue.inclusive ? `must be at most ${issue.maximum}` : `must be less than ${issue.maximum}`;
    case 'invalid_format':
      if (!isDefaultMessage(issue.message)) return issue.message;
      if (issue.format === 'url') return 'must be a web address starting with https://';
      if (issue.format === 'email') return 'must be an email address';
      return 'has the wrong format';
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${String(issue.values[0])}`
        : `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'invalid_union': {
      const options = (issue as { options?: unknown[] }).options;
      if (options) return `must be one of: ${options.map(String).join(', ')}`;
      return 'does not match any allowed shape';
    }
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length === 1 ? '' : 's'}: ${issue.keys.join(', ')}`;
    default:
      return issue.message;
  }
}

// Where a path may start: the definition's top-level fields (a sentence's other words are left alone).
const PATH_IN_TEXT = /\b(?:criteria|routing|faq|proactive|locales|crm|knowledge)(?:\[\d+\]|\.[A-Za-z_]\w*)+/g;

/**
 * Names the id of every list item a path passes through, so a person finds it in the file without
 * counting: `criteria[8].options[2].label.pl is missing` → `criteria[8] (budget).options[2] (none).label.pl
 * is missing`. Works on any error sentence (schema, locale and consistency checks alike), on every
 * path in it (`… is already used by criteria[0] (industry)`); items without an id stay as they are.
 */
export function nameIds(error: string, input: unknown): string {
  return error.replace(PATH_IN_TEXT, (path) => {
    let node: unknown = input;
    return path.replace(/\.?([A-Za-z_]\w*)|\[(\d+)\]/g, (part, key: string | undefined, index: string | undefined) => {
      node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key ?? Number(index)] : undefined;
      const id = index !== undefined && node !== null && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      return typeof id === 'string' && id ? `${part} (${id})` : part;
    });
  });
}

/** One plain sentence per zod issue, naming where it is: `thresholds.fit must be a whole number`. */
export function describeIssues(error: z.ZodError, input: unknown): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)} ${describe(issue, input)}`);
}
