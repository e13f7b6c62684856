import type { Locale } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { prepare } from '../normalize.js';
import type { ChoiceHit } from '../choices.js';
import { matchWord, wordOf, type Word } from './match.js';
import type { ChoiceCriterion } from './terms.js';

const words = new WeakMap<ChoiceCriterion, Map<Locale, readonly Word[]>>();
/** The words a question is asked in. */
function questionWords(criterion: ChoiceCriterion, locale: Locale, pack: LocalePack): readonly Word[] {
  let byLocale = words.get(criterion);
  if (!byLocale) words.set(criterion, (byLocale = new Map()));
  let found = byLocale.get(locale);
  if (!found) {
    const message = prepare(criterion.question[locale] ?? '');
    byLocale.set(locale, (found = message.tokens.map((t) => wordOf(message.original.slice(t.start, t.end), pack, t.text))));
  }
  return found;
}

/**
 * A concept an option's words only imply, read from words that are all the question's own (in any
 * form, or a compound's part: "turvallisuus" of "turvallisuustyön"), echoes the question and names
 * no option: asked "what's the biggest headache in your safety work?", "safety" is the topic, not the
 * option whose synonym ("near misses") implies safety.
 */
export function echoesQuestion(hit: ChoiceHit, locale: Locale, pack: LocalePack): boolean {
  const { term } = hit;
  if (!term.lexical || !term.concept) return false;
  const asked = questionWords(term.criterion, locale, pack);
  const echoed = (w: Word) => asked.some((q) => {
    const level = matchWord(q, w, pack);
    return level === 'exact' || level === 'inflected';
  });
  return term.words.every(echoed);
}
