import type { Locale } from '../../qualification/definition/schema.js';
import type { Copy, CopyBook } from './copy.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { pl } from './pl.js';
import { sv } from './sv.js';

export type { Copy } from './copy.js';

const book: CopyBook = { en, fi, sv, pl };

export function copyFor(locale: Locale): Copy {
  return book[locale];
}
