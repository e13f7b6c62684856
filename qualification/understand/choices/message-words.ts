import type { LocalePack } from '../../locales/pack.js';
import type { Message } from '../normalize.js';
import { wordOf, type Word } from './match.js';

/** Whether the visitor typed diacritics anywhere in the message: then a word's own missing ones count (`Word.accented`). */
export const typedAccents = (message: Message) => /[\u00C0-\u024F]/u.test(message.original);

interface Read {
  plain?: readonly Word[];
  accented?: readonly Word[];
}
const read = new WeakMap<Message, Map<LocalePack, Read>>();

/**
 * The message's words as matching reads them, one per token: made once per message and pack, as
 * several rules of one reading read the same words. `accented`: each word's missing diacritics count
 * where the visitor typed some (`typedAccents`).
 */
export function messageWords(message: Message, pack: LocalePack, accented = false): readonly Word[] {
  let byPack = read.get(message);
  if (!byPack) read.set(message, (byPack = new Map()));
  let made = byPack.get(pack);
  if (!made) byPack.set(pack, (made = {}));
  const kind = accented && typedAccents(message) ? 'accented' : 'plain';
  return (made[kind] ??= message.tokens.map((t) => wordOf(message.original.slice(t.start, t.end), pack, t.text, kind === 'accented')));
}
