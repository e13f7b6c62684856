import type { LeadDefinition, LocalizedText } from '../../qualification/definition/schema.js';

/** A path without a trailing slash (the root stays "/"), so "/pricing/" is "/pricing". */
function normalise(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

/** Whether `path` matches `pattern`: the whole path, `*` standing for any characters (slashes too). */
export function matchesPage(pattern: string, path: string): boolean {
  const source = normalise(pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`).test(normalise(path));
}

export interface ChosenGreeting {
  id: string;
  text: LocalizedText;
  delaySeconds: number;
}

/**
 * The proactive greeting for a page: `requested` by id (the host page's `Kysy('start', {greeting})`),
 * else the first whose pages match. None on an excluded page, whatever was asked.
 */
export function pageGreeting(definition: LeadDefinition, path: string, requested?: string): ChosenGreeting | null {
  const proactive = definition.proactive;
  if (!proactive || proactive.exclude.some((pattern) => matchesPage(pattern, path))) return null;
  const greeting = requested
    ? proactive.greetings.find((g) => g.id === requested)
    : proactive.greetings.find((g) => g.pages.some((pattern) => matchesPage(pattern, path)));
  return greeting ? { id: greeting.id, text: greeting.text, delaySeconds: greeting.delaySeconds ?? proactive.delaySeconds } : null;
}

/** The text a conversation opened from a greeting starts with: the greeting itself, as the visitor saw it. */
export function greetingText(definition: LeadDefinition, id: string | undefined): LocalizedText | null {
  return (id && definition.proactive?.greetings.find((g) => g.id === id)?.text) || null;
}
