/**
 * The server's and the schema's errors are sentences that start with the path they are about
 * (`criteria[3].options[1].label.fi is missing`). Grouped by that path, each field shows its own.
 */
const PATH = /^([a-zA-Z_][a-zA-Z0-9_]*(?:\[\d+\]|\.[a-zA-Z_][a-zA-Z0-9_]*)*) (.+)$/;

// Only these start a path; "the definition is empty" or "line 3, column 4: …" belong to no field.
const TOP_LEVEL = new Set(['version', 'company', 'locales', 'defaultLocale', 'greeting', 'criteria', 'thresholds', 'routing', 'sla', 'faq', 'nurtureContent', 'privacyPolicy', 'knowledge']);

export interface FieldError {
  path: string;
  message: string;
}

export function splitError(error: string): FieldError {
  const match = PATH.exec(error);
  const root = match?.[1]?.split(/[.[]/)[0];
  return match && root && TOP_LEVEL.has(root) ? { path: match[1]!, message: match[2]! } : { path: '', message: error };
}

export function errorsByPath(errors: string[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const error of errors) {
    const { path, message } = splitError(error);
    map.set(path, [...(map.get(path) ?? []), message]);
  }
  return map;
}
