import type { Copy } from './copy.js';
import { en } from './en/index.js';
import { fi } from './fi/index.js';
import type { LocalePack } from './pack.js';
import { pl } from './pl/index.js';
import { sv } from './sv/index.js';

/**
 * The one list of languages Kysy speaks: each a folder beside this file exporting a `LocalePack`.
 * The definition schema's `Locale` is read from here.
 */
const PACKS = { en, fi, sv, pl } satisfies Record<string, LocalePack>;

export type LocaleTag = keyof typeof PACKS;
export const LOCALE_TAGS = Object.keys(PACKS) as [LocaleTag, ...LocaleTag[]];
/** Every registered pack, in registration order: for phrases checked in every conversation. */
export const ALL_PACKS: readonly LocalePack[] = Object.values(PACKS);

export function packFor(locale: LocaleTag): LocalePack {
  return PACKS[locale];
}

export function copyFor(locale: LocaleTag): Copy {
  return PACKS[locale].copy;
}
