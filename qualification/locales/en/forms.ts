import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import { stemmer } from '../../understand/choices/forms.js';
import type { WordForms } from '../word-forms.js';

/** Porter2 (Snowball English) relates every form: "plumbers", "companies", "researching". */
export const forms: WordForms = {
  stem: stemmer(new StemmerEn()),
  inflects: null,
  personEndings: [],
  otherPerson: null,
  derivations: ['er', 'ers', 'or', 'ors', 'ed', 'ant', 'ants'],
  verbForms: ['ed', 'ing'],
  compounding: false,
  guessesStems: false,
};
