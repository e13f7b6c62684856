import type { LocalePack } from '../../locales/pack.js';

/** Words (an article, an adjective: "the founding") that may stand between "one of" and the title. */
const BETWEEN = 2;

/**
 * The words before a title, in its clause, say the visitor is one of several holding it: "I'm one of
 * the dentists", "olen yksi hammaslääkäreistä", "en av grundarna", "jeden z założycieli". The count
 * there is the visitor, not staff, and the plural title theirs.
 */
export function oneOfThem(before: readonly { text: string }[], pack: LocalePack): boolean {
  const words = before.map((t) => t.text);
  return pack.people.oneOf.some((phrase) => {
    const parts = phrase.split(' ');
    for (let gap = 0; gap <= BETWEEN; gap++) {
      const end = words.length - gap;
      const start = end - parts.length;
      if (start >= 0 && parts.every((p, i) => words[start + i] === p)) return true;
    }
    return false;
  });
}
