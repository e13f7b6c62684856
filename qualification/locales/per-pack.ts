import type { LocalePack } from './pack.js';

/**
 * `build(pack)`, made at the pack's first use and kept as long as the pack: what a module derives
 * from a language's words (an expression, a set of words, a table) is built once per pack, never per
 * message. The packs are few and live as long as the process; a pack a test makes goes with it.
 */
export function perPack<T>(build: (pack: LocalePack) => T): (pack: LocalePack) => T {
  const made = new WeakMap<LocalePack, T>();
  return (pack) => {
    let value = made.get(pack);
    if (value === undefined) made.set(pack, (value = build(pack)));
    return value;
  };
}
