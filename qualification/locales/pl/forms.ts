import StemmerPl from '@nlpjs/lang-pl/src/stemmer-pl.js';
import { isVowel, stemmer, stemAndEnding } from '../../understand/choices/forms.js';
import type { WordForms } from '../pack.js';

/** Noun and adjective endings, folded (ą → a, ę → e, ó → o). */
const ENDINGS = ['a', 'u', 'e', 'y', 'i', 'o', 'ie', 'iu', 'ia', 'em', 'iem', 'om', 'iom', 'ach', 'iach', 'ami', 'iami', 'ow', 'owi', 'owie', 'ego', 'emu', 'ej', 'ym', 'im', 'ich', 'imi'];

/** Consonants that soften before the locative "-e": "Polska" → "w Polsce", "Kanada" → "w Kanadzie", "papier" → "na papierze". */
const SOFTENING: [string, string][] = [['ch', 'sz'], ['st', 'sci'], ['k', 'c'], ['g', 'dz'], ['r', 'rz'], ['t', 'ci'], ['d', 'dzi']];

/** Without the final vowel ("Kanad-y"), and the softened locative as a whole form ("Polsce"). */
function stems(term: string): string[] {
  const bare = isVowel(term.at(-1)) ? term.slice(0, -1) : term;
  const soft = SOFTENING.find(([hard]) => bare.endsWith(hard));
  return [term, bare, ...(soft ? [`${bare.slice(0, -soft[0].length)}${soft[1]}e`] : [])];
}

export const forms: WordForms = {
  stem: stemmer(new StemmerPl()),
  personEndings: [],
  derivations: ['nik', 'nicy', 'nika', 'ników', 'owy', 'owa', 'owe', 'owego', 'owej', 'owych', 'owym', 'owymi'],
  inflects: stemAndEnding({ stems, endings: new Set(ENDINGS) }),
  compounding: false,
  guessesStems: true,
};
