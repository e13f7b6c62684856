import type { Concept } from '../../definition/concepts.js';
import type { Option } from '../../definition/schema.js';
import type { LocalePack } from '../../locales/pack.js';
import { fold, tokenize } from '../normalize.js';
import { decidingOf } from './persons.js';
import type { ChoiceCriterion } from './terms.js';

/**
 * Asked who decides, the option for someone else deciding takes its words with another word for
 * whose that person is: "our boss decides", "the boss", "boss" for "my boss decides" and "my
 * boss"; "vår chef" for "min chef"; "nasz szef" for "mój szef". Whoever's boss it is, it is not the
 * visitor deciding. Only where the text opens with such a word; the visitor's own say ("my call")
 * is never swapped, as "our call" is a joint one.
 */
export function othersVariants(text: string, criterion: ChoiceCriterion, option: Option, implied: Map<Option, readonly Concept[]>, pack: LocalePack): string[] {
  if (criterion.category !== 'person' || decidingOf(option, implied) !== 'someone_else_decides') return [];
  const written = text.normalize('NFC');
  const first = tokenize(fold(written))[0];
  if (!first || first.end >= fold(written).length) return [];
  const opening = written.slice(first.start, first.end).toLowerCase();
  const rest = written.slice(first.end).trimStart();
  const group = pack.people.determiners.find((g) => g.includes(opening));
  if (!group) return [];
  return [...group.filter((d) => d !== opening && d !== '').map((d) => `${d} ${rest}`), ...(group.includes('') ? [rest] : [])];
}
