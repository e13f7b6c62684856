/**
 * How an error appears in a log line. A database error carries the statement's parameters (PGlite's
 * `params`), the offending value (`detail`, `where`, and in a data error's message, quoted) and a
 * body parser's error the raw request body: all of it can be what a visitor typed. Only fields that
 * describe the failure are kept, and quoted values are cut out of a database error's message.
 */
export interface SafeError {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  /** PostgreSQL's own labels for the failure: never values. */
  severity?: string;
  routine?: string;
  table?: string;
  column?: string;
  constraint?: string;
  cause?: SafeError;
  errors?: SafeError[];
}

const SQLSTATE = /^[0-9A-Z]{5}$/;
const LABELS = ['severity', 'routine', 'table', 'column', 'constraint'] as const;
const MAX_DEPTH = 3;

function stringField(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

export function safeError(value: unknown, depth = 0): SafeError {
  if (!(value instanceof Error)) return { type: typeof value, message: typeof value === 'string' ? value : 'a non-Error value was thrown' };
  const fields = value as Error & Record<string, unknown>;
  const code = stringField(fields.code);
  const fromDatabase = code !== undefined && SQLSTATE.test(code);
  const message = fromDatabase ? value.message.replace(/"[^"]*"|'[^']*'/g, '"…"') : value.message;
  const type = value.constructor?.name ?? value.name;
  const frames = value.stack?.split('\n').filter((line) => line.trimStart().startsWith('at '));
  const safe: SafeError = { type, message, ...(frames?.length ? { stack: [`${type}: ${message}`, ...frames].join('\n') } : {}), ...(code ? { code } : {}) };
  if (fromDatabase) for (const label of LABELS) if (stringField(fields[label])) safe[label] = fields[label] as string;
  if (depth < MAX_DEPTH) {
    if (fields.cause !== undefined) safe.cause = safeError(fields.cause, depth + 1);
    if (Array.isArray(fields.errors)) safe.errors = fields.errors.slice(0, 5).map((e) => safeError(e, depth + 1));
  }
  return safe;
}
