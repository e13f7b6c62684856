import type { Copy } from './copy.js';
import { en } from './en/index.js';
import { fi } from './fi/index.js';
import type { LocalePack } from './pack.js';
import { pl } from './pl/index.js';
import { sv } from './sv/index.js';
import { LOCALE_TAGS, type LocaleTag } from './tags.js';

/** Each language of tags.ts: a folder beside this file exporting a `LocalePack`. */
const PACKS: Record<LocaleTag, LocalePack> = { en, fi, sv, pl };

/** Every registered pack, in the order of tags.ts: for phrases checked in every conversation. */
export const ALL_PACKS: readonly LocalePack[] = LOCALE_TAGS.map((tag) => PACKS[tag]);

export function packFor(locale: LocaleTag): LocalePack {
  return PACKS[locale];
}

export function copyFor(locale: LocaleTag): Copy {
  return PACKS[locale].copy;
}
