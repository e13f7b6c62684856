import { Locale } from './schema.js';

/** "fi-FI", "sv_SE" or "PL" → a locale Kysy speaks; anything else is undefined (the caller falls back). */
export function localeFromTag(tag: string | undefined): Locale | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  // A plain lookup: asked for every tag of every new conversation, where a schema parse cost more than the rest of picking.
  return Locale.options.find((locale) => locale === primary);
}
