import type { Locale, Option } from '../../definition/schema.js';
import { packFor } from '../../locales/index.js';
import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import { fold, tokenize, type Message, type Token } from '../normalize.js';
import { wordOf } from './match.js';
import type { ChoiceCriterion } from './terms.js';

const naming = new WeakMap<Option, boolean>();
/** Whether an option's label or synonyms, in a language of the definition, name the family ("Family", "my wife", "familjen"); once per option. */
function namesFamily(option: Option, locales: readonly Locale[]): boolean {
  let known = naming.get(option);
  if (known === undefined) {
    known = locales.some((locale) => {
      const pack = packFor(locale);
      const family = new Set(pack.people.kin.family.map((w) => wordOf(w, pack).stem));
      const texts = [option.label[locale], ...(option.synonyms[locale] ?? [])].filter((t): t is string => Boolean(t));
      return texts.some((text) => tokenize(fold(text)).some((t) => family.has(wordOf(text.slice(t.start, t.end), pack).stem)));
    });
    naming.set(option, known);
  }
  return known;
}

/**
 * Asked about the visitor as a person, the one option naming the family ("Family", "my wife or
 * husband", "familjen") takes every word of the locale for a relative ("me and my brother", "min bror
 * och jag", "veljen kanssa", "z synem", "med sonen"), also in the cases the language's rules do not
 * reach, as trade words do: asked only, the marketer's words win. A "partner" alone names no
 * family: it is as often a business partner.
 */
export function kinWordsFor(criterion: ChoiceCriterion, option: Option, locales: readonly Locale[], locale: Locale): readonly string[] {
  if (criterion.category !== 'person' || !namesFamily(option, locales)) return [];
  if (criterion.options.filter((o) => namesFamily(o, locales)).length !== 1) return [];
  const { members, forms } = packFor(locale).people.kin;
  return [...members, ...forms];
}

/** The pack's words for relatives, folded, in every form it lists, and the stems of their base forms: built once per pack. */
const relatives = perPack((pack): { words: ReadonlySet<string>; stems: ReadonlySet<string> } => {
  const { members, forms } = pack.people.kin;
  return { words: new Set([...members, ...forms].map(fold)), stems: new Set(members.map((w) => wordOf(w, pack).stem)) };
});

/** Whether one of the words names a relative, in a form the pack lists or by its stem ("isä", "isäni", "taty", "pappa", "dad"). */
export function namesRelative(tokens: readonly Token[], message: Message, pack: LocalePack): boolean {
  const { words, stems } = relatives(pack);
  return tokens.some((t) => words.has(t.text) || stems.has(wordOf(message.original.slice(t.start, t.end), pack).stem));
}
