import type { LeadDefinition, Locale } from '../../qualification/definition/schema.js';
import { localeFromTag } from '../../qualification/definition/locale-tag.js';

/**
 * The language a conversation is held in: the first of the channel's candidate tags (in its order of
 * preference) that the definition speaks, else the definition's default.
 */
export function pickLocale(definition: Pick<LeadDefinition, 'locales' | 'defaultLocale'>, tags: ReadonlyArray<string | undefined> = []): Locale {
  for (const tag of tags) {
    const locale = localeFromTag(tag);
    if (locale && definition.locales.includes(locale)) return locale;
  }
  return definition.defaultLocale;
}
