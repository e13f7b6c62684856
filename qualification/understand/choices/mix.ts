import type { Locale, Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';
import type { ChoiceCriterion } from './terms.js';

/** Phrases as token texts, folded. */
const phrases = (list: readonly string[]) => list.map((p) => tokenize(fold(p)).map((t) => t.text));
const holds = (tokens: readonly string[], phrase: readonly string[]) =>
  phrase.length > 0 && tokens.some((_, i) => phrase.every((w, k) => tokens[i + k] === w));

const found = new WeakMap<ChoiceCriterion, Map<string, Option | undefined>>();

/**
 * The option that is the mix of the others ("Both", "Partly both", "Molemmat", "Jedno i drugie"): its own words say both.
 * Found once per criterion, pack and locale: a reply to a choice asks for it, and tokenizing every option's words per message cost more than the rest of the split.
 */
export function mixOption(criterion: ChoiceCriterion, locale: Locale, pack: LocalePack): Option | undefined {
  let byPack = found.get(criterion);
  if (!byPack) found.set(criterion, (byPack = new Map()));
  const key = `${pack.tag} ${locale}`;
  if (byPack.has(key)) return byPack.get(key);
  const both = phrases(pack.lexicon.both.words);
  const mix = criterion.options.find((o) =>
    [o.label[locale], ...(o.synonyms[locale] ?? [])].some((text) => text && both.some((p) => holds(tokenize(fold(text)).map((t) => t.text), p))),
  );
  byPack.set(key, mix);
  return mix;
}
