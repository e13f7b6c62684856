import type { WordForms } from '../pack.js';

/** Plurals only: "plumbers", "businesses", "companies". */
export const forms: WordForms = {
  inflects: (word, term) => word === `${term}s` || word === `${term}es` || (term.endsWith('y') && word === `${term.slice(0, -1)}ies`),
  compounding: false,
  guessesStems: false,
};
