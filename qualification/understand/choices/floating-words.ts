import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';

/**
 * A synonym holding a word that floats (the pack's `lexicon.floating`: Polish "się") as visitors also
 * write it, with that word on the other side of the verb it goes with: "zawiesza się" as "program się
 * zawiesza", "rozwijać się" as "chcemy się rozwijać", "coś się psuje" as "coś psuje się"; before a
 * negated verb, before its negation ("nie zgadza się" as "coś się nie zgadza"). None for a synonym
 * without one, nor in a language with no such words.
 */
export function floatedVariants(text: string, pack: LocalePack): string[] {
  const { floating, negations } = pack.lexicon;
  if (floating.length === 0) return [];
  const written = text.normalize('NFC');
  const tokens = tokenize(fold(written));
  const words = tokens.map((t) => written.slice(t.start, t.end));
  const variants: string[] = [];
  tokens.forEach((token, i) => {
    if (!floating.includes(token.text)) return;
    const rest = [...words.slice(0, i), ...words.slice(i + 1)];
    const self = words[i] as string;
    if (i > 0) {
      // Before the word it follows, or before that word's negation.
      const before = i > 1 && negations.has((tokens[i - 2] as typeof token).text) ? i - 2 : i - 1;
      variants.push([...rest.slice(0, before), self, ...rest.slice(before)].join(' '));
    }
    if (i < tokens.length - 1) variants.push([...rest.slice(0, i + 1), self, ...rest.slice(i + 1)].join(' '));
  });
  return variants;
}
