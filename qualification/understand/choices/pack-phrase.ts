import type { LocalePack } from '../../locales/pack.js';
import { perPack } from '../../locales/per-pack.js';
import type { ConceptPhrases } from '../../locales/vocabulary.js';
import { fold, tokenize } from '../normalize.js';
import { floatedVariants } from './floating-words.js';
import type { Term } from './terms.js';

type PhraseConcept = keyof ConceptPhrases;

const keysByPack = perPack(() => new Map<string, ReadonlySet<string>>());
/** The pack's phrases for `concepts`, each as its folded words joined: the form a term's words take. */
function phraseKeys(pack: LocalePack, concepts: readonly PhraseConcept[]): ReadonlySet<string> {
  const byConcepts = keysByPack(pack);
  const id = concepts.join(' ');
  let keys = byConcepts.get(id);
  if (!keys) {
    keys = new Set(concepts.flatMap((c) => pack.concepts[c].flatMap((p) => [p, ...floatedVariants(p, pack)]).map((p) => tokenize(fold(p.normalize('NFC'))).map((t) => t.text).join(' '))));
    byConcepts.set(id, keys);
  }
  return keys;
}

/**
 * Whether a term is one of the locale pack's own phrases for any of `concepts` (or one with its "się"
 * moved, `floatedVariants`), not the marketer's words: rules that read the pack's phrases differently (a negated pain as the aim, a recommending
 * phrase under someone else's option) must not reach what a marketer wrote.
 */
export function isPackPhrase(term: Term, pack: LocalePack, concepts: readonly PhraseConcept[]): boolean {
  return phraseKeys(pack, concepts).has(term.words.map((w) => w.text).join(' '));
}
