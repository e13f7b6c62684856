import { widget as en } from './en/widget.js';
import { widget as fi } from './fi/widget.js';
import { widget as pl } from './pl/widget.js';
import { widget as sv } from './sv/widget.js';
import type { LocaleTag } from './tags.js';

/** The widget's own words (the bot's words come from the lead definition on the server). */
export interface WidgetStrings {
  open: string;
  close: string;
  title: string;
  log: string;
  input: string;
  placeholder: string;
  send: string;
  you: string;
  bot: string;
  typing: string;
  reconnecting: string;
  failed: string;
  retry: string;
  restart: string;
}

/**
 * Every locale's widget strings. Kept apart from the locale packs (which hold them too) so the
 * widget bundle imports only these small files; packs.test.ts proves the two lists agree.
 */
export const WIDGET_STRINGS: Record<LocaleTag, WidgetStrings> = { en, fi, sv, pl };

export function stringsFor(locale: string | undefined): WidgetStrings {
  return locale && Object.hasOwn(WIDGET_STRINGS, locale) ? WIDGET_STRINGS[locale as LocaleTag] : WIDGET_STRINGS.en;
}
