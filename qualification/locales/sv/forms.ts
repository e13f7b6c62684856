import StemmerSv from '@nlpjs/lang-sv/src/stemmer-sv.js';
import { isVowel, stemmer, MIN_STEM, stemAndEnding } from '../../understand/choices/forms.js';
import type { WordForms } from '../word-forms.js';

/** Definite, plural and genitive endings. */
const ENDINGS = ['en', 'et', 'n', 't', 'na', 'ar', 'er', 'or', 'arna', 'erna', 'orna', 'arnas', 'ernas', 'ornas', 's', 'ens', 'ets', 'ns', 'ts', 'e', 'a'];

/** Endings a synonym may itself carry, to be taken off before another is put on ("systemet", "rörmokarna"). */
const OWN_ENDINGS = ['arna', 'erna', 'orna', 'en', 'et', 'na', 'n', 't'];

function stems(term: string): string[] {
  const out = [term, ...OWN_ENDINGS.filter((e) => term.endsWith(e)).map((e) => term.slice(0, -e.length))];
  // Only longer words drop a final vowel ("rörmokare" → "rörmokar-na"): "värme" is not "varm".
  // A doer in "-are" drops its "e" however short ("ägare" → "ägar-na", the owners).
  if (isVowel(term.at(-1)) && (term.length > MIN_STEM + 1 || (term.endsWith('are') && term.length > MIN_STEM))) out.push(term.slice(0, -1));
  // A final "m" or "n" after a short vowel doubles before an ending ("program" → "programm-et", "vän" → "vänn-en").
  if (/[aeiouyåäö][mn]$/.test(term) && !isVowel(term.at(-3))) out.push(term + (term.at(-1) as string));
  return out;
}

export const forms: WordForms = {
  stem: stemmer(new StemmerSv()),
  personEndings: [],
  otherPerson: null,
  derivations: ['are', 'arna', 'aren', 'ares', 'arens'],
  verbForms: [],
  inflects: stemAndEnding({ stems, endings: new Set(ENDINGS) }),
  compounding: true,
  guessesStems: false,
};
