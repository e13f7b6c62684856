import type { Locale, Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';
import type { ChoiceCriterion } from './terms.js';

/** Phrases as token texts, folded. */
const phrases = (list: readonly string[]) => list.map((p) => tokenize(fold(p)).map((t) => t.text));
const holds = (tokens: readonly string[], phrase: readonly string[]) =>
  phrase.length > 0 && tokens.some((_, i) => phrase.every((w, k) => tokens[i + k] === w));

/** The option that is the mix of the others ("Both", "Partly both", "Molemmat", "Jedno i drugie"): its own words say both. */
export function mixOption(criterion: ChoiceCriterion, locale: Locale, pack: LocalePack): Option | undefined {
  const both = phrases(pack.lexicon.both.words);
  return criterion.options.find((o) =>
    [o.label[locale], ...(o.synonyms[locale] ?? [])].some((text) => text && both.some((p) => holds(tokenize(fold(text)).map((t) => t.text), p))),
  );
}
