import { Locale } from './schema.js';

/** "fi-FI", "sv_SE" or "PL" → a locale Kysy speaks; anything else is undefined (the caller falls back). */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  const parsed = Locale.safeParse(primary);
  return parsed.success ? parsed.data : undefined;
}
